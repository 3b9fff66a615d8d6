package io.cloudtwin.dialect.ucloud.vpc;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.balancing.LoadBalancerFilter;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.SubnetFilter;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.network.VipService;
import io.cloudtwin.core.network.VpcFilter;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.core.routing.RouteTable;
import io.cloudtwin.core.routing.RouteTableFilter;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AddVPCNetworkRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateSubnetRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateSubnetResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateVPCRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateVPCResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteSubnetRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteVPCRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSubnetRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSubnetResourceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSubnetResourceResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSubnetResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeVPCRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeVPCResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.SubnetResource;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateSubnetAttributeRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateVPCNetworkRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.VPCInfo;

/** VPCs and their subnets. UCloud subnets are regional: they have no zone. */
@Component
public record Vpcs(NetworkService networks, InstanceService instances, RouteService routes,
                   LoadBalancerService loadBalancers, VipService vips)
        implements UcloudVpcApi.CreateVPC, UcloudVpcApi.DescribeVPC, UcloudVpcApi.DeleteVPC, UcloudVpcApi.CreateSubnet,
        UcloudVpcApi.DescribeSubnet, UcloudVpcApi.DeleteSubnet, UcloudVpcApi.DescribeSubnetResource,
        UcloudVpcApi.AddVPCNetwork, UcloudVpcApi.UpdateVPCNetwork, UcloudVpcApi.UpdateSubnetAttribute {
    /** Name, Network.N (IPv4 CIDR blocks, not overlapping), Tag, Remark -> VPCId. */
    @Override
    public CreateVPCResponse createVPC(UcloudCall call, CreateVPCRequest r) {
        Vpc v = networks.createVpc(call.scope(), new NetworkService.NewVpc(text(r.name(), "Name", NAME),
                text(r.remark(), "", "Remark", REMARK), blocks(call, r.network()),
                text(r.tag(), "Default", "Tag", TAG)));
        return new CreateVPCResponse().setVpcId(v.id());
    }

    @Override
    public void addVPCNetwork(UcloudCall call, AddVPCNetworkRequest r) {
        networks.addVpcBlocks(call.scope(), r.vpcId(), blocks(call, r.network()), Integer.MAX_VALUE);
    }

    @Override
    public void updateVPCNetwork(UcloudCall call, UpdateVPCNetworkRequest r) {
        networks.replaceVpcBlocks(call.scope(), r.vpcId(), blocks(call, r.network()));
    }

    private static List<String> blocks(UcloudCall call, List<String> network) {
        if (String.join(",", network).length() > 512) throw call.invalid("Network");
        return network;
    }

    /** VPCIds.N, Tag, Offset, Limit -> DataSet[VPCInfo], TotalCount. Unknown ids are absent (RetCode 0). */
    @Override
    public DescribeVPCResponse describeVPC(UcloudCall call, DescribeVPCRequest r) {
        var page = networks.listVpcs(call.scope(), new VpcFilter(r.vpcIds(), null, r.tag()),
                UcloudFormats.offset(r.offset()), UcloudFormats.limit(r.limit(), 10_000));
        List<VPCInfo> data = new ArrayList<>();
        for (Vpc v : page.items()) {
            List<Subnet> subnets = networks.listSubnets(call.scope(),
                    new SubnetFilter(null, v.id(), null, null, null), 0, Integer.MAX_VALUE).items();
            data.add(VpcViews.vpc(v, subnets));
        }
        return new DescribeVPCResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(data);
    }

    /** VPCId: refused while subnets, security groups or hosts are in it. */
    @Override
    public void deleteVPC(UcloudCall call, DeleteVPCRequest r) {
        networks.deleteVpc(call.scope(), r.vpcId());
    }

    /**
     * VPCId, Subnet (network address) + Netmask (24), SubnetName ("Subnet"), Tag ("Default"), Remark -> SubnetId. The
     * block must lie in one of the VPC's networks and overlap none of its subnets.
     */
    @Override
    public CreateSubnetResponse createSubnet(UcloudCall call, CreateSubnetRequest r) {
        String block = r.subnet() + "/" + r.netmask();
        Subnet s = networks.createSubnet(call.scope(), new NetworkService.NewSubnet(r.vpcId(), "",
                text(r.subnetName(), "SubnetName", NAME), text(r.remark(), "", "Remark", REMARK), block,
                text(r.tag(), "Tag", TAG)));
        return new CreateSubnetResponse().setSubnetId(s.id());
    }

    /**
     * SubnetIds.N, SubnetId, VPCId, Tag (a filter only when given, although the doc gives it a default), Offset,
     * Limit, ShowAvailableIPs -> DataSet[SubnetInfo], TotalCount. Unknown ids are absent (RetCode 0).
     */
    @Override
    public DescribeSubnetResponse describeSubnet(UcloudCall call, DescribeSubnetRequest r) {
        List<String> ids = new ArrayList<>(r.subnetIds());
        if (r.subnetId() != null) ids.add(r.subnetId());
        if (!UcloudFormats.empty(r.routeTableId())) {
            List<String> bound = boundTo(call.scope(), r.routeTableId());
            ids = ids.isEmpty() ? bound : ids.stream().filter(bound::contains).toList();
            if (ids.isEmpty()) return new DescribeSubnetResponse().setTotalCount(0).setDataSet(List.of());
        }
        var filter = new SubnetFilter(ids, r.vpcId(), null, null, r.hasTag() ? r.tag() : null);
        var page = networks.listSubnets(call.scope(), filter, UcloudFormats.offset(r.offset()),
                UcloudFormats.limit(r.limit(), 10_000));
        Map<String, Long> available = r.showAvailableIPs() ? networks.availableAddresses(page.items()) : Map.of();
        Map<String, Vpc> vpcs = new HashMap<>();
        for (Subnet s : page.items()) vpcs.computeIfAbsent(s.vpcId(), id -> networks.vpc(call.scope(), id));
        Map<String, String> custom = routes.customTablesOf(page.items().stream().map(Subnet::id).toList());
        return new DescribeSubnetResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(page.items().stream()
                .map(s -> VpcViews.subnet(s, vpcs.get(s.vpcId()), available.get(s.id()))
                        .setRouteTableId(custom.getOrDefault(s.id(), RouteTable.systemId(Cloud.UCLOUD, s.vpcId()))))
                .toList());
    }

    /** The subnets bound to a route table (none for an unknown one). */
    private List<String> boundTo(Scope scope, String tableId) {
        var tables = routes.listTables(scope, new RouteTableFilter(List.of(tableId), null, null, null), 0, 1).items();
        return tables.isEmpty() ? List.of() : routes.vSwitchesOf(scope, tables).get(tableId);
    }

    @Override
    public void updateSubnetAttribute(UcloudCall call, UpdateSubnetAttributeRequest r) {
        String tag = r.tag() == null ? null : text(r.tag().isEmpty() ? "Default" : r.tag(), "Tag", TAG);
        networks.updateSubnet(call.scope(), r.subnetId(), text(r.name(), "Name", NAME), null, tag);
    }

    /** SubnetId: refused while hosts (addresses) are in it. */
    @Override
    public void deleteSubnet(UcloudCall call, DeleteSubnetRequest r) {
        networks.deleteSubnet(call.scope(), r.subnetId());
    }

    /**
     * SubnetId, ResourceType (UHOST, PHOST, ..., in any case, as ucloud-cli sends uhost), Offset, Limit ->
     * DataSet[SubnetResource], TotalCount: the subnet's hosts, then its load balancers (ULB), then its VIPs, each in
     * creation order; the other documented types are not modelled and list nothing.
     */
    @Override
    public DescribeSubnetResourceResponse describeSubnetResource(UcloudCall call, DescribeSubnetResourceRequest r) {
        Scope scope = call.scope();
        Subnet subnet = networks.subnet(scope, r.subnetId());
        String type = r.resourceType();
        List<SubnetResource> all = new ArrayList<>();
        if (type == null || type.equals("UHOST")) {
            instances.list(scope, new InstanceFilter(null, null, null, null, null, null, null, subnet.id()), 0,
                    Integer.MAX_VALUE).items().forEach(i -> all.add(VpcViews.subnetResource("uhost", i.id(), i.name(),
                    i.privateIp())));
        }
        if (type == null || type.equals("ULB")) {
            loadBalancers.list(scope, new LoadBalancerFilter(null, null, subnet.id()), 0, Integer.MAX_VALUE).items()
                    .stream().map(LoadBalancerService.View::loadBalancer).forEach(b -> all.add(VpcViews
                            .subnetResource("ulb", b.id(), b.name(), b.privateIp() == null ? "" : b.privateIp())));
        }
        if (type == null || type.equals("VIP")) {
            vips.list(scope, null, null, subnet.id(), null).forEach(v -> all.add(VpcViews.subnetResource("vip",
                    v.id(), v.name(), v.address())));
        }
        var page = UcloudFormats.window(r.offset(), r.limit(), 10_000).page(all);
        return new DescribeSubnetResourceResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(page.items());
    }
}
