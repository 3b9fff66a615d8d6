package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.eip.EipFilter;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.eip.SharedBandwidth;
import io.cloudtwin.core.eip.SharedBandwidthService;
import io.cloudtwin.core.eip.SharedBandwidthService.Leaving;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AddCommonBandwidthPackageIpRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AddCommonBandwidthPackageIpsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CancelCommonBandwidthPackageIpBandwidthRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateCommonBandwidthPackageRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateCommonBandwidthPackageResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteCommonBandwidthPackageRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeCommonBandwidthPackagesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeCommonBandwidthPackagesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeCommonBandwidthPackagesResponse.CommonBandwidthPackage;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeCommonBandwidthPackagesResponse.PublicIpAddresse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyCommonBandwidthPackageAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyCommonBandwidthPackageIpBandwidthRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyCommonBandwidthPackageSpecRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.RemoveCommonBandwidthPackageIpRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Internet Shared Bandwidth (common bandwidth packages, cbwp-): a bandwidth cap the EIPs of its region added to it
 * share, Available at once (no Modifying while it resizes). The core's shared bandwidths, shared with UCloud's
 * ShareBandwidth. An EIP keeps its own bandwidth while it shares one (EipBandwidth) and has it again when taken out;
 * DescribeEipAddresses reports the package beside it.
 */
@Component
record CommonBandwidthPackages(SharedBandwidthService shared, ElasticIpService eips, TagService tags,
                               ClientTokens tokens)
        implements VpcApi.CreateCommonBandwidthPackage, VpcApi.DescribeCommonBandwidthPackages,
        VpcApi.ModifyCommonBandwidthPackageAttribute, VpcApi.ModifyCommonBandwidthPackageSpec,
        VpcApi.AddCommonBandwidthPackageIp, VpcApi.AddCommonBandwidthPackageIps, VpcApi.RemoveCommonBandwidthPackageIp,
        VpcApi.ModifyCommonBandwidthPackageIpBandwidth, VpcApi.CancelCommonBandwidthPackageIpBandwidth,
        VpcApi.DeleteCommonBandwidthPackage {
    /** InternetChargeType: pay by bandwidth (the default), by the 95th percentile, by traffic. */
    private static final Set<String> CHARGE_TYPES = Set.of("PayByBandwidth", "PayBy95", "PayByTraffic",
            "PayByDominantTraffic");
    /** The bandwidth cloudtwin takes, in Mbps (Alibaba's depends on the charge type and the account). */
    private static final int MIN_BANDWIDTH = 1;
    private static final int MAX_BANDWIDTH = 20_000;
    private static final int NAME_MAX = 128;
    private static final int DESCRIPTION_MAX = 256;

    @Override
    public CreateCommonBandwidthPackageResponse createCommonBandwidthPackage(AliyunCall call,
                                                                             CreateCommonBandwidthPackageRequest r) {
        Scope scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        String charge = or(r.internetChargeType(), "PayByBandwidth");
        if (!CHARGE_TYPES.contains(charge)) {
            throw call.firstError("InternetChargeType", "InvalidParameter.InvalidChargeType");
        }
        var spec = new SharedBandwidthService.NewSharedBandwidth(text(call, "Name", r.name(), NAME_MAX),
                text(call, "Description", r.description(), DESCRIPTION_MAX), "", bandwidth(call, r.bandwidth()), charge,
                or(r.isp(), "BGP"), r.ratio() == null ? 100 : r.ratio());
        Map<String, String> tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.SHARED_BANDWIDTH,
                group, () -> shared.create(scope, Ids.Shape.SHARED_BANDWIDTH.next(Cloud.ALIYUN), spec, tagged).id()));
        return new CreateCommonBandwidthPackageResponse().setBandwidthPackageId(id)
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    @Override
    public DescribeCommonBandwidthPackagesResponse describeCommonBandwidthPackages(
            AliyunCall call, DescribeCommonBandwidthPackagesRequest r) {
        Scope scope = call.scope();
        var out = new DescribeCommonBandwidthPackagesResponse();
        var wanted = call.narrow(tags, scope, ResourceType.SHARED_BANDWIDTH,
                r.bandwidthPackageId(), r.tag(), r.resourceGroupId());
        var paging = call.paging(10);
        var page = wanted.isEmpty() ? new Page<SharedBandwidthService.View>(List.of(), 0)
                : shared.list(scope, wanted.get(), blank(r.name()) ? null : r.name(), paging.offset(), paging.limit());
        call.paged(out, paging, page.total());
        var shown = page.items().stream().map(v -> v.sharedBandwidth().id()).toList();
        var tagged = tags.of(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        var protectedOnes = tags.protectedOf(shown);
        return out.setCommonBandwidthPackages(page.items().stream()
                .map(v -> pkg(v, tagged.getOrDefault(v.sharedBandwidth().id(), Map.of()))
                        .setResourceGroupId(grouped.get(v.sharedBandwidth().id()))
                        .setDeletionProtection(protectedOnes.contains(v.sharedBandwidth().id()))).toList());
    }

    private static CommonBandwidthPackage pkg(SharedBandwidthService.View v, Map<String, String> tagged) {
        SharedBandwidth s = v.sharedBandwidth();
        return new CommonBandwidthPackage().setBandwidthPackageId(s.id()).setName(s.name())
                .setDescription(s.description()).setBandwidth(String.valueOf(s.bandwidth()))
                .setInternetChargeType(s.chargeType()).setIsp(s.isp()).setRatio(s.ratio()).setRegionId(s.region())
                .setStatus("Available").setBusinessStatus("Normal").setInstanceChargeType("PostPaid")
                .setCreationTime(AliyunFormats.time(s.createdAt())).setExpiredTime("")
                .setServiceManaged(0).setHasReservationData("false").setReservationBandwidth("")
                .setReservationActiveTime("").setReservationOrderType("").setReservationInternetChargeType("")
                .setBizType("").setZone("").setSecurityProtectionTypes(List.of())
                .setTags(AliyunFormats.keyValueTags(tagged, DescribeCommonBandwidthPackagesResponse.Tag::new))
                .setPublicIpAddresses(v.eips().stream().map(e -> new PublicIpAddresse()
                        .setAllocationId(e.eip().id()).setIpAddress(e.eip().address())
                        .setBandwidthPackageIpRelationStatus("BINDED")).toList());
    }

    @Override
    public void modifyCommonBandwidthPackageAttribute(AliyunCall call, ModifyCommonBandwidthPackageAttributeRequest r) {
        shared.modify(call.scope(), r.bandwidthPackageId(), text(call, "Name", r.name(), NAME_MAX),
                text(call, "Description", r.description(), DESCRIPTION_MAX), null);
    }

    @Override
    public void modifyCommonBandwidthPackageSpec(AliyunCall call, ModifyCommonBandwidthPackageSpecRequest r) {
        shared.modify(call.scope(), r.bandwidthPackageId(), null, null, bandwidth(call, r.bandwidth()));
    }

    @Override
    public void addCommonBandwidthPackageIp(AliyunCall call, AddCommonBandwidthPackageIpRequest r) {
        ipType(call, r.ipType());
        postPaid(call, List.of(r.ipInstanceId()));
        shared.add(call.scope(), r.bandwidthPackageId(), List.of(r.ipInstanceId()));
    }

    @Override
    public void addCommonBandwidthPackageIps(AliyunCall call, AddCommonBandwidthPackageIpsRequest r) {
        ipType(call, r.ipType());
        postPaid(call, r.ipInstanceIds());
        shared.add(call.scope(), r.bandwidthPackageId(), r.ipInstanceIds());
    }

    @Override
    public void removeCommonBandwidthPackageIp(AliyunCall call, RemoveCommonBandwidthPackageIpRequest r) {
        shared.remove(call.scope(), r.bandwidthPackageId(), List.of(r.ipInstanceId()), Leaving.AS_BEFORE);
    }

    @Override
    public void modifyCommonBandwidthPackageIpBandwidth(
            AliyunCall call, ModifyCommonBandwidthPackageIpBandwidthRequest r) {
        shared.capEip(call.scope(), r.bandwidthPackageId(), r.eipId(), bandwidth(call, r.bandwidth()));
    }

    @Override
    public void cancelCommonBandwidthPackageIpBandwidth(
            AliyunCall call, CancelCommonBandwidthPackageIpBandwidthRequest r) {
        shared.capEip(call.scope(), r.bandwidthPackageId(), r.eipId(), null);
    }

    @Override
    public void deleteCommonBandwidthPackage(AliyunCall call, DeleteCommonBandwidthPackageRequest r) {
        boolean force = switch (or(r.force(), "false")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw call.invalid("Force");
        };
        shared.delete(call.scope(), r.bandwidthPackageId(), force, Leaving.AS_BEFORE);
    }

    // ---- checks

    private static int bandwidth(AliyunCall call, Object given) {
        int mbps;
        try {
            mbps = given instanceof Integer i ? i : Integer.parseInt(String.valueOf(given).trim());
        } catch (NumberFormatException e) {
            throw call.firstError("Bandwidth", "InvalidParameter.Bandwidth", "InvalidBandwidth.ValueNotSupported");
        }
        if (mbps < MIN_BANDWIDTH || mbps > MAX_BANDWIDTH) {
            throw call.firstError("Bandwidth", "InvalidParameter.Bandwidth", "InvalidBandwidth.ValueNotSupported");
        }
        return mbps;
    }

    /** A subscription (PrePaid) EIP joins no package: IpInstanceId.ChargeType.NotSupport (its billing is fixed). */
    private void postPaid(AliyunCall call, List<String> eipIds) {
        for (String id : eipIds) {
            var e = eips.list(call.scope(), new EipFilter(List.of(id), null, null, null, null, null, null, null), 0, 1)
                    .items();
            if (!e.isEmpty() && "PrePaid".equals(e.get(0).chargeType())) {
                throw call.firstError("IpInstanceId", "IpInstanceId.ChargeType.NotSupport");
            }
        }
    }

    private static void ipType(AliyunCall call, String ipType) {
        if (!blank(ipType) && !ipType.equals("EIP")) throw call.firstError("IpType", "OperationUnsupported.IpType");
    }

    /** A name or description: at most max characters, not a link; null stays null (not given). */
    private static String text(AliyunCall call, String name, String value, int max) {
        if (value == null) return null;
        if (value.length() > max || url(value)) {
            throw call.firstError(name, "InvalidParameter." + name + ".Malformed");
        }
        return value;
    }
}
