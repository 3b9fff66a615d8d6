package io.cloudtwin.dialect.aliyun.vpc;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.eip.EipFilter;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AllocateEipAddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateEipAddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeEipAddressesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeEipAddressesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyEipAddressAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyEipAddressAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ReleaseEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ReleaseEipAddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociateEipAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociateEipAddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Elastic IP addresses (the VPC product): allocated from the emulator's pool, Available until associated with an ECS
 * instance or a network interface, InUse while bound, released only when Available.
 */
@Component
record ElasticIps(ElasticIpService eips, TagService tags, ClientTokens tokens) implements VpcApi {
    /** AssociateEipAddress's InstanceType in the core's words; a kind no target serves here answers not found. */
    private static final Map<String, String> TARGET_KINDS = Map.of("EcsInstance", "instance",
            "NetworkInterface", "interface", "Nat", "nat_gateway", "SlbInstance", "load_balancer",
            "HaVip", "havip", "IpAddress", "ip_address");
    private static final Map<String, String> INSTANCE_TYPES = Map.of("instance", "EcsInstance",
            "interface", "NetworkInterface", "nat_gateway", "Nat", "load_balancer", "SlbInstance");
    private static final Set<String> INTERNET_CHARGE_TYPES = Set.of("PayByBandwidth", "PayByTraffic");
    private static final String AVAILABLE = "Available";
    private static final String IN_USE = "InUse";
    private static final int MAX_BANDWIDTH = 500;

    @Override
    @Coverage("an address of the pool 198.18.0.0/15 (or IpAddress, if no other EIP has it); Bandwidth (Mbps, default 5), InternetChargeType (PayByBandwidth, "
            + "PayByTraffic), InstanceChargeType, ISP, Name, Description, Tag.N, ClientToken (idempotent); no billing")
    public AllocateEipAddressResponse allocateEipAddress(AliyunCall call, AllocateEipAddressRequest r) {
        Scope scope = call.regionalScope();
        int bandwidth = bandwidth(call, r.bandwidth(), 5);
        String charge = r.internetChargeType() == null || r.internetChargeType().isEmpty() ? "PayByBandwidth"
                : r.internetChargeType();
        if (!INTERNET_CHARGE_TYPES.contains(charge)) throw call.invalid("InternetChargeType");
        var spec = new ElasticIpService.NewEip(r.name(), r.description(), bandwidth, charge,
                r.instanceChargeType() == null || r.instanceChargeType().isEmpty() ? "PostPaid" : r.instanceChargeType(),
                r.isp() == null || r.isp().isEmpty() ? "BGP" : r.isp(), address(call, r.ipAddress()));
        List<String> ids = tokens.once(scope, call.action(), r.clientToken(),
                () -> List.of(eips.allocate(scope, Ids.eipId(Cloud.ALIYUN), spec, call.tags(r.tag())).id()));
        ElasticIp e = eips.get(scope, ids.get(0));
        return new AllocateEipAddressResponse().setAllocationId(e.id()).setEipAddress(e.address()).setResourceGroupId("");
    }

    private static String address(AliyunCall call, String asked) {
        if (asked == null || asked.isEmpty()) return null;
        try {
            return Cidr.format(Cidr.address(asked));
        } catch (IllegalArgumentException e) {
            throw call.firstError("IpAddress", "ResourceNotFound.Ip", "InvalidParameter");
        }
    }

    private static int bandwidth(AliyunCall call, String value, int otherwise) {
        if (value == null || value.isEmpty()) return otherwise;
        try {
            int mbps = Integer.parseInt(value.trim());
            if (mbps >= 1 && mbps <= MAX_BANDWIDTH) return mbps;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw call.firstError("Bandwidth", "InvalidBandwidth.Malformed", "InvalidParameter");
    }

    @Override
    @Coverage("to an ECS instance (Running or Stopped) or a network interface, one EIP each, or a NAT gateway (several); "
            + "InstanceType from the id's prefix when not given; an EIP bound once at a time")
    public AssociateEipAddressResponse associateEipAddress(AliyunCall call, AssociateEipAddressRequest r) {
        String type = r.instanceType() == null || r.instanceType().isEmpty() ? typeOf(r.instanceId()) : r.instanceType();
        String kind = TARGET_KINDS.get(type);
        if (kind == null) throw call.firstError("InstanceType", "InvalidInstanceType.ValueNotSupported");
        eips.bind(call.regionalScope(), r.allocationId(), kind, r.instanceId());
        return new AssociateEipAddressResponse();
    }

    private static String typeOf(String instanceId) {
        if (instanceId.startsWith("eni-")) return "NetworkInterface";
        if (instanceId.startsWith("ngw-")) return "Nat";
        if (instanceId.startsWith("lb-")) return "SlbInstance";
        return "EcsInstance";
    }

    @Override
    @Coverage("from what it is bound to (InstanceId must be that one); not while a NAT entry of its gateway uses it")
    public UnassociateEipAddressResponse unassociateEipAddress(AliyunCall call, UnassociateEipAddressRequest r) {
        eips.unbind(call.regionalScope(), r.allocationId(), r.instanceId());
        return new UnassociateEipAddressResponse();
    }

    @Override
    @Coverage("an Available EIP, with its tags")
    public ReleaseEipAddressResponse releaseEipAddress(AliyunCall call, ReleaseEipAddressRequest r) {
        eips.release(call.regionalScope(), r.allocationId());
        return new ReleaseEipAddressResponse();
    }

    @Override
    @Coverage("Name, Description, Bandwidth")
    public ModifyEipAddressAttributeResponse modifyEipAddressAttribute(AliyunCall call, ModifyEipAddressAttributeRequest r) {
        Integer bandwidth = r.bandwidth() == null ? null : bandwidth(call, r.bandwidth(), 0);
        eips.modify(call.regionalScope(), r.allocationId(), r.name(), r.description(), bandwidth, null);
        return new ModifyEipAddressAttributeResponse();
    }

    @Override
    @Coverage("filters AllocationId, EipAddress, Status, AssociatedInstanceType and AssociatedInstanceId, EipName, "
            + "Tag.N; PageNumber/PageSize")
    public DescribeEipAddressesResponse describeEipAddresses(AliyunCall call, DescribeEipAddressesRequest r) {
        Scope scope = call.regionalScope();
        call.dryRun(r.dryRun());
        boolean none = false;
        String status = null;
        if (r.status() != null && !r.status().isEmpty()) {
            if (r.status().equals(AVAILABLE)) status = EipFilter.FREE;
            else if (r.status().equals(IN_USE)) status = EipFilter.BOUND;
            else none = true; // Associating, Unassociating: no EIP here stays in them
        }
        String kind = null;
        if (r.associatedInstanceType() != null && !r.associatedInstanceType().isEmpty()) {
            kind = TARGET_KINDS.get(r.associatedInstanceType());
            if (kind == null) throw call.firstError("AssociatedInstanceType", "InvalidIAssociatedInstanceType.ValueNotSupported");
        }
        var wanted = tags.narrow(scope, ResourceType.EIP, r.allocationId() == null || r.allocationId().isEmpty()
                ? List.of() : List.of(r.allocationId().split(",")), call.tags(r.tag()));
        if (wanted.isEmpty()) none = true;
        List<String> ids = wanted.orElse(List.of());
        var paging = call.paging(10);
        var out = new DescribeEipAddressesResponse();
        Page<ElasticIp> page = none ? new Page<>(List.of(), 0) : eips.list(scope, new EipFilter(ids, r.eipAddress(),
                status, kind, r.associatedInstanceId(), r.eipName()), paging.offset(), paging.limit());
        call.paged(out, paging, page.total());
        var tagged = tags.of(page.items().stream().map(ElasticIp::id).toList());
        return out.setEipAddresses(page.items().stream().map(e -> eip(e, tagged.get(e.id()))).toList());
    }

    /** An EIP as DescribeEipAddresses writes it: InstanceId, InstanceType and PrivateIpAddress "" when free. */
    private static DescribeEipAddressesResponse.EipAddress eip(ElasticIp e, Map<String, String> tagged) {
        return new DescribeEipAddressesResponse.EipAddress().setAllocationId(e.id()).setIpAddress(e.address())
                .setRegionId(e.region()).setName(e.name()).setDescription(e.description())
                .setStatus(e.bound() ? IN_USE : AVAILABLE).setBusinessStatus("Normal")
                .setBandwidth(String.valueOf(e.bandwidthMbps())).setEipBandwidth(String.valueOf(e.bandwidthMbps()))
                .setInternetChargeType(e.internetChargeType()).setChargeType(e.chargeType()).setIsp(e.isp())
                .setNetmode("public").setMode("NAT").setDeletionProtection(false).setSecondLimited(false)
                .setHdMonitorStatus("OFF").setResourceGroupId("").setServiceManaged(0).setExpiredTime("")
                .setAllocationTime(AliyunFormats.time(e.createdAt()))
                .setInstanceId(e.targetId()).setInstanceType(e.bound() ? INSTANCE_TYPES.getOrDefault(e.targetKind(), "") : "")
                .setInstanceRegionId(e.bound() ? e.region() : "").setPrivateIpAddress(e.privateIp())
                .setOperationLocks(List.of()).setSecurityProtectionTypes(List.of())
                .setTags(AliyunFormats.keyValueTags(tagged, DescribeEipAddressesResponse.Tag::new));
    }
}
