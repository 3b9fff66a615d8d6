package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunAnswer;
import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.eip.EipFilter;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.AddressPoolService;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.api.EipAddressAnswer;
import io.cloudtwin.dialect.aliyun.api.EipAddressFilters;
import io.cloudtwin.dialect.aliyun.api.EipAssociationFields;

/**
 * Elastic IP addresses as the VPC product answers them (ElasticIps, and through it the ECS product's deprecated
 * aliases AllocateEipAddress, DescribeEipAddresses, ... with Version=2014-05-26): the rules on the core's EIPs.
 */
@Component
record VpcElasticIps(ElasticIpService eips, AddressPoolService pools, TagService tags, ClientTokens tokens) {
    public static final String AVAILABLE = "Available";
    public static final String IN_USE = "InUse";
    /** AssociateEipAddress's InstanceType in the core's words; a kind no target serves here answers not found. */
    private static final Map<String, String> TARGET_KINDS = Map.of("EcsInstance", "instance",
            "NetworkInterface", "interface", "Nat", "nat_gateway", "SlbInstance", "load_balancer",
            "HaVip", "havip", "IpAddress", "ip_address");
    /** How a bound EIP forwards (Mode). */
    private static final Set<String> MODES = Set.of(ElasticIp.NAT, "BINDED", "MULTI_BINDED");
    private static final Map<String, String> INSTANCE_TYPES = Map.of("instance", "EcsInstance",
            "interface", "NetworkInterface", "nat_gateway", "Nat", "load_balancer", "SlbInstance", "havip", "HaVip");
    /** How an EIP's traffic is billed (InternetChargeType). */
    static final Set<String> INTERNET_CHARGE_TYPES = Set.of("PayByBandwidth", "PayByTraffic");
    /**
     * The lines (ISP) an EIP, a segment or a public IP address pool may be of: BGP and BGP_PRO, and those single-line
     * and finance-cloud accounts may choose.
     */
    static final Set<String> LINES = Set.of("BGP", "BGP_PRO", "ChinaTelecom", "ChinaUnicom", "ChinaMobile",
            "ChinaTelecom_L2", "ChinaUnicom_L2", "ChinaMobile_L2", "BGP_FinanceCloud");
    private static final int MAX_BANDWIDTH = 500;

    /**
     * What AllocateEipAddress asks; null or empty fields take the cloud's defaults. pool: the public IP address pool
     * to take the address from (ipAddress, when given, must be one of its; null or empty: none).
     */
    public record Allocation(String name, String description, String bandwidth, String internetChargeType,
                             String instanceChargeType, String isp, String ipAddress, String clientToken,
                             Map<String, String> tagged, String group, String pool) {}

    /** A new EIP (or the one ClientToken already made): Bandwidth 5 Mbps and PayByBandwidth by default. */
    public ElasticIp allocate(AliyunCall call, Allocation a) {
        Scope scope = call.scope();
        int bandwidth = bandwidth(call, a.bandwidth(), 5);
        String charge = blank(a.internetChargeType()) ? "PayByBandwidth" : a.internetChargeType();
        if (!INTERNET_CHARGE_TYPES.contains(charge)) throw call.invalid("InternetChargeType");
        var spec = new ElasticIpService.NewEip(a.name(), a.description(), bandwidth, charge,
                blank(a.instanceChargeType()) ? "PostPaid" : a.instanceChargeType(),
                blank(a.isp()) ? "BGP" : a.isp(), address(call, a.ipAddress()));
        String created = call.once(tokens, scope, a.clientToken(), () -> tags.createIn(ResourceType.EIP, a.group(),
                () -> (blank(a.pool()) ? eips.allocate(scope, Ids.Shape.EIP.next(Cloud.ALIYUN), spec, a.tagged())
                        : pools.allocate(scope, a.pool(), Ids.Shape.EIP.next(Cloud.ALIYUN), spec, a.tagged())).id()));
        return eips.get(scope, created);
    }

    private static String address(AliyunCall call, String asked) {
        if (blank(asked)) return null;
        try {
            return Cidr.format(Cidr.address(asked));
        } catch (IllegalArgumentException e) {
            throw call.firstError("IpAddress", "ResourceNotFound.Ip", "InvalidParameter");
        }
    }

    /** A bandwidth in Mbps, 1 to 500; otherwise when not given. */
    public static int bandwidth(AliyunCall call, String value, int otherwise) {
        if (blank(value)) return otherwise;
        try {
            int mbps = Integer.parseInt(value.trim());
            if (mbps >= 1 && mbps <= MAX_BANDWIDTH) return mbps;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw call.firstError("Bandwidth", "InvalidBandwidth.Malformed", "InvalidParameter");
    }

    /**
     * Binds an EIP to an instance, an ENI or a NAT gateway; InstanceType from the id's prefix when not given. Here and
     * in the other changes of one EIP RegionId is optional (its metadata): without it, any region's.
     */
    public void associate(AliyunCall call, EipAssociationFields r) {
        associate(call, r, null);
    }

    /** The same, forwarding as Mode says (NAT, the default; BINDED or MULTI_BINDED to a network interface). */
    public void associate(AliyunCall call, EipAssociationFields r, String mode) {
        String type = blank(r.instanceType()) ? typeOf(r.instanceId()) : r.instanceType();
        String kind = TARGET_KINDS.get(type);
        if (kind == null) throw call.firstError("InstanceType", "InvalidInstanceType.ValueNotSupported");
        eips.bind(call.scope(), r.allocationId(), kind, r.instanceId(), mode(call, mode));
    }

    /** ModifyEipForwardMode: how an EIP bound to a network interface forwards. */
    public void forwardMode(AliyunCall call, String allocationId, String mode) {
        eips.forwardMode(call.scope(), allocationId, mode(call, mode));
    }

    private static String mode(AliyunCall call, String mode) {
        if (blank(mode)) return ElasticIp.NAT;
        if (!MODES.contains(mode)) throw call.firstError("Mode", "IllegalParam.Mode");
        return mode;
    }

    private static String typeOf(String instanceId) {
        if (instanceId == null) return "EcsInstance";
        if (instanceId.startsWith("eni-")) return "NetworkInterface";
        if (instanceId.startsWith("ngw-")) return "Nat";
        if (instanceId.startsWith("lb-")) return "SlbInstance";
        if (instanceId.startsWith("havip-")) return "HaVip";
        return "EcsInstance";
    }

    public void unassociate(AliyunCall call, EipAssociationFields r) {
        eips.unbind(call.scope(), r.allocationId(), r.instanceId());
    }

    public void release(AliyunCall call, String allocationId) {
        eips.release(call.scope(), allocationId);
    }

    public void modify(AliyunCall call, String allocationId, String name, String description, String bandwidth) {
        Integer mbps = bandwidth == null ? null : bandwidth(call, bandwidth, 0);
        eips.modify(call.scope(), allocationId, name, description, mbps, null);
    }

    /**
     * One page (PageNumber/PageSize, 10 by default) of the EIPs that DescribeEipAddresses' filters, EipName,
     * PublicIpAddressPoolId, SegmentInstanceId and Tag.N name (null ones do not filter; tagged is never null, empty
     * for none), paged on answer.
     */
    public Page<ElasticIp> describe(AliyunCall call, AliyunAnswer answer, EipAddressFilters filters, String name,
                                    String pool, String segment, Map<String, String> tagged, String resourceGroup) {
        Scope scope = call.scope();
        boolean none = false;
        String status = null;
        if (!blank(filters.status())) {
            if (filters.status().equals(AVAILABLE)) status = EipFilter.FREE;
            else if (filters.status().equals(IN_USE)) status = EipFilter.BOUND;
            else none = true; // Associating, Unassociating: no EIP here stays in them
        }
        String kind = null;
        if (!blank(filters.associatedInstanceType())) {
            kind = TARGET_KINDS.get(filters.associatedInstanceType());
            if (kind == null) throw call.firstError("AssociatedInstanceType",
                    "InvalidIAssociatedInstanceType.ValueNotSupported");
        }
        var wanted = tags.narrow(scope, ResourceType.EIP, blank(filters.allocationId()) ? List.of()
                : List.of(filters.allocationId().split(",")), tagged, resourceGroup, call.defaultResourceGroup());
        if (wanted.isEmpty()) none = true;
        List<String> ids = wanted.orElse(List.of());
        var paging = call.paging(10);
        Page<ElasticIp> page = none ? new Page<>(List.of(), 0) : eips.list(scope, new EipFilter(ids,
                filters.eipAddress(), status, kind, filters.associatedInstanceId(), name, AliyunFormats.orNull(pool),
                AliyunFormats.orNull(segment)), paging.offset(), paging.limit());
        call.paged(answer, paging, page.total());
        return page;
    }

    public Map<String, Map<String, String>> tagsOf(List<ElasticIp> page) {
        return tags.of(page.stream().map(ElasticIp::id).toList());
    }

    /** The resource group of each EIP of the page (defaultGroup: the account's, for an EIP in none). */
    public Map<String, String> groupsOf(String defaultGroup, List<ElasticIp> page) {
        return tags.groups(page.stream().map(ElasticIp::id).toList(), defaultGroup);
    }

    /** Those EIPs of the page protected from deletion. */
    public Set<String> protectedOf(List<String> ids) {
        return tags.protectedOf(ids);
    }


    /**
     * An EIP as DescribeEipAddresses writes it: Status InUse while bound, else Available; InstanceId and
     * InstanceType (what it is bound to) "" when free.
     */
    public static <T extends EipAddressAnswer> T eipAddress(T out, ElasticIp e) {
        out.setAllocationId(e.id()).setIpAddress(e.address()).setRegionId(e.region())
                .setStatus(e.bound() ? IN_USE : AVAILABLE)
                .setBandwidth(String.valueOf(e.bandwidthMbps())).setEipBandwidth(String.valueOf(e.bandwidthMbps()))
                .setInternetChargeType(e.internetChargeType()).setChargeType(e.chargeType()).setExpiredTime("")
                .setAllocationTime(AliyunFormats.time(e.createdAt())).setInstanceId(e.targetId())
                .setInstanceType(e.bound() ? INSTANCE_TYPES.getOrDefault(e.targetKind(), "") : "");
        return out;
    }
}
