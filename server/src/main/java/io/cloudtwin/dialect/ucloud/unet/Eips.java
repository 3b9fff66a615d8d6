package io.cloudtwin.dialect.ucloud.unet;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.core.eip.EipFilter;
import io.cloudtwin.core.eip.EipGroups;
import io.cloudtwin.core.eip.EipWeights;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.eip.SharedBandwidth;
import io.cloudtwin.core.eip.SharedBandwidthService;
import io.cloudtwin.core.nat.NatService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.unet.api.AllocateEIPRequest;
import io.cloudtwin.dialect.ucloud.unet.api.AllocateEIPResponse;
import io.cloudtwin.dialect.ucloud.unet.api.BindEIPRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeEIPRequest;
import io.cloudtwin.dialect.ucloud.unet.api.DescribeEIPResponse;
import io.cloudtwin.dialect.ucloud.unet.api.EIPBinding;
import io.cloudtwin.dialect.ucloud.unet.api.EIPPayModeSet;
import io.cloudtwin.dialect.ucloud.unet.api.ModifyEIPBandwidthRequest;
import io.cloudtwin.dialect.ucloud.unet.api.ModifyEIPWeightRequest;
import io.cloudtwin.dialect.ucloud.unet.api.ReleaseEIPRequest;
import io.cloudtwin.dialect.ucloud.unet.api.GetEIPPayModeRequest;
import io.cloudtwin.dialect.ucloud.unet.api.GetEIPPayModeResponse;
import io.cloudtwin.dialect.ucloud.unet.api.SetEIPPayModeRequest;
import io.cloudtwin.dialect.ucloud.unet.api.ShareBandwidthSet;
import io.cloudtwin.dialect.ucloud.unet.api.UnBindEIPRequest;
import io.cloudtwin.dialect.ucloud.unet.api.UnetAllocateEIPSet;
import io.cloudtwin.dialect.ucloud.unet.api.UnetApi;
import io.cloudtwin.dialect.ucloud.unet.api.UnetEIPAddrSet;
import io.cloudtwin.dialect.ucloud.unet.api.UnetEIPResourceSet;
import io.cloudtwin.dialect.ucloud.unet.api.UnetEIPSet;
import io.cloudtwin.dialect.ucloud.unet.api.UpdateEIPAttributeRequest;

/**
 * UNet elastic IPs on the core's cloud-neutral EIPs (main's core.eip, shared with Aliyun): free or used, bound to one
 * host (uhost) or ULB (ulb) at a time, each holding one, or to a NAT gateway (natgw), which holds several and keeps
 * one at least (4235); released only when free. OperatorName is the EIP's ISP, PayMode its internet charge type,
 * Remark its description, Tag its group. An EIP in a share bandwidth (ShareBandwidths) has PayMode ShareBandwidth and
 * the share bandwidth's Bandwidth (BandwidthType 1). Other resource types are not served: binding to one is refused as
 * a resource the EIP cannot take (4218).
 */
@Component
public record Eips(ElasticIpService eips, EipGroups groups, InstanceService instances, LoadBalancerService lbs,
                   NatService nats, SharedBandwidthService shared, InterfaceService interfaces, EipWeights weights)

        implements UnetApi.AllocateEIP, UnetApi.DescribeEIP, UnetApi.BindEIP, UnetApi.UnBindEIP, UnetApi.ReleaseEIP,
        UnetApi.UpdateEIPAttribute, UnetApi.ModifyEIPBandwidth, UnetApi.SetEIPPayMode, UnetApi.GetEIPPayMode,
        UnetApi.ModifyEIPWeight {
    /** The core's target kind of each ResourceType served. */
    private static final Map<String, String> KINDS = Map.of("uhost", "instance", "ulb", "load_balancer", "natgw",
            NatService.EIP_TARGET, "uni", ElasticIp.INTERFACE);
    private static final Map<String, String> TYPES = Map.of("instance", "uhost", "load_balancer", "ulb",
            NatService.EIP_TARGET, "natgw", ElasticIp.INTERFACE, "uni");
    private static final Set<String> PAY_MODES = Set.of("Bandwidth", "Traffic");
    /** The PayMode of an EIP in a share bandwidth. */
    private static final String SHARE_BANDWIDTH = "ShareBandwidth";
    /** DescribeEIP documents no maximum Limit: this keeps a page bounded. */
    private static final int MAX_LIMIT = 10_000;
    /** The largest Bandwidth (Mbps) cloudtwin takes; UCloud's depends on the account. */
    static final int MAX_BANDWIDTH = 800;

    @Override
    public AllocateEIPResponse allocateEIP(UcloudCall call, AllocateEIPRequest r) {
        boolean sharing = SHARE_BANDWIDTH.equals(r.payMode());
        String payMode = sharing ? "Bandwidth" : payMode(call, r.payMode());
        int bandwidth;
        if (sharing) {
            if (UcloudFormats.empty(r.shareBandwidthId())) throw call.missing("ShareBandwidthId");
            if (r.bandwidth() != null && r.bandwidth() != 0) {
                throw call.error(UcloudRetCode.EIP_SHARE_BANDWIDTH_ZERO, String.valueOf(r.bandwidth()));
            }
            bandwidth = 0;
        } else {
            bandwidth = bandwidth(call, r.bandwidth());
        }
        if (r.count() < 1 || r.count() > 10) throw call.error(UcloudRetCode.EIP_COUNT, String.valueOf(r.count()));
        String tag = UcloudFormats.text(r.tag(), "Default", "Tag", TAG);
        var spec = new ElasticIpService.NewEip(UcloudFormats.text(r.name(), "Name", NAME),
                UcloudFormats.text(r.remark(), "", "Remark", REMARK), bandwidth, payMode,
                r.chargeType() == null ? "Dynamic" : r.chargeType(), r.operatorName(), null);
        List<UnetAllocateEIPSet> out = new ArrayList<>();
        for (int n = 0; n < r.count(); n++) {
            String id = Ids.random("eip-", 8);
            ElasticIp e = sharing
                    ? shared.allocateInto(call.scope(), r.shareBandwidthId(),
                            () -> eips.allocate(call.scope(), id, spec, Map.of()))
                    : eips.allocate(call.scope(), id, spec, Map.of());
            groups.set(e.id(), tag);
            out.add(new UnetAllocateEIPSet().setEipId(e.id()).setEipAddr(List.of(address(e))));
        }
        return new AllocateEIPResponse().setEipSet(out);
    }

    @Override
    public DescribeEIPResponse describeEIP(UcloudCall call, DescribeEIPRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        EipFilter filter = new EipFilter(r.eipIds().isEmpty() ? null : r.eipIds(), null, null, null, null, null, null,
                null);
        Page<ElasticIp> page;
        if (!r.ips().isEmpty()) {
            List<ElasticIp> matching = eips.list(call.scope(), filter, 0, MAX_LIMIT).items().stream()
                    .filter(e -> r.ips().contains(e.address())).toList();
            page = window.page(matching);
        } else {
            page = eips.list(call.scope(), filter, window.offset(), window.limit());
        }
        List<String> ids = page.items().stream().map(ElasticIp::id).toList();
        Map<String, String> tags = groups.of(ids);
        var sharing = shared.sharingOf(ids);
        Map<String, String> weighted = weights.of(ids);
        List<UnetEIPSet> out = new ArrayList<>();
        int total = 0;
        // an EIP no request grouped (one made with its host) is in the Default group
        for (ElasticIp e : page.items()) {
            String tag = tags.getOrDefault(e.id(), "");
            var in = sharing.get(e.id());
            SharedBandwidth share = in == null ? null : in.sharedBandwidth();
            out.add(eip(call, e, tag.isEmpty() ? "Default" : tag, share).setWeight(weighted.containsKey(e.id())
                    ? Integer.parseInt(weighted.get(e.id())) : EipWeights.DEFAULT));
            total += share == null ? e.bandwidthMbps() : share.bandwidth();
        }
        return new DescribeEIPResponse().setTotalCount(UcloudFormats.total(page)).setEipSet(out)
                .setUnbindCount((int) page.items().stream().filter(e -> !e.bound()).count())
                .setTotalBandwidth(total);
    }

    @Override
    public void bindEIP(UcloudCall call, BindEIPRequest r) {
        eips.bind(call.scope(), r.eipId(), kind(r.eipId(), r.resourceType()), r.resourceId());
    }

    @Override
    public void unBindEIP(UcloudCall call, UnBindEIPRequest r) {
        ElasticIp e = eips.get(call.scope(), r.eipId());
        if (e.bound() && !TYPES.getOrDefault(e.targetKind(), "").equals(r.resourceType())) {
            throw call.error(UcloudRetCode.EIP_NOT_BOUND, r.eipId());
        }
        eips.unbind(call.scope(), r.eipId(), r.resourceId());
    }

    @Override
    public void releaseEIP(UcloudCall call, ReleaseEIPRequest r) {
        eips.release(call.scope(), r.eipId());
    }

    @Override
    public void updateEIPAttribute(UcloudCall call, UpdateEIPAttributeRequest r) {
        eips.modify(call.scope(), r.eipId(), UcloudFormats.text(r.name(), "Name", NAME),
                UcloudFormats.text(r.remark(), "Remark", REMARK), null, null);
        if (r.tag() != null) groups.set(r.eipId(), r.tag().isEmpty() ? "Default" : UcloudFormats.text(r.tag(), "Tag", TAG));
    }

    @Override
    public void modifyEIPBandwidth(UcloudCall call, ModifyEIPBandwidthRequest r) {
        eips.modify(call.scope(), r.eipId(), null, null, bandwidth(call, r.bandwidth()), null);
    }

    @Override
    public void setEIPPayMode(UcloudCall call, SetEIPPayModeRequest r) {
        eips.modify(call.scope(), r.eipId(), null, null, bandwidth(call, r.bandwidth()), payMode(call, r.payMode()));
    }

    /** EIPId, Weight (0..100, checked from the spec): DescribeEIP's Weight of the EIP from now on (50 until set). */
    @Override
    public void modifyEIPWeight(UcloudCall call, ModifyEIPWeightRequest r) {
        weights.set(call.scope(), r.eipId(), r.weight());
    }

    @Override
    public GetEIPPayModeResponse getEIPPayMode(UcloudCall call, GetEIPPayModeRequest r) {
        List<ElasticIp> asked = new ArrayList<>();
        for (String id : r.eipId()) asked.add(eips.get(call.scope(), id));
        var sharing = shared.sharingOf(r.eipId());
        return new GetEIPPayModeResponse().setEipPayMode(asked.stream().map(e -> new EIPPayModeSet().setEipId(e.id())
                .setEipPayMode(sharing.containsKey(e.id()) ? SHARE_BANDWIDTH : e.internetChargeType())).toList());
    }

    // ---- answers

    private static UnetEIPAddrSet address(ElasticIp e) {
        return new UnetEIPAddrSet().setOperatorName(e.isp()).setIp(e.address());
    }

    /**
     * UnetEIPSet; Resource has empty fields while the EIP is free, its id both as ResourceID (the doc's) and ResourceId
     * (the SDKs' deprecated field, which ucloud_eip reads).
     */
    private UnetEIPSet eip(UcloudCall call, ElasticIp e, String tag, SharedBandwidth share) {
        UnetEIPResourceSet resource = new UnetEIPResourceSet().setResourceType(TYPES.getOrDefault(e.targetKind(), ""))
                .setResourceName(e.bound() ? resourceName(call, e) : "").setResourceID(e.targetId())
                .setResourceId2(e.targetId())
                .setSubResourceType("").setSubResourceName("").setSubResourceId("").setEipId(e.id());
        UnetEIPSet out = new UnetEIPSet().setEipId(e.id()).setBandwidthType(share == null ? 0 : 1)
                .setBandwidth(share == null ? e.bandwidthMbps() : share.bandwidth())
                .setStatus(e.bound() ? "used" : "free").setChargeType(e.chargeType())
                .setCreateTime(unix(e.createdAt())).setExpireTime(0).setResource(resource)
                .setEipAddr(List.of(address(e))).setName(e.name()).setTag(tag).setRemark(e.description())
                .setPayMode(share == null ? e.internetChargeType() : SHARE_BANDWIDTH).setExpire(false);
        if (share != null) {
            out.setShareBandwidthSet(new ShareBandwidthSet().setShareBandwidthId(share.id())
                    .setShareBandwidthName(share.name()).setShareBandwidth(share.bandwidth()));
        }
        if (e.bound()) {
            out.setEipBinding(new EIPBinding().setEip(e.address()).setPrivateIP(e.privateIp()).setPrivateIPType("primary"));
        }
        return out;
    }

    private String resourceName(UcloudCall call, ElasticIp e) {
        try {
            return switch (e.targetKind()) {
                case "instance" -> instances.get(call.scope(), e.targetId()).name();
                case "load_balancer" -> lbs.get(call.scope(), e.targetId()).name();
                case NatService.EIP_TARGET -> nats.get(call.scope(), e.targetId()).name();
                case ElasticIp.INTERFACE -> interfaces.get(call.scope(), e.targetId()).name();
                default -> "";
            };
        } catch (DomainException gone) {
            return "";
        }
    }

    // ---- checks

    /** The core's kind of a ResourceType cloudtwin serves; another (upm, udb...) cannot take this EIP (4218). */
    private static String kind(String eipId, String resourceType) {
        String kind = KINDS.get(resourceType);
        if (kind == null) throw new DomainException(DomainError.EIP_TARGET_NOT_FOUND, eipId);
        return kind;
    }

    /**
     * The EIP a new host asks for (CreateUHostInstance's NetworkInterface.N.EIP, keys under prefix): named EIP, billed
     * as the host is; PayMode and Bandwidth as AllocateEIP takes them.
     */
    public static ElasticIpService.NewEip forHost(UcloudCall call, String prefix, Integer bandwidth, String payMode,
                                                  String operatorName, String chargeType) {
        return new ElasticIpService.NewEip("EIP", "", bandwidth(call, prefix, bandwidth),
                payMode(call, prefix, payMode),
                chargeType, operatorName == null || operatorName.isEmpty() ? "Bgp" : operatorName, null);
    }

    private static String payMode(UcloudCall call, String given) {
        return payMode(call, "", given);
    }

    private static String payMode(UcloudCall call, String prefix, String given) {
        String mode = given == null ? "Bandwidth" : given;
        if (!PAY_MODES.contains(mode)) throw call.invalid(prefix + "PayMode");
        return mode;
    }

    private static int bandwidth(UcloudCall call, Integer given) {
        return bandwidth(call, "", given);
    }

    private static int bandwidth(UcloudCall call, String prefix, Integer given) {
        if (given == null || given < 1 || given > MAX_BANDWIDTH) throw call.invalid(prefix + "Bandwidth");
        return given;
    }
}
