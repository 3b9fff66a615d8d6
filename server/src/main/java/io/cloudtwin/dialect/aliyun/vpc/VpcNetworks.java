package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.nz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunAnswer;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.DefaultVpcs;
import io.cloudtwin.core.network.NetworkLifecycle;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.SubnetFilter;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.network.VpcFilter;
import io.cloudtwin.core.routing.RouteTable;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.api.VSwitchAnswer;
import io.cloudtwin.dialect.aliyun.api.VpcAnswer;

/**
 * VPCs and vSwitches as the VPC product answers them, for its handlers (Networks) and, through them, the ECS product's
 * deprecated aliases (CreateVpc, DescribeVpcs, ... with Version=2014-05-26, which fog-aliyun and the npm aliyun-sdk
 * still send): the mapping to the core, the fields every answer of a VPC or a vSwitch has.
 */
@Component
record VpcNetworks(NetworkLifecycle lifecycle, NetworkService networks, TagService tags,
                             DefaultVpcs defaults) {
    public static final String DEFAULT_CIDR = "172.16.0.0/12";

    public static String routerId(String vpcId) {
        return RouteTable.routerId(vpcId);
    }

    /** The VPC's system route table, made with it (core.routing). */
    public static String routeTableId(String vpcId) {
        return RouteTable.systemId(Cloud.ALIYUN, vpcId);
    }

    /**
     * group: the resource group it is put in (null: the account's default); ipv6Isp: IPv6 enabled, announced through
     * that ISP, on ipv6Block (null: one of the emulator's).
     */
    public Vpc createVpc(Scope scope, String name, String description, String cidrBlock, Map<String, String> tagged,
                         String group, String ipv6Block, String ipv6Isp) {
        var spec = new NetworkService.NewVpc(nz(name), nz(description),
                List.of(cidrBlock == null ? DEFAULT_CIDR : cidrBlock), "", ipv6Block, ipv6Isp);
        return tags.createIn(ResourceType.VPC, group, () -> lifecycle.createVpc(scope, spec, tagged), Vpc::id);
    }

    /** CreateDefaultVpc: the region's default VPC, in group (null: the account's default); IPv6 as createVpc. */
    public Vpc createDefaultVpc(Scope scope, String group, String ipv6Block, String ipv6Isp) {
        return tags.createIn(ResourceType.VPC, group, () -> defaults.createVpc(scope, ipv6Block, ipv6Isp), Vpc::id);
    }

    /**
     * CreateDefaultVSwitch: a default vSwitch of the region's default VPC in zone, in that VPC's resource group; IPv6
     * as createVSwitch.
     */
    public Subnet createDefaultVSwitch(Scope scope, String zone, Integer ipv6Index) {
        String group = defaults.of(scope).map(id -> tags.group(id, null)).orElse(null);
        return tags.createIn(ResourceType.SUBNET, group, () -> defaults.createVSwitch(scope, zone, ipv6Index),
                Subnet::id);
    }

    public void deleteVpc(Scope scope, String id) {
        lifecycle.deleteVpc(scope, id);
    }

    public void updateVpc(Scope scope, String id, String name, String description) {
        networks.updateVpc(scope, id, name, description);
    }

    /**
     * A vSwitch is put in its VPC's resource group (CreateVSwitch takes none); ipv6Index: its /64 of the VPC's IPv6
     * block (null: IPv6 disabled).
     */
    public Subnet createVSwitch(Scope scope, String vpcId, String zoneId, String name, String description, String cidrBlock,
                                Map<String, String> tagged, Integer ipv6Index) {
        var spec = new NetworkService.NewSubnet(vpcId, zoneId, nz(name), nz(description), cidrBlock, "", ipv6Index);
        return tags.createIn(ResourceType.SUBNET, tags.group(vpcId, null),
                () -> lifecycle.createSubnet(scope, spec, tagged), Subnet::id);
    }

    public void deleteVSwitch(Scope scope, String id) {
        lifecycle.deleteSubnet(scope, id);
    }

    public void updateVSwitch(Scope scope, String id, String name, String description) {
        networks.updateSubnet(scope, id, name, description, null);
    }

    public Optional<Vpc> findVpc(Scope scope, String id) {
        return networks.findVpc(scope, id);
    }

    public Optional<Subnet> findVSwitch(Scope scope, String id) {
        return networks.findSubnet(scope, id);
    }

    public long availableAddresses(Subnet s) {
        return networks.availableAddresses(s);
    }

    public Map<String, String> tagsOf(String id) {
        return tags.of(id);
    }

    /** The resource group of one resource (the account's default unless it was put in another). */
    public String groupOf(AliyunCall call, String id) {
        return tags.group(id, call.defaultResourceGroup());
    }

    /** What DescribeVpcs filters on; null fields, and no vpcIds, do not filter. */
    public record VpcQuery(List<String> vpcIds, String name, Boolean isDefault, Map<String, String> tagged,
                           String resourceGroup) {
        public VpcQuery {
            if (vpcIds != null && vpcIds.isEmpty()) vpcIds = null;
        }
    }

    /** What DescribeVSwitches filters on; null fields do not filter. */
    public record VSwitchQuery(String vSwitchIds, String vpcId, String zoneId, String name, Boolean isDefault,
                               Map<String, String> tagged, String resourceGroup) {}

    /** Makes a product's list item from a resource, its tags and its resource group. */
    @FunctionalInterface
    public interface Item<R, T> {
        T of(R resource, Map<String, String> tags, String resourceGroup);
    }

    /**
     * One page (PageNumber/PageSize, 10 by default) of the VPCs the query names, answered on answer; items, given the
     * page's VPC ids (to read what the product adds for all of them at once), makes a product's list item from the VPC
     * and its tags, and gets the fields every VPC answer has.
     */
    public <T extends VpcAnswer> List<T> describeVpcs(AliyunCall call, Scope scope, AliyunAnswer answer, VpcQuery q,
                                                      Function<List<String>, Item<Vpc, T>> items) {
        var paging = call.paging(10);
        List<String> ids = filtered(call, scope, ResourceType.VPC, q.vpcIds(), q.tagged(), q.resourceGroup());
        if (q.isDefault() != null) ids = byDefault(ids, defaults.of(scope), q.isDefault(), () -> networks
                .listVpcs(scope, new VpcFilter(null, null), 0, Integer.MAX_VALUE).items().stream().map(Vpc::id));
        if (ids != null && ids.isEmpty()) {
            call.paged(answer, paging, 0);
            return List.of();
        }
        var page = networks.listVpcs(scope, new VpcFilter(ids, q.name()), paging.offset(), paging.limit());
        List<String> vpcIds = page.items().stream().map(Vpc::id).toList();
        var tagged = tags.of(vpcIds);
        var grouped = tags.groups(vpcIds, call.defaultResourceGroup());
        var defaultOnes = defaults.vpcs(vpcIds);
        Map<String, List<String>> switches = switchesOf(vpcIds);
        Item<Vpc, T> item = items.apply(vpcIds);
        call.paged(answer, paging, page.total());
        return page.items().stream().map(v -> vpc(item.of(v, tagged.get(v.id()), grouped.get(v.id())), v,
                switches.getOrDefault(v.id(), List.of()), defaultOnes.contains(v.id()))).toList();
    }

    /** The fields every VPC answer has (DescribeVpcs, DescribeVpcAttribute). */
    public <T extends VpcAnswer> T vpc(T answer, Vpc v) {
        return vpc(answer, v, switchesOf(List.of(v.id())).getOrDefault(v.id(), List.of()),
                !defaults.vpcs(List.of(v.id())).isEmpty());
    }

    private static <T extends VpcAnswer> T vpc(T answer, Vpc v, List<String> vSwitchIds, boolean isDefault) {
        answer.setVpcId(v.id()).setRegionId(v.region()).setStatus("Available").setVpcName(v.name())
                .setDescription(v.description()).setCidrBlock(v.cidrBlocks().get(0)).setVRouterId(routerId(v.id()))
                .setIsDefault(isDefault).setCreationTime(AliyunFormats.time(v.createdAt())).setVSwitchIds(vSwitchIds);
        return answer;
    }

    /** One page (PageNumber/PageSize, 10 by default) of the vSwitches the query names, as DescribeVpcs. */
    public <T extends VSwitchAnswer> List<T> describeVSwitches(AliyunCall call, Scope scope, AliyunAnswer answer,
                                                               VSwitchQuery q, Item<Subnet, T> item) {
        var paging = call.paging(10);
        List<String> ids = filtered(call, scope, ResourceType.SUBNET, AliyunFormats.commaList(q.vSwitchIds()),
                q.tagged(), q.resourceGroup());
        if (q.isDefault() != null) {
            List<String> all = networks.listSubnets(scope, new SubnetFilter(null, null, null, null), 0,
                    Integer.MAX_VALUE).items().stream().map(Subnet::id).toList();
            Set<String> defaultOnes = defaults.vSwitches(all);
            List<String> scoped = ids == null ? all : ids;
            ids = scoped.stream().filter(id -> defaultOnes.contains(id) == q.isDefault()).toList();
        }
        if (ids != null && ids.isEmpty()) {
            call.paged(answer, paging, 0);
            return List.of();
        }
        var page = networks.listSubnets(scope, new SubnetFilter(ids, q.vpcId(), q.zoneId(), q.name()),
                paging.offset(), paging.limit());
        var available = networks.availableAddresses(page.items());
        var shown = page.items().stream().map(Subnet::id).toList();
        var tagged = tags.of(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        var defaultOnes = defaults.vSwitches(shown);
        call.paged(answer, paging, page.total());
        return page.items().stream().map(s -> vSwitch(item.of(s, tagged.get(s.id()), grouped.get(s.id())), s,
                available.getOrDefault(s.id(), 0L), defaultOnes.contains(s.id()))).toList();
    }

    /** Whether the vSwitch is its zone's default one. */
    public boolean isDefault(Subnet s) {
        return !defaults.vSwitches(List.of(s.id())).isEmpty();
    }

    /** The fields every vSwitch answer has (DescribeVSwitches, DescribeVSwitchAttributes). */
    public static <T extends VSwitchAnswer> T vSwitch(T answer, Subnet s, long available, boolean isDefault) {
        answer.setVSwitchId(s.id()).setVpcId(s.vpcId()).setStatus("Available").setCidrBlock(s.cidrBlock())
                .setZoneId(s.zone()).setAvailableIpAddressCount(available).setVSwitchName(s.name())
                .setDescription(s.description()).setIsDefault(isDefault)
                .setCreationTime(AliyunFormats.time(s.createdAt()));
        return answer;
    }

    /** ids (null: any) narrowed to the default one (wanted true) or to the others. */
    private static List<String> byDefault(List<String> ids, Optional<String> defaultId, boolean wanted,
                                          Supplier<Stream<String>> all) {
        if (wanted) return defaultId.filter(id -> ids == null || ids.contains(id)).map(List::of).orElse(List.of());
        if (defaultId.isEmpty()) return ids;
        return (ids == null ? all.get() : ids.stream()).filter(id -> !id.equals(defaultId.get())).toList();
    }

    /** The ids a list of ids (null: any), a tag filter and a resource group leave (null: any). */
    private List<String> filtered(AliyunCall call, Scope scope, ResourceType kind, List<String> ids,
                                  Map<String, String> tagged, String group) {
        if (tagged.isEmpty() && AliyunFormats.blank(group)) return ids;
        return tags.narrow(scope, kind, ids == null ? List.of() : ids, tagged, group, call.defaultResourceGroup())
                .orElse(List.of());
    }

    /** The vSwitch ids of each VPC, in creation order (one query for them all). */
    private Map<String, List<String>> switchesOf(List<String> vpcIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        networks.subnetsOf(vpcIds).forEach((vpc, subnets) -> out.put(vpc, subnets.stream().map(Subnet::id).toList()));
        return out;
    }
}
