package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.VipBindings;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vip;
import io.cloudtwin.core.network.VipService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateHaVipRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateHaVipRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateHaVipResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteHaVipRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeHaVipsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeHaVipsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyHaVipAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociateHaVipRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * High-availability virtual IPs (alicloud_havip / alicloud_vpc_ha_vip, alicloud_havip_attachment): the core's virtual
 * IPs, an address of a vSwitch bound to up to ten instances (or ten network interfaces) of that vSwitch that may take
 * it over. Available while nothing is bound, InUse after; no instance announces the address here, so none is master.
 */
@Component
record HaVips(VipService vips, VipBindings bindings, NetworkService networks, ElasticIpService eips, TagService tags,
              ClientTokens tokens)
        implements VpcApi.CreateHaVip, VpcApi.DescribeHaVips, VpcApi.ModifyHaVipAttribute, VpcApi.DeleteHaVip,
        VpcApi.AssociateHaVip, VpcApi.UnassociateHaVip {
    /** InstanceType as the API spells it, to the kind of host the core binds. */
    private static final Map<String, String> HOST_KINDS = Map.of("EcsInstance", Vip.INSTANCE,
            "NetworkInterface", Vip.INTERFACE);
    /** Filter.N.Key: what DescribeHaVips narrows by (Status is derived from the bindings, filtered after). */
    private static final Set<String> FILTER_KEYS = Set.of("HaVipId", "VpcId", "VSwitchId", "Status", "HaVipAddress");
    private static final String STATUS = "Status";
    private static final int NAME_MAX = 128;
    private static final int DESCRIPTION_MAX = 256;

    @Override
    public CreateHaVipResponse createHaVip(AliyunCall call, CreateHaVipRequest r) {
        Scope scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        Subnet s = networks.subnet(scope, r.vSwitchId());
        var spec = new VipService.NewVip(s.vpcId(), s.id(), s.zone(), blank(r.ipAddress()) ? null : r.ipAddress(),
                orEmpty(text(call, "Name", r.name(), NAME_MAX)), "",
                orEmpty(text(call, "Description", r.description(), DESCRIPTION_MAX)));
        Map<String, String> tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.VIP, group,
                () -> vips.create(scope, spec, 1, () -> Ids.random("havip-", 21), tagged).get(0).id()));
        String address = vips.list(scope, id, null, null, null).get(0).address();
        return new CreateHaVipResponse().setHaVipId(id).setIpAddress(address);
    }

    @Override
    public DescribeHaVipsResponse describeHaVips(AliyunCall call, DescribeHaVipsRequest r) {
        Scope scope = call.scope();
        Map<String, List<String>> filters = call.filters(r.filter(), DescribeHaVipsRequest.Filter::key,
                DescribeHaVipsRequest.Filter::value, FILTER_KEYS);
        List<String> statuses = filters.get(STATUS);
        var wanted = tags.narrow(scope, ResourceType.VIP, filters.getOrDefault("HaVipId", List.of()), call.tags(r.tags()),
                r.resourceGroupId(), call.defaultResourceGroup());
        var filter = new VipService.Filter(wanted.isEmpty() ? List.of("") : wanted.get().isEmpty() ? null : wanted.get(),
                filters.get("VpcId"), filters.get("VSwitchId"), filters.get("HaVipAddress"));
        var paging = call.paging(10);
        var out = new DescribeHaVipsResponse();
        List<Vip> shown;
        Map<String, List<Vip.Binding>> bound;
        if (statuses == null) {
            Page<Vip> page = vips.list(scope, filter, paging.offset(), paging.limit());
            call.paged(out, paging, page.total());
            shown = page.items();
            bound = vips.bindings(shown.stream().map(Vip::id).toList());
        } else {
            // the status is the bindings': the scope's matches are narrowed by it, then paged
            List<Vip> all = vips.list(scope, filter, 0, Integer.MAX_VALUE).items();
            Map<String, List<Vip.Binding>> allBound = vips.bindings(all.stream().map(Vip::id).toList());
            List<String> want = statuses;
            List<Vip> matching = all.stream().filter(v -> want.contains(status(allBound.get(v.id())))).toList();
            call.paged(out, paging, matching.size());
            shown = AliyunFormats.page(matching, paging);
            bound = allBound;
        }
        List<String> ids = shown.stream().map(Vip::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var addresses = eips.ofTargets(ids);
        return out.setHaVips(shown.stream().map(v -> view(v, bound.getOrDefault(v.id(), List.of()),
                addresses.get(v.id()), tagged.getOrDefault(v.id(), Map.of())).setResourceGroupId(grouped.get(v.id())))
                .toList());
    }

    private static DescribeHaVipsResponse.HaVip view(Vip v, List<Vip.Binding> bound, ElasticIp eip,
                                                     Map<String, String> tagged) {
        return new DescribeHaVipsResponse.HaVip().setHaVipId(v.id()).setRegionId(v.region()).setVpcId(v.vpcId())
                .setVSwitchId(v.subnetId()).setIpAddress(v.address()).setStatus(status(bound)).setName(v.name())
                .setDescription(v.remark()).setCreateTime(AliyunFormats.time(v.createdAt())).setMasterInstanceId("")
                .setAssociatedInstances(bound.stream().map(Vip.Binding::targetId).toList())
                .setAssociatedInstanceType(bound.isEmpty() ? "" : HOST_KINDS.entrySet().stream()
                        .filter(e -> e.getValue().equals(bound.get(0).kind())).map(Map.Entry::getKey).findFirst()
                        .orElse(""))
                .setAssociatedEipAddresses(eip == null ? List.of() : List.of(eip.address()))
                .setTags(AliyunFormats.keyValueTags(tagged, DescribeHaVipsResponse.Tag::new));
    }

    /** Available with no host bound, InUse with one. */
    private static String status(List<Vip.Binding> bound) {
        return bound == null || bound.isEmpty() ? "Available" : "InUse";
    }

    @Override
    public void modifyHaVipAttribute(AliyunCall call, ModifyHaVipAttributeRequest r) {
        vips.update(call.scope(), r.haVipId(), text(call, "Name", r.name(), NAME_MAX), null,
                text(call, "Description", r.description(), DESCRIPTION_MAX));
    }

    @Override
    public void deleteHaVip(AliyunCall call, DeleteHaVipRequest r) {
        vips.release(call.scope(), r.haVipId());
    }

    @Override
    public void associateHaVip(AliyunCall call, AssociateHaVipRequest r) {
        bindings.bind(call.scope(), r.haVipId(), r.instanceId(), kind(call, r.instanceType()));
    }

    @Override
    public void unassociateHaVip(AliyunCall call, UnassociateHaVipRequest r) {
        kind(call, r.instanceType());
        bindings.unbind(call.scope(), r.haVipId(), r.instanceId());
    }

    private static String kind(AliyunCall call, String instanceType) {
        String kind = HOST_KINDS.get(blank(instanceType) ? "EcsInstance" : instanceType);
        if (kind == null) throw call.firstError("InstanceType", "IllegalParam.InstanceType");
        return kind;
    }

    /** A name or description as given (absent: null), refused when longer than max or a URL. */
    private static String text(AliyunCall call, String param, String v, int max) {
        if (v != null && (v.length() > max || url(v))) {
            throw call.invalid(param);
        }
        return v;
    }

    private static String orEmpty(String v) {
        return v == null ? "" : v;
    }
}
