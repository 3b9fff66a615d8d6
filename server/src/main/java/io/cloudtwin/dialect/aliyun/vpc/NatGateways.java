package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;
import static io.cloudtwin.dialect.aliyun.vpc.VpcNat.AVAILABLE;

import java.util.Arrays;
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
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.nat.ForwardEntry;
import io.cloudtwin.core.nat.NatGateway;
import io.cloudtwin.core.nat.NatIpService;
import io.cloudtwin.core.nat.NatService;
import io.cloudtwin.core.nat.SnatEntry;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateForwardEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateForwardEntryResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateNatGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateNatGatewayResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateSnatEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateSnatEntryResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteForwardEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteNatGatewayRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteSnatEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeForwardTableEntriesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeForwardTableEntriesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyForwardEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyNatGatewaySpecRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeNatGatewaysRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeNatGatewaysResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeSnatTableEntriesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeSnatTableEntriesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyNatGatewayAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifySnatEntryRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateNatGatewayNatTypeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * NAT gateways (enhanced, in a vSwitch of their VPC) with their SNAT table (stb-) and forward table (ftb-), one each,
 * named after the gateway (ngw-): the table ids say whose they are. Every gateway and entry is Available at once.
 */
@Component
record NatGateways(NatService nat, NatIpService natIps, TagService tags, ClientTokens tokens, VpcNat shared)
        implements VpcApi.CreateNatGateway, VpcApi.DescribeNatGateways, VpcApi.ModifyNatGatewayAttribute,
        VpcApi.DeleteNatGateway, VpcApi.CreateSnatEntry, VpcApi.DescribeSnatTableEntries, VpcApi.ModifySnatEntry,
        VpcApi.DeleteSnatEntry, VpcApi.CreateForwardEntry, VpcApi.DescribeForwardTableEntries,
        VpcApi.DeleteForwardEntry, VpcApi.ModifyForwardEntry, VpcApi.ModifyNatGatewaySpec,
        VpcApi.UpdateNatGatewayNatType {
    /** The specs of a gateway billed by its spec (Spec of CreateNatGateway and ModifyNatGatewaySpec). */
    private static final Set<String> SPECS = Set.of("Small", "Middle", "Large", "XLarge.1");
    private static final Set<String> NAT_TYPES = Set.of("Enhanced", "Normal");
    private static final Set<String> NETWORK_TYPES = Set.of("internet", "intranet");
    private static final Set<String> BIND_MODES = Set.of("MULTI_BINDED", "NAT");

    static String snatTableId(String gatewayId) {
        return VpcNat.snatTableId(gatewayId);
    }

    static String forwardTableId(String gatewayId) {
        return VpcNat.forwardTableId(gatewayId);
    }

    private static String gatewayOf(String tableId, String prefix) {
        return VpcNat.gatewayOf(tableId, prefix);
    }

    @Override
    public CreateNatGatewayResponse createNatGateway(AliyunCall call, CreateNatGatewayRequest r) {
        Scope scope = call.scope();
        String natType = or(r.natType(), "Enhanced");
        if (!NAT_TYPES.contains(natType)) throw call.invalid("NatType");
        if (natType.equals("Enhanced") && (r.vSwitchId() == null || r.vSwitchId().isEmpty())) throw call.missing("VSwitchId");
        String networkType = or(r.networkType(), "internet");
        if (!NETWORK_TYPES.contains(networkType)) throw call.invalid("NetworkType");
        String bindMode = or(r.eipBindMode(), "MULTI_BINDED");
        if (!BIND_MODES.contains(bindMode)) throw call.invalid("EipBindMode");
        var spec = new NatService.NewNat(r.vpcId(), r.vSwitchId() == null || r.vSwitchId().isEmpty() ? null : r.vSwitchId(),
                r.name(), r.description(), r.spec(), natType, networkType, bindMode,
                or(r.internetChargeType(), NatService.PAY_BY_LCU),
                or(r.instanceChargeType(), "PostPaid"), r.icmpReplyEnabled() == null || r.icmpReplyEnabled());
        String id = call.once(tokens, scope, r.clientToken(), () -> nat.create(scope,
                Ids.Shape.NAT_GATEWAY.next(Cloud.ALIYUN), spec, call.tags(r.tag())).id());
        return new CreateNatGatewayResponse().setNatGatewayId(id).setSnatTableIds(List.of(snatTableId(id)))
                .setForwardTableIds(List.of(forwardTableId(id))).setFullNatTableIds(List.of())
                .setBandwidthPackageIds(new CreateNatGatewayResponse.BandwidthPackageIds());
    }

    @Override
    public DescribeNatGatewaysResponse describeNatGateways(AliyunCall call, DescribeNatGatewaysRequest r) {
        Scope scope = call.scope();
        boolean none = r.status() != null && !r.status().isEmpty() && !r.status().equals(AVAILABLE);
        var wanted = call.narrow(tags, scope, ResourceType.NAT_GATEWAY, r.natGatewayId(), r.tag(), r.resourceGroupId());
        if (wanted.isEmpty()) none = true;
        List<String> ids = wanted.orElse(List.of());
        var paging = call.paging(10);
        Page<NatGateway> page = none ? new Page<>(List.of(), 0) : nat.list(scope, new NatService.Filter(ids, r.vpcId(),
                r.name(), r.natType()), paging.offset(), paging.limit());
        var out = new DescribeNatGatewaysResponse();
        call.paged(out, paging, page.total());
        var shown = page.items().stream().map(NatGateway::id).toList();
        var tagged = tags.of(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        var protectedOnes = tags.protectedOf(shown);
        var privateAddresses = natIps.defaultAddresses(shown);
        return out.setNatGateways(page.items().stream().map(g -> gateway(g, nat.eipsOf(g.id()), tagged.get(g.id()),
                        privateAddresses.getOrDefault(g.id(), "")).setResourceGroupId(grouped.get(g.id()))
                .setDeletionProtection(protectedOnes.contains(g.id()))).toList());
    }

    /**
     * A gateway as DescribeNatGateways writes it: the table ids and NatGatewayPrivateInfo always present, its
     * PrivateIpAddress a VPC NAT gateway's default NAT IP ("" for others: their address in the vSwitch is not kept).
     */
    private static DescribeNatGatewaysResponse.NatGateway gateway(NatGateway g, List<ElasticIp> eips,
                                                                  Map<String, String> tagged, String privateAddress) {
        return VpcNat.gateway(new DescribeNatGatewaysResponse.NatGateway(), g).setNatType(g.natType())
                .setNetworkType(g.networkType()).setEipBindMode(g.eipBindMode())
                .setInternetChargeType(g.internetChargeType()).setIcmpReplyEnabled(g.icmpReplyEnabled()).setAutoPay(false)
                .setEcsMetricEnabled(false).setSecurityProtectionEnabled(false)
                .setPrivateLinkEnabled(false).setPrivateLinkMode("FullNat").setEnableSessionLog("false")
                .setExpiredTime("").setSnatTableIds(List.of(snatTableId(g.id())))
                .setFullNatTableIds(List.of()).setBandwidthPackageIds(new DescribeNatGatewaysResponse.BandwidthPackageIds())
                .setNatGatewayPrivateInfo(new DescribeNatGatewaysResponse.NatGatewayPrivateInfo()
                        .setVswitchId(g.subnetId() == null ? "" : g.subnetId()).setEniInstanceId("")
                        .setPrivateIpAddress(privateAddress)
                        .setIzNo("").setEniType("indirect").setMaxBandwidth(5000).setMaxSessionQuota(2000000)
                        .setMaxSessionEstablishRate(100000))
                .setIpLists(eips.stream().map(e -> new DescribeNatGatewaysResponse.IpList().setAllocationId(e.id())
                        .setIpAddress(e.address()).setPrivateIpAddress("").setSnatEntryEnabled(true)
                        .setUsingStatus("Idle")).toList())
                .setTags(AliyunFormats.tags(tagged, DescribeNatGatewaysResponse.Tag::new));
    }

    @Override
    public void modifyNatGatewayAttribute(AliyunCall call, ModifyNatGatewayAttributeRequest r) {
        if (r.eipBindMode() != null && !BIND_MODES.contains(r.eipBindMode())) throw call.invalid("EipBindMode");
        nat.modify(call.scope(), r.natGatewayId(), r.name(), r.description(), r.eipBindMode(), r.icmpReplyEnabled());
    }

    @Override
    public void deleteNatGateway(AliyunCall call, DeleteNatGatewayRequest r) {
        nat.delete(call.scope(), r.natGatewayId(), Boolean.TRUE.equals(r.force()));
    }

    @Override
    public CreateSnatEntryResponse createSnatEntry(AliyunCall call, CreateSnatEntryRequest r) {
        Scope scope = call.scope();
        boolean bySubnet = r.sourceVSwitchId() != null && !r.sourceVSwitchId().isEmpty();
        boolean byCidr = r.sourceCIDR() != null && !r.sourceCIDR().isEmpty();
        if (bySubnet == byCidr) throw call.firstError("SourceVSwitchId", "CreateSnatEntry.ParamExclusive.sourceVSwitchIdAndsourceCIDR");
        if (r.snatIp() == null || r.snatIp().isEmpty()) throw call.missing("SnatIp");
        var spec = new NatService.NewSnat(bySubnet ? r.sourceVSwitchId() : null, byCidr ? r.sourceCIDR() : null,
                Arrays.stream(r.snatIp().split(",")).map(String::trim).toList(), r.snatEntryName());
        String gateway = gatewayOf(r.snatTableId(), "stb-");
        String created = call.once(tokens, scope, r.clientToken(),
                () -> nat.createSnat(scope, gateway, spec).id());
        return new CreateSnatEntryResponse().setSnatEntryId(created);
    }

    @Override
    public DescribeSnatTableEntriesResponse describeSnatTableEntries(AliyunCall call, DescribeSnatTableEntriesRequest r) {
        Scope scope = call.scope();
        String gateway = tableGateway(call, r.snatTableId(), "stb-", r.natGatewayId(), "SnatTableId");
        var paging = call.paging(10);
        Page<SnatEntry> page = nat.snatEntries(scope, new NatService.EntryFilter(gateway, r.snatEntryId(),
                r.snatEntryName()), r.sourceVSwitchId(), r.sourceCIDR(), paging.offset(), paging.limit());
        var out = new DescribeSnatTableEntriesResponse();
        call.paged(out, paging, page.total());
        return out.setSnatTableEntries(page.items().stream().map(e -> new DescribeSnatTableEntriesResponse.SnatTableEntry()
                .setSnatEntryId(e.id()).setSnatTableId(snatTableId(e.natGatewayId())).setNatGatewayId(e.natGatewayId())
                .setSourceVSwitchId(e.sourceSubnetId()).setSourceCIDR(e.sourceCidr()).setSnatIp(e.snatIps())
                .setSnatEntryName(e.name()).setEipAffinity("0").setStatus(AVAILABLE)).toList());
    }

    @Override
    public void modifySnatEntry(AliyunCall call, ModifySnatEntryRequest r) {
        if (r.snatEntryName() != null) {
            nat.renameSnat(call.scope(), gatewayOf(r.snatTableId(), "stb-"), r.snatEntryId(), r.snatEntryName());
        }
    }

    @Override
    public void deleteSnatEntry(AliyunCall call, DeleteSnatEntryRequest r) {
        nat.deleteSnat(call.scope(), gatewayOf(r.snatTableId(), "stb-"), r.snatEntryId());
    }

    @Override
    public CreateForwardEntryResponse createForwardEntry(AliyunCall call, CreateForwardEntryRequest r) {
        Scope scope = call.scope();
        var spec = VpcNat.forward(r.externalIp(), r.externalPort(), r.internalIp(), r.internalPort(), r.ipProtocol(),
                r.forwardEntryName());
        String gateway = gatewayOf(r.forwardTableId(), "ftb-");
        String created = call.once(tokens, scope, r.clientToken(),
                () -> nat.createForward(scope, gateway, spec).id());
        return new CreateForwardEntryResponse().setForwardEntryId(created);
    }

    @Override
    public void modifyNatGatewaySpec(AliyunCall call, ModifyNatGatewaySpecRequest r) {
        if (!SPECS.contains(r.spec())) throw call.error("InvalidParameter.Spec.ValueNotSupported");
        nat.respec(call.scope(), r.natGatewayId(), r.spec());
    }

    @Override
    public void modifyForwardEntry(AliyunCall call, ModifyForwardEntryRequest r) {
        nat.modifyForward(call.scope(), gatewayOf(r.forwardTableId(), "ftb-"), r.forwardEntryId(),
                VpcNat.forward(r.externalIp(), r.externalPort(), r.internalIp(), r.internalPort(), r.ipProtocol(),
                        r.forwardEntryName()));
    }

    @Override
    public DescribeForwardTableEntriesResponse describeForwardTableEntries(AliyunCall call, DescribeForwardTableEntriesRequest r) {
        String gateway = tableGateway(call, r.forwardTableId(), "ftb-", r.natGatewayId(), "ForwardTableId");
        var out = new DescribeForwardTableEntriesResponse();
        Page<ForwardEntry> page = shared.forwards(call, out, gateway, r.forwardEntryId(), r.forwardEntryName(),
                r.externalIp(), r.internalIp(), r.ipProtocol());
        return out.setForwardTableEntries(page.items().stream().map(e -> VpcNat.forwardEntry(
                new DescribeForwardTableEntriesResponse.ForwardTableEntry(), e).setNatGatewayId(e.natGatewayId())
                .setForwardEntryName(e.name())).toList());
    }

    @Override
    public void deleteForwardEntry(AliyunCall call, DeleteForwardEntryRequest r) {
        shared.deleteForward(call, r.forwardTableId(), r.forwardEntryId());
    }

    /** The gateway a Describe*TableEntries reads: its table's (of that prefix), else NatGatewayId; neither: missing. */
    private static String tableGateway(AliyunCall call, String tableId, String prefix, String natGatewayId,
                                       String tableParam) {
        String gateway = tableId != null && !tableId.isEmpty() ? gatewayOf(tableId, prefix) : natGatewayId;
        if (gateway == null || gateway.isEmpty()) throw call.missing(tableParam);
        return gateway;
    }

    @Override
    public void updateNatGatewayNatType(AliyunCall call, UpdateNatGatewayNatTypeRequest r) {
        if (!"Enhanced".equals(r.natType())) throw call.error("OperationFailed.NatTypeNotEnhanced");
        nat.convert(call.scope(), r.natGatewayId(), r.natType(), r.vSwitchId());
    }
}
