package io.cloudtwin.dialect.aliyun.vpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.NetworkLifecycle;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.SubnetFilter;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.network.VpcFilter;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.core.routing.RouteTable;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.VSwitchAnswer;
import io.cloudtwin.dialect.aliyun.api.VpcAnswer;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVSwitchRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVSwitchResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpcRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpcResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVSwitchRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVSwitchResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpcRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpcResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVSwitchAttributesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVSwitchAttributesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVSwitchesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVSwitchesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpcAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpcAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpcsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpcsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVSwitchAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVSwitchAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpcAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpcAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/** VPCs and their vSwitches. */
@Component
record Networks(NetworkLifecycle lifecycle, NetworkService networks, TagService tags, RouteService routes) implements VpcApi {
    static final String DEFAULT_CIDR = "172.16.0.0/12";

    static String routerId(String vpcId) {
        return RouteTable.routerId(vpcId);
    }

    /** The VPC's system route table, made with it (core.routing). */
    static String routeTableId(String vpcId) {
        return RouteTable.systemId(vpcId);
    }

    @Override
    public CreateVpcResponse createVpc(AliyunCall call, CreateVpcRequest r) {
        var scope = call.regionalScope();
        Map<String, String> tagged = call.tags(r.tag());
        call.dryRun(r.dryRun());
        Vpc v = lifecycle.createVpc(scope, new NetworkService.NewVpc(nz(r.vpcName()), nz(r.description()),
                List.of(r.cidrBlock() == null ? DEFAULT_CIDR : r.cidrBlock()), ""), tagged);
        return new CreateVpcResponse().setVpcId(v.id()).setVRouterId(routerId(v.id())).setRouteTableId(routeTableId(v.id()))
                .setResourceGroupId(nz(r.resourceGroupId()));
    }

    @Override
    public DeleteVpcResponse deleteVpc(AliyunCall call, DeleteVpcRequest r) {
        call.dryRun(r.dryRun());
        lifecycle.deleteVpc(call.scope(), r.vpcId());
        return new DeleteVpcResponse();
    }

    @Override
    public DescribeVpcsResponse describeVpcs(AliyunCall call, DescribeVpcsRequest r) {
        var scope = call.regionalScope();
        var paging = call.paging(10);
        call.dryRun(r.dryRun());
        List<String> ids = AliyunFormats.commaList(r.vpcId());
        Map<String, String> tagFilter = call.tags(r.tag());
        if (!tagFilter.isEmpty()) ids = intersect(ids, tags.idsHaving(scope, ResourceType.VPC, tagFilter));
        var out = new DescribeVpcsResponse();
        if (ids != null && ids.isEmpty() || Boolean.TRUE.equals(r.isDefault())) {
            return call.paged(out.setVpcs(List.of()), paging, 0);
        }
        var page = networks.listVpcs(scope, new VpcFilter(ids, r.vpcName()), paging.offset(), paging.limit());
        List<String> vpcIds = page.items().stream().map(Vpc::id).toList();
        var tagged = tags.of(vpcIds);
        Map<String, List<String>> switches = switchesOf(scope, vpcIds);
        return call.paged(out.setVpcs(page.items().stream().map(v -> vpc(new DescribeVpcsResponse.Vpc(), v,
                switches.getOrDefault(v.id(), List.of()))
                .setTags(AliyunFormats.keyValueTags(tagged.get(v.id()), DescribeVpcsResponse.Tag::new))).toList()),
                paging, page.total());
    }

    @Override
    public DescribeVpcAttributeResponse describeVpcAttribute(AliyunCall call, DescribeVpcAttributeRequest r) {
        var scope = call.regionalScope();
        call.dryRun(r.dryRun());
        Vpc v = networks.vpc(scope, r.vpcId());
        return vpc(new DescribeVpcAttributeResponse(), v, switchesOf(scope, List.of(v.id())).get(v.id()))
                .setClassicLinkEnabled(false)
                .setTags(AliyunFormats.keyValueTags(tags.of(List.of(v.id())).get(v.id()),
                        DescribeVpcAttributeResponse.Tag::new));
    }

    /** The fields DescribeVpcs and DescribeVpcAttribute share. */
    private static <T extends VpcAnswer> T vpc(T answer, Vpc v, List<String> vSwitchIds) {
        answer.setVpcId(v.id()).setRegionId(v.region()).setStatus("Available").setVpcName(v.name())
                .setDescription(v.description()).setCidrBlock(v.cidrBlocks().get(0))
                .setSecondaryCidrBlocks(v.cidrBlocks().subList(1, v.cidrBlocks().size())).setVRouterId(routerId(v.id()))
                .setIsDefault(false).setOwnerId(AliyunFormats.ownerId(v.accountId()))
                .setCreationTime(AliyunFormats.time(v.createdAt())).setVSwitchIds(vSwitchIds);
        return answer;
    }

    @Override
    public ModifyVpcAttributeResponse modifyVpcAttribute(AliyunCall call, ModifyVpcAttributeRequest r) {
        networks.updateVpc(call.scope(), r.vpcId(), r.vpcName(), r.description());
        return new ModifyVpcAttributeResponse();
    }

    @Override
    public CreateVSwitchResponse createVSwitch(AliyunCall call, CreateVSwitchRequest r) {
        Subnet s = lifecycle.createSubnet(call.scope(), new NetworkService.NewSubnet(r.vpcId(), r.zoneId(),
                nz(r.vSwitchName()), nz(r.description()), r.cidrBlock(), ""), call.tags(r.tag()));
        return new CreateVSwitchResponse().setVSwitchId(s.id());
    }

    @Override
    public DeleteVSwitchResponse deleteVSwitch(AliyunCall call, DeleteVSwitchRequest r) {
        call.dryRun(r.dryRun());
        lifecycle.deleteSubnet(call.scope(), r.vSwitchId());
        return new DeleteVSwitchResponse();
    }

    @Override
    public DescribeVSwitchesResponse describeVSwitches(AliyunCall call, DescribeVSwitchesRequest r) {
        var scope = call.scope();
        var paging = call.paging(10);
        call.dryRun(r.dryRun());
        List<String> ids = AliyunFormats.commaList(r.vSwitchId());
        Map<String, String> tagFilter = call.tags(r.tag());
        if (!tagFilter.isEmpty()) ids = intersect(ids, tags.idsHaving(scope, ResourceType.SUBNET, tagFilter));
        var out = new DescribeVSwitchesResponse();
        if (ids != null && ids.isEmpty() || Boolean.TRUE.equals(r.isDefault())) {
            return call.paged(out.setVSwitches(List.of()), paging, 0);
        }
        var page = networks.listSubnets(scope, new SubnetFilter(ids, r.vpcId(), r.zoneId(), r.vSwitchName()),
                paging.offset(), paging.limit());
        var available = networks.availableAddresses(page.items());
        var tagged = tags.of(page.items().stream().map(Subnet::id).toList());
        var custom = routes.customTablesOf(page.items().stream().map(Subnet::id).toList());
        return call.paged(out.setVSwitches(page.items().stream().map(s -> vSwitch(new DescribeVSwitchesResponse.VSwitch(),
                s, available.getOrDefault(s.id(), 0L))
                .setRouteTable(new DescribeVSwitchesResponse.RouteTable()
                        .setRouteTableId(custom.getOrDefault(s.id(), routeTableId(s.vpcId())))
                        .setRouteTableType(custom.containsKey(s.id()) ? "Custom" : "System"))
                .setTags(AliyunFormats.keyValueTags(tagged.get(s.id()), DescribeVSwitchesResponse.Tag::new))).toList()),
                paging, page.total());
    }

    @Override
    public DescribeVSwitchAttributesResponse describeVSwitchAttributes(AliyunCall call, DescribeVSwitchAttributesRequest r) {
        call.dryRun(r.dryRun());
        Subnet s = networks.subnet(call.scope(), r.vSwitchId());
        String custom = routes.customTablesOf(List.of(s.id())).get(s.id());
        return vSwitch(new DescribeVSwitchAttributesResponse(), s, networks.availableAddresses(s))
                .setRouteTable(new DescribeVSwitchAttributesResponse.RouteTable()
                        .setRouteTableId(custom == null ? routeTableId(s.vpcId()) : custom)
                        .setRouteTableType(custom == null ? "System" : "Custom"))
                .setTags(AliyunFormats.keyValueTags(tags.of(List.of(s.id())).get(s.id()),
                        DescribeVSwitchAttributesResponse.Tag::new));
    }

    /** The fields DescribeVSwitches and DescribeVSwitchAttributes share. */
    private static <T extends VSwitchAnswer> T vSwitch(T answer, Subnet s, long available) {
        answer.setVSwitchId(s.id()).setVpcId(s.vpcId()).setStatus("Available").setCidrBlock(s.cidrBlock())
                .setZoneId(s.zone()).setAvailableIpAddressCount(available).setVSwitchName(s.name())
                .setDescription(s.description()).setIsDefault(false).setOwnerId(AliyunFormats.ownerId(s.accountId()))
                .setCreationTime(AliyunFormats.time(s.createdAt()));
        return answer;
    }

    @Override
    public ModifyVSwitchAttributeResponse modifyVSwitchAttribute(AliyunCall call, ModifyVSwitchAttributeRequest r) {
        networks.updateSubnet(call.scope(), r.vSwitchId(), r.vSwitchName(), r.description());
        return new ModifyVSwitchAttributeResponse();
    }

    /** The vSwitch ids of each VPC, in creation order. */
    private Map<String, List<String>> switchesOf(Scope scope, List<String> vpcIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String id : vpcIds) {
            out.put(id, networks.listSubnets(scope, new SubnetFilter(null, id, null, null), 0, Integer.MAX_VALUE)
                    .items().stream().map(Subnet::id).toList());
        }
        return out;
    }

    /** The ids in both; a null side means "any". */
    private static List<String> intersect(List<String> a, List<String> b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.stream().filter(b::contains).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
