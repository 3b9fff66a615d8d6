package io.cloudtwin.dialect.aliyun.vpc;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.routing.VRouterService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVRoutersRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVRoutersResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVRouterAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * The vRouter of each VPC (vrt-, named after the VPC, as CreateVpc answers its VRouterId), with the VPC's route
 * tables; its own name and description are ModifyVRouterAttribute's (VRouterService). The ECS product's deprecated
 * twins are aliases of these.
 */
@Component
record VRouters(VRouterService routers) implements VpcApi.DescribeVRouters, VpcApi.ModifyVRouterAttribute {
    @Override
    public DescribeVRoutersResponse describeVRouters(AliyunCall call, DescribeVRoutersRequest r) {
        var paging = call.paging(10);
        var page = routers.list(call.scope(), r.vRouterId(), paging.offset(), paging.limit());
        return call.paged(new DescribeVRoutersResponse(), paging, page.total()).setVRouters(page.items().stream()
                .map(v -> new DescribeVRoutersResponse.VRouter().setVRouterId(v.id()).setVpcId(v.vpc().id())
                        .setRegionId(v.vpc().region()).setVRouterName(v.name()).setDescription(v.description())
                        .setCreationTime(AliyunFormats.time(v.vpc().createdAt())).setRouteTableIds(v.routeTableIds()))
                .toList());
    }

    @Override
    public void modifyVRouterAttribute(AliyunCall call, ModifyVRouterAttributeRequest r) {
        String name = r.vRouterName() == null ? null : AliyunFormats.name(call, "VRouterName", r.vRouterName());
        String description = r.description() == null ? null
                : AliyunFormats.description(call, "Description", r.description());
        routers.modify(call.scope(), r.vRouterId(), name, description);
    }
}
