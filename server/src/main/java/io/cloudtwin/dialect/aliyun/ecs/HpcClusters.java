package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.compute.HpcCluster;
import io.cloudtwin.core.compute.HpcClusterService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateHpcClusterRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateHpcClusterResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteHpcClusterRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeHpcClustersRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeHpcClustersResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyHpcClusterAttributeRequest;

/**
 * HPC clusters (alicloud_ecs_hpc_cluster): a name and a description. Only the SCC instance families join one, and the
 * catalog has none of them, so an instance launched into one is refused (InvalidHpcClusterId.Unnecessary) and a
 * cluster is always empty.
 */
@Component
record HpcClusters(HpcClusterService clusters, ClientTokens tokens)
        implements EcsApi.CreateHpcCluster, EcsApi.DescribeHpcClusters, EcsApi.ModifyHpcClusterAttribute,
        EcsApi.DeleteHpcCluster {
    @Override
    public CreateHpcClusterResponse createHpcCluster(AliyunCall call, CreateHpcClusterRequest r) {
        var scope = call.scope();
        String name = name(call, r.name());
        String description = description(call, r.description());
        String id = call.once(tokens, scope, r.clientToken(),
                () -> clusters.create(scope, Ids.random("hpc-", 20), name, description).id());
        return new CreateHpcClusterResponse().setHpcClusterId(id);
    }

    @Override
    public DescribeHpcClustersResponse describeHpcClusters(AliyunCall call, DescribeHpcClustersRequest r) {
        var paging = call.paging(10);
        Page<HpcCluster> page = clusters.list(call.scope(), r.hpcClusterIds(), paging.offset(),
                paging.limit());
        return call.paged(new DescribeHpcClustersResponse().setHpcClusters(AliyunFormats.each(page.items(),
                DescribeHpcClustersResponse.HpcCluster::new, (item, c) -> item.setHpcClusterId(c.id())
                        .setName(c.name()).setDescription(c.description()))), paging, page.total());
    }

    @Override
    public void modifyHpcClusterAttribute(AliyunCall call, ModifyHpcClusterAttributeRequest r) {
        if (r.name() == null && r.description() == null) throw call.error("InvalidModifyInfo");
        clusters.describe(call.scope(), r.hpcClusterId(), r.name() == null ? null : name(call, r.name()),
                r.description() == null ? null : description(call, r.description()));
    }

    @Override
    public void deleteHpcCluster(AliyunCall call, DeleteHpcClusterRequest r) {
        clusters.delete(call.scope(), r.hpcClusterId());
    }

    /**
     * What RunInstances and CreateInstance answer for an HpcClusterId: the cluster must be the caller's, and no type of
     * the catalog is of an SCC family, which alone join one.
     */
    static void refuseMember(AliyunCall call, HpcClusterService clusters, String hpcClusterId) {
        if (blank(hpcClusterId)) return;
        clusters.get(call.scope(), hpcClusterId);
        throw call.firstError("HpcClusterId", "InvalidHpcClusterId.Unnecessary");
    }

    /** A cluster's name: 2-128 characters, a letter first, not a URL. */
    private static String name(AliyunCall call, String name) {
        if (blank(name) || !AliyunFormats.wellFormedName(name)) {
            throw call.firstError("Name", "InvalidHpcClusterName.Malformed");
        }
        return name;
    }

    /** A cluster's description: 2-256 characters, not a URL; empty: none. */
    private static String description(AliyunCall call, String description) {
        if (blank(description)) return "";
        if (!AliyunFormats.wellFormedDescription(description)) {
            throw call.firstError("Description", "InvalidHpcClusterDescription.Malformed");
        }
        return description;
    }
}
