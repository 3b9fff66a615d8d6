package io.cloudtwin.dialect.aliyun.slb;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.balancing.LoadBalancer;
import io.cloudtwin.core.balancing.LoadBalancerFilter;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunTagging;
import io.cloudtwin.dialect.aliyun.slb.api.CreateLoadBalancerRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateLoadBalancerResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteLoadBalancerRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeAvailableResourceRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeAvailableResourceResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeRegionsRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeRegionsResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeZonesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeZonesResponse;
import io.cloudtwin.dialect.aliyun.slb.api.ListTagResourcesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.ListTagResourcesResponse;
import io.cloudtwin.dialect.aliyun.slb.api.ModifyLoadBalancerInstanceSpecRequest;
import io.cloudtwin.dialect.aliyun.slb.api.ModifyLoadBalancerInstanceSpecResponse;
import io.cloudtwin.dialect.aliyun.slb.api.ModifyLoadBalancerInternetSpecRequest;
import io.cloudtwin.dialect.aliyun.slb.api.ModifyLoadBalancerInternetSpecResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetLoadBalancerDeleteProtectionRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetLoadBalancerModificationProtectionRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetLoadBalancerNameRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetLoadBalancerStatusRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;
import io.cloudtwin.dialect.aliyun.slb.api.TagResourcesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.UntagResourcesRequest;

/**
 * Classic load balancers (lb-): internet-facing ones with an address of the emulator's public pool (in no VPC unless
 * made in a vSwitch), intranet ones at an address of their vSwitch; active at once. Their tags (ResourceType
 * instance), the product's regions and zones.
 */
@Component
record LoadBalancers(LoadBalancerService lbs, NetworkService networks, TagService tags, ClientTokens tokens,
                     Zones zones)
        implements SlbApi.CreateLoadBalancer, SlbApi.DescribeLoadBalancers, SlbApi.DescribeLoadBalancerAttribute,
        SlbApi.SetLoadBalancerName, SlbApi.SetLoadBalancerStatus, SlbApi.SetLoadBalancerDeleteProtection,
        SlbApi.ModifyLoadBalancerInstanceSpec, SlbApi.ModifyLoadBalancerInternetSpec, SlbApi.DeleteLoadBalancer,
        SlbApi.SetLoadBalancerModificationProtection, SlbApi.TagResources, SlbApi.UntagResources,
        SlbApi.ListTagResources, SlbApi.DescribeRegions, SlbApi.DescribeZones, SlbApi.DescribeAvailableResource {
    static final Set<String> SPECS = Set.of("slb.s1.small", "slb.s2.small", "slb.s2.medium", "slb.s3.small",
            "slb.s3.medium", "slb.s3.large", "slb.s3.xlarge", "slb.s3.xxlarge", "slb.lcu.elastic");
    private static final Set<String> CHARGE_TYPES = Set.of("paybytraffic", "paybybandwidth");
    private static final Set<String> ON_OFF = Set.of("on", "off");
    private static final String NON_PROTECTION = "NonProtection";
    private static final Set<String> PROTECTIONS = Set.of(NON_PROTECTION, "ConsoleProtection");
    /** The kinds the SLB tag actions take, by their ResourceType parameter. */
    private static final Map<String, ResourceType> TAGGED = Map.of("instance", ResourceType.LOAD_BALANCER,
            "acl", ResourceType.ACCESS_LIST, "certificate", ResourceType.CERTIFICATE, "vservergroup",
            ResourceType.SERVER_GROUP);

    @Override
    public CreateLoadBalancerResponse createLoadBalancer(AliyunCall call, CreateLoadBalancerRequest r) {
        Scope scope = call.scope();
        String addressType = or(r.addressType(), "internet");
        if (!addressType.equals("internet") && !addressType.equals("intranet")) throw call.invalid("AddressType");
        boolean intranet = addressType.equals("intranet");
        if (intranet && blank(r.vSwitchId())) throw call.firstError("VSwitchId", "MissingParam.VSwitchId");
        if (!blank(r.vpcId()) && blank(r.vSwitchId())) throw call.firstError("VSwitchId", "MissingParam.VSwitchId");
        if (!blank(r.loadBalancerSpec()) && !SPECS.contains(r.loadBalancerSpec())) {
            throw call.firstError("LoadBalancerSpec", "IllegalParam.SpecType");
        }
        String charge = or(r.internetChargeType(), "paybytraffic").toLowerCase(Locale.ROOT);
        if (!CHARGE_TYPES.contains(charge)) throw call.firstError("InternetChargeType", "Instance.InternetChargeTypeNotAllowed");
        String protection = or(r.deleteProtection(), "off");
        if (!ON_OFF.contains(protection)) throw call.invalid("DeleteProtection");
        if (!blank(r.addressIPVersion()) && !r.addressIPVersion().equals("ipv4")) {
            throw call.firstError("AddressIPVersion", "RegionOrZonesNotSupportIpv6");
        }
        if (!blank(r.masterZoneId()) && !zones.contains(scope.cloud(), scope.region(), r.masterZoneId())) {
            throw call.firstError("MasterZoneId", "PRODUCT.NOT_AVAILABLE_IZ");
        }
        String modification = or(r.modificationProtectionStatus(), NON_PROTECTION);
        String reason = protectionReason(call, modification, r.modificationProtectionReason());
        var offer = new LoadBalancerService.Offer(or(r.loadBalancerSpec(), ""), r.bandwidth() == null ? 1 : r.bandwidth(),
                charge, protection.equals("on"), LoadBalancer.ACTIVE, !intranet, null, modification, reason);
        Map<String, String> tagged = call.tags(r.tag());
        String created = call.once(tokens, scope, r.clientToken(), () -> {
            String id = Ids.random("lb-", 22);
            LoadBalancer lb = lbs.create(scope, id, new LoadBalancerService.NewLoadBalancer(or(r.loadBalancerName(), ""),
                    "", "", r.vpcId(), r.vSwitchId(), intranet, null, null, intranet ? r.address() : null, offer));
            tags.tagNew(scope, ResourceType.LOAD_BALANCER, lb.id(), tagged);
            return lb.id();
        });
        LoadBalancer lb = lbs.get(scope, created);
        return new CreateLoadBalancerResponse().setLoadBalancerId(lb.id()).setLoadBalancerName(lb.name())
                .setAddress(address(lb)).setAddressIPVersion("ipv4").setNetworkType(networkType(lb))
                .setVpcId(or(lb.vpcId(), "")).setVSwitchId(or(lb.subnetId(), "")).setResourceGroupId(resourceGroup(lb));
    }

    /**
     * The reason kept for a modification protection status (one of PROTECTIONS, else
     * InvalidParam.ModificationProtectionStatus): ConsoleProtection's, at most 80 characters
     * (InvalidParam.ModificationProtectionReason); NonProtection keeps none.
     */
    private static String protectionReason(AliyunCall call, String status, String reason) {
        if (!PROTECTIONS.contains(status)) {
            throw call.firstError("ModificationProtectionStatus", "InvalidParam.ModificationProtectionStatus");
        }
        if (status.equals(NON_PROTECTION) || reason == null) return "";
        if (reason.length() > 80) {
            throw call.firstError("ModificationProtectionReason", "InvalidParam.ModificationProtectionReason");
        }
        return reason;
    }

    static String modificationProtection(LoadBalancer lb) {
        return lb.modificationProtection().isEmpty() ? NON_PROTECTION : lb.modificationProtection();
    }

    static String address(LoadBalancer lb) {
        return lb.internal() ? lb.privateIp() : or(lb.publicAddress(), "");
    }

    static String networkType(LoadBalancer lb) {
        return lb.vpcId() == null ? "classic" : "vpc";
    }

    static String resourceGroup(LoadBalancer lb) {
        return AliyunFormats.defaultResourceGroup(lb.accountId());
    }

    /** The master zone: the vSwitch's, else the region's first. */
    private String masterZone(Scope scope, LoadBalancer lb) {
        if (lb.subnetId() != null) return networks.subnet(scope, lb.subnetId()).zone();
        return zones.of(lb.cloud(), lb.region()).stream().findFirst().orElse("");
    }

    /** The slave zone: another zone of the region than the master's, else "". */
    private String slaveZone(LoadBalancer lb, String master) {
        return zones.of(lb.cloud(), lb.region()).stream().filter(z -> !z.equals(master)).findFirst().orElse("");
    }

    @Override
    public DescribeLoadBalancersResponse describeLoadBalancers(AliyunCall call, DescribeLoadBalancersRequest r) {
        Scope scope = call.scope();
        List<String> ids = blank(r.loadBalancerId()) ? List.of() : AliyunFormats.commaList(r.loadBalancerId());
        boolean none = false;
        Set<String> wanted = null;
        var narrowed = tags.narrow(scope, ResourceType.LOAD_BALANCER, ids, call.tags(r.tag()));
        if (narrowed.isEmpty()) none = true;
        else if (!narrowed.get().isEmpty()) wanted = new HashSet<>(narrowed.get());
        List<List<String>> narrowers = new ArrayList<>();
        if (!blank(r.serverId())) narrowers.add(lbs.withMember(scope, r.serverId()));
        if (!blank(r.address())) narrowers.add(lbs.withAddress(scope, r.address()));
        if (!blank(r.serverIntranetAddress())) narrowers.add(lbs.withAddress(scope, r.serverIntranetAddress()));
        if (!blank(r.networkType())) narrowers.add(lbs.inVpc(scope, r.networkType().equals("vpc")));
        for (List<String> only : narrowers) {
            if (only == null) continue;
            if (wanted == null) wanted = new HashSet<>(only);
            else wanted.retainAll(only);
            if (wanted.isEmpty()) none = true;
        }
        Boolean internal = blank(r.addressType()) ? null : r.addressType().equals("intranet");
        var paging = call.paging(10);
        Page<LoadBalancerService.View> page = none ? new Page<>(List.of(), 0) : lbs.list(scope,
                new LoadBalancerFilter(wanted == null ? null : new ArrayList<>(wanted), r.vpcId(), r.vSwitchId(),
                        r.loadBalancerName(), internal, r.loadBalancerStatus(),
                        blank(r.internetChargeType()) ? null : r.internetChargeType().toLowerCase(Locale.ROOT)),
                paging.offset(), paging.limit());
        var out = new DescribeLoadBalancersResponse();
        call.paged(out, paging, page.total());
        var tagged = tags.of(page.items().stream().map(v -> v.loadBalancer().id()).toList());
        return out.setLoadBalancers(page.items().stream().map(v -> {
            LoadBalancer lb = v.loadBalancer();
            String master = masterZone(scope, lb);
            return new DescribeLoadBalancersResponse.LoadBalancer().setLoadBalancerId(lb.id())
                    .setLoadBalancerName(lb.name()).setLoadBalancerStatus(lb.status()).setAddress(address(lb))
                    .setAddressType(lb.internal() ? "intranet" : "internet").setAddressIPVersion("ipv4")
                    .setNetworkType(networkType(lb)).setVpcId(or(lb.vpcId(), "")).setVSwitchId(or(lb.subnetId(), ""))
                    .setRegionId(lb.region()).setRegionIdAlias(lb.region()).setMasterZoneId(master)
                    .setSlaveZoneId(slaveZone(lb, master)).setLoadBalancerSpec(lb.spec()).setBandwidth(lb.bandwidth())
                    .setInternetChargeType(lb.chargeType()).setInternetChargeTypeAlias(lb.chargeType())
                    .setPayType("PayOnDemand").setInstanceChargeType(lb.spec().isEmpty() ? "PayByCLCU" : "PayBySpec")
                    .setDeleteProtection(lb.deleteProtection() ? "on" : "off")
                    .setModificationProtectionStatus(modificationProtection(lb))
                    .setModificationProtectionReason(lb.modificationProtectionReason())
                    .setResourceGroupId(resourceGroup(lb)).setCreateTime(AliyunFormats.time(lb.createdAt()))
                    .setCreateTimeStamp(lb.createdAt().toInstant().toEpochMilli())
                    .setTags(AliyunFormats.tags(tagged.get(lb.id()), DescribeLoadBalancersResponse.Tag::new));
        }).toList());
    }

    @Override
    public DescribeLoadBalancerAttributeResponse describeLoadBalancerAttribute(AliyunCall call,
                                                                             DescribeLoadBalancerAttributeRequest r) {
        Scope scope = call.scope();
        var v = lbs.view(scope, r.loadBalancerId());
        LoadBalancer lb = v.loadBalancer();
        String master = masterZone(scope, lb);
        List<Listener> listeners = v.listeners().stream().map(LoadBalancerService.ListenerView::listener).toList();
        var tagged = tags.of(lb.id());
        return new DescribeLoadBalancerAttributeResponse().setLoadBalancerId(lb.id()).setLoadBalancerName(lb.name())
                .setLoadBalancerStatus(lb.status()).setAddress(address(lb))
                .setAddressType(lb.internal() ? "intranet" : "internet").setAddressIPVersion("ipv4")
                .setNetworkType(networkType(lb)).setVpcId(or(lb.vpcId(), "")).setVSwitchId(or(lb.subnetId(), ""))
                .setRegionId(lb.region()).setRegionIdAlias(lb.region()).setMasterZoneId(master)
                .setSlaveZoneId(slaveZone(lb, master)).setLoadBalancerSpec(lb.spec()).setBandwidth(lb.bandwidth())
                .setInternetChargeType(lb.chargeType()).setPayType("PayOnDemand")
                .setInstanceChargeType(lb.spec().isEmpty() ? "PayByCLCU" : "PayBySpec")
                .setDeleteProtection(lb.deleteProtection() ? "on" : "off")
                .setModificationProtectionStatus(modificationProtection(lb))
                .setModificationProtectionReason(lb.modificationProtectionReason())
                .setResourceGroupId(resourceGroup(lb)).setCreateTime(AliyunFormats.time(lb.createdAt()))
                .setCreateTimeStamp(lb.createdAt().toInstant().toEpochMilli()).setEndTime("")
                .setRenewalStatus("").setRenewalCycUnit("")
                .setListenerPorts(listeners.stream().map(Listener::port).toList())
                .setListenerPortsAndProtocol(listeners.stream().map(l -> new DescribeLoadBalancerAttributeResponse
                        .ListenerPortAndProtocol().setListenerPort(l.port()).setListenerProtocol(l.protocol())
                        .setDescription(l.name()).setListenerForward("off")).toList())
                .setListenerPortsAndProtocal(listeners.stream().map(l -> new DescribeLoadBalancerAttributeResponse
                        .ListenerPortAndProtocal().setListenerPort(l.port()).setListenerProtocal(l.protocol())).toList())
                .setBackendServers(v.members().stream().map(m -> new DescribeLoadBalancerAttributeResponse
                        .BackendServer().setServerId(m.serverId()).setWeight(m.weight()).setType(m.serverType())
                        .setServerIp(m.serverIp()).setDescription(m.description())).toList())
                .setTags(AliyunFormats.tags(tagged, DescribeLoadBalancerAttributeResponse.Tag::new));
    }

    @Override
    public void setLoadBalancerName(AliyunCall call, SetLoadBalancerNameRequest r) {
        lbs.update(call.scope(), r.loadBalancerId(), r.loadBalancerName(), null, null);
    }

    @Override
    public void setLoadBalancerStatus(AliyunCall call, SetLoadBalancerStatusRequest r) {
        String status = r.loadBalancerStatus();
        if (!LoadBalancer.ACTIVE.equals(status) && !LoadBalancer.INACTIVE.equals(status)) {
            throw call.invalid("LoadBalancerStatus");
        }
        lbs.modify(call.scope(), r.loadBalancerId(), new LoadBalancerService.OfferChanges(null, null, null, null,
                status, null, null));
    }

    @Override
    public void setLoadBalancerDeleteProtection(AliyunCall call, SetLoadBalancerDeleteProtectionRequest r) {
        if (!ON_OFF.contains(r.deleteProtection())) throw call.invalid("DeleteProtection");
        lbs.modify(call.scope(), r.loadBalancerId(), new LoadBalancerService.OfferChanges(null, null, null,
                r.deleteProtection().equals("on"), null, null, null));
    }

    @Override
    public ModifyLoadBalancerInstanceSpecResponse modifyLoadBalancerInstanceSpec(AliyunCall call,
                                                                               ModifyLoadBalancerInstanceSpecRequest r) {
        if (!SPECS.contains(r.loadBalancerSpec())) throw call.invalid("LoadBalancerSpec");
        lbs.modify(call.scope(), r.loadBalancerId(), new LoadBalancerService.OfferChanges(r.loadBalancerSpec(),
                null, null, null, null, null, null));
        return new ModifyLoadBalancerInstanceSpecResponse();
    }

    @Override
    public ModifyLoadBalancerInternetSpecResponse modifyLoadBalancerInternetSpec(AliyunCall call,
                                                                               ModifyLoadBalancerInternetSpecRequest r) {
        String charge = r.internetChargeType() == null ? null : r.internetChargeType().toLowerCase(Locale.ROOT);
        if (charge != null && !CHARGE_TYPES.contains(charge)) {
            throw call.firstError("InternetChargeType", "Instance.InternetChargeTypeNotAllowed");
        }
        lbs.modify(call.scope(), r.loadBalancerId(), new LoadBalancerService.OfferChanges(null, r.bandwidth(),
                charge, null, null, null, null));
        return new ModifyLoadBalancerInternetSpecResponse();
    }

    @Override
    public void setLoadBalancerModificationProtection(AliyunCall call, SetLoadBalancerModificationProtectionRequest r) {
        String reason = protectionReason(call, r.modificationProtectionStatus(), r.modificationProtectionReason());
        lbs.modify(call.scope(), r.loadBalancerId(), new LoadBalancerService.OfferChanges(null, null, null,
                null, null, r.modificationProtectionStatus(), reason));
    }

    @Override
    public void deleteLoadBalancer(AliyunCall call, DeleteLoadBalancerRequest r) {
        lbs.delete(call.scope(), r.loadBalancerId());
    }

    @Override
    public void tagResources(AliyunCall call, TagResourcesRequest r) {
        tagging().tag(call, r.resourceType(), r.resourceId(), call.tags(r.tag()));
    }

    @Override
    public void untagResources(AliyunCall call, UntagResourcesRequest r) {
        tagging().untag(call, r.resourceType(), r.resourceId(), r.tagKey(), r.all());
    }

    @Override
    public ListTagResourcesResponse listTagResources(AliyunCall call, ListTagResourcesRequest r) {
        var out = new ListTagResourcesResponse();
        return out.setTagResources(tagging().list(call, out, r.resourceType(), r.resourceId(), call.tags(r.tag()),
                ListTagResourcesResponse.TagResource::new));
    }

    @Override
    public DescribeRegionsResponse describeRegions(AliyunCall call, DescribeRegionsRequest r) {
        return new DescribeRegionsResponse().setRegions(AliyunFormats.regions(call.spec().product(),
                DescribeRegionsResponse.Region::new));
    }

    @Override
    public DescribeZonesResponse describeZones(AliyunCall call, DescribeZonesRequest r) {
        List<String> all = zones.of(call.scope().cloud(), r.regionId());
        return new DescribeZonesResponse().setZones(all.stream().map(z -> new DescribeZonesResponse.Zone().setZoneId(z)
                .setLocalName(z).setSlaveZones(all.stream().filter(s -> !s.equals(z)).map(s ->
                        new DescribeZonesResponse.SlaveZone().setZoneId(s).setLocalName(s)).toList())).toList());
    }

    @Override
    public DescribeAvailableResourceResponse describeAvailableResource(AliyunCall call,
                                                                       DescribeAvailableResourceRequest r) {
        List<DescribeAvailableResourceResponse.SupportResource> supported = new ArrayList<>();
        for (String type : List.of("internet", "intranet")) {
            if ((blank(r.addressType()) || r.addressType().equals(type))
                    && (blank(r.addressIPVersion()) || r.addressIPVersion().equals("ipv4"))) {
                supported.add(new DescribeAvailableResourceResponse.SupportResource().setAddressType(type)
                        .setAddressIPVersion("ipv4"));
            }
        }
        List<String> all = zones.of(call.scope().cloud(), call.scope().region());
        List<DescribeAvailableResourceResponse.AvailableResource> out = new ArrayList<>();
        if (!supported.isEmpty()) {
            for (String master : all) {
                for (String slave : all) {
                    if (master.equals(slave)) continue;
                    out.add(new DescribeAvailableResourceResponse.AvailableResource().setMasterZoneId(master)
                            .setSlaveZoneId(slave).setSupportResources(supported));
                }
            }
        }
        return new DescribeAvailableResourceResponse().setAvailableResources(out);
    }

    private AliyunTagging tagging() {
        return new AliyunTagging(tags, TAGGED);
    }
}
