package io.cloudtwin.dialect.aliyun.vpc;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunAnswer;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.nat.ForwardEntry;
import io.cloudtwin.core.nat.NatGateway;
import io.cloudtwin.core.nat.NatService;
import io.cloudtwin.dialect.aliyun.api.ForwardEntryAnswer;
import io.cloudtwin.dialect.aliyun.api.NatGatewayAnswer;

/**
 * NAT gateways and their forward tables as the VPC product answers them (NatGateways, NatIps, and through them the ECS
 * product's deprecated aliases with Version=2014-05-26): a gateway's SNAT table (stb-) and forward table (ftb-) are
 * named after it (ngw-), so the table ids say whose they are.
 */
@Component
record VpcNat(NatService nat) {
    public static final String AVAILABLE = "Available";

    public static String snatTableId(String gatewayId) {
        return "stb-" + gatewayId.substring(gatewayId.indexOf('-') + 1);
    }

    public static String forwardTableId(String gatewayId) {
        return "ftb-" + gatewayId.substring(gatewayId.indexOf('-') + 1);
    }

    /** The gateway a table id names (stb-x, ftb-x: ngw-x), or the id unchanged when it is no table of that prefix. */
    public static String gatewayOf(String tableId, String prefix) {
        return tableId.startsWith(prefix) ? "ngw-" + tableId.substring(prefix.length()) : tableId;
    }

    /** One page (PageNumber/PageSize, 10 by default) of the gateways of ids (empty: any) and VPC, paged on answer. */
    public Page<NatGateway> describe(AliyunCall call, AliyunAnswer answer, List<String> ids, String vpcId, String name,
                                     String natType) {
        var paging = call.paging(10);
        Page<NatGateway> page = nat.list(call.scope(), new NatService.Filter(ids, vpcId, name, natType),
                paging.offset(), paging.limit());
        call.paged(answer, paging, page.total());
        return page;
    }

    /** A gateway as DescribeNatGateways writes it: Available, its forward table named after it. */
    public static <T extends NatGatewayAnswer> T gateway(T out, NatGateway g) {
        out.setNatGatewayId(g.id()).setRegionId(g.region()).setVpcId(g.vpcId()).setName(g.name())
                .setDescription(g.description()).setStatus(AVAILABLE).setBusinessStatus("Normal").setSpec(g.spec())
                .setInstanceChargeType(g.chargeType()).setCreationTime(AliyunFormats.time(g.createdAt()))
                .setForwardTableIds(List.of(forwardTableId(g.id())));
        return out;
    }

    /** A port forwarding as DescribeForwardTableEntries writes it. */
    public static <T extends ForwardEntryAnswer> T forwardEntry(T out, ForwardEntry e) {
        out.setForwardEntryId(e.id()).setForwardTableId(forwardTableId(e.natGatewayId())).setExternalIp(e.externalIp())
                .setExternalPort(e.externalPort()).setInternalIp(e.internalIp()).setInternalPort(e.internalPort())
                .setIpProtocol(e.ipProtocol()).setStatus(AVAILABLE);
        return out;
    }

    /**
     * A DNAT entry as CreateForwardEntry describes it. IpProtocol in any case: the API documents TCP, UDP and Any, the
     * alicloud provider sends tcp, udp and any; it is kept (and answered) in lower case, as the provider reads it back.
     * The ports of an Any entry are Any too, in the same way.
     */
    public static NatService.NewForward forward(String externalIp, String externalPort, String internalIp,
                                                String internalPort, String ipProtocol, String name) {
        return new NatService.NewForward(externalIp, anyPort(externalPort), internalIp, anyPort(internalPort),
                lower(ipProtocol), name);
    }

    private static String anyPort(String port) {
        return "any".equalsIgnoreCase(port) ? "any" : port;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    public ForwardEntry createForward(AliyunCall call, String forwardTableId, NatService.NewForward spec) {
        return nat.createForward(call.scope(), gatewayOf(forwardTableId, "ftb-"), spec);
    }

    /** One page (PageNumber/PageSize, 10 by default) of a forward table's entries, paged on answer. */
    public Page<ForwardEntry> forwards(AliyunCall call, AliyunAnswer answer, String gatewayId, String entryId,
                                       String name, String externalIp, String internalIp, String ipProtocol) {
        Scope scope = call.scope();
        var paging = call.paging(10);
        Page<ForwardEntry> page = nat.forwardEntries(scope, new NatService.EntryFilter(gatewayId, entryId, name),
                externalIp, internalIp, lower(ipProtocol), paging.offset(), paging.limit());
        call.paged(answer, paging, page.total());
        return page;
    }

    public void deleteForward(AliyunCall call, String forwardTableId, String entryId) {
        nat.deleteForward(call.scope(), gatewayOf(forwardTableId, "ftb-"), entryId);
    }
}
