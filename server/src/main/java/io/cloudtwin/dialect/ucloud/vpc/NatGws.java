package io.cloudtwin.dialect.ucloud.vpc;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.nat.ForwardEntry;
import io.cloudtwin.core.nat.NatGateway;
import io.cloudtwin.core.nat.NatLinkService;
import io.cloudtwin.core.nat.NatLinks;
import io.cloudtwin.core.nat.NatService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.SubnetFilter;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.vpc.api.AddWhiteListResourceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNATGWRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateNATGWResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteNATGWRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteWhiteListResourceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNATGWRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeNATGWResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeWhiteListResourceObjectIPInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeWhiteListResourceRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeWhiteListResourceResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.EnableWhiteListRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForWhiteListDataSet;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForWhiteListRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.GetAvailableResourceForWhiteListResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.ListSubnetForNATGWRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.ListSubnetForNATGWResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.NatGWIPResInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.NatGWWhitelistDataSet;
import io.cloudtwin.dialect.ucloud.vpc.api.NatGatewayDataSet;
import io.cloudtwin.dialect.ucloud.vpc.api.NatGatewayIPSet;
import io.cloudtwin.dialect.ucloud.vpc.api.NatGatewaySubnetSet;
import io.cloudtwin.dialect.ucloud.vpc.api.NatgwSubnetDataSet;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateNATGWRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateNATGWSnatpoolRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateNATGWSubnetRequest;

/**
 * NAT gateways (NATGW) on the core's cloud-neutral NAT gateways (core.nat, shared with Aliyun's): in a VPC, standing
 * in several of its subnets (each subnet in one gateway at most), with a UNet firewall, taking their EIPs as they are
 * created (bound in the same transaction: one EIP given to two gateways at once goes to one) and keeping one at least
 * (UnBindEIP of the last: 4235); a white list of the VPC's hosts. An unknown NATGWId is 54002, the code
 * terraform-provider-ucloud reads as "not found" (vpc.json documents no RetCodes).
 */
@Component
public record NatGws(NatLinkService gateways, NatService nat, NetworkService networks, InstanceService instances)

        implements UcloudVpcApi.CreateNATGW, UcloudVpcApi.DescribeNATGW, UcloudVpcApi.UpdateNATGW,
        UcloudVpcApi.UpdateNATGWSubnet, UcloudVpcApi.DeleteNATGW, UcloudVpcApi.AddWhiteListResource,
        UcloudVpcApi.DeleteWhiteListResource, UcloudVpcApi.DescribeWhiteListResource, UcloudVpcApi.EnableWhiteList,
        UcloudVpcApi.GetAvailableResourceForWhiteList, UcloudVpcApi.ListSubnetForNATGW,
        UcloudVpcApi.UpdateNATGWSnatpool {
    /** DescribeNATGW documents no maximum Limit: this keeps a page bounded. */
    private static final int MAX_LIMIT = 10_000;

    @Override
    public CreateNATGWResponse createNATGW(UcloudCall call, CreateNATGWRequest r) {
        int ifOpen = ifOpen(call, r.ifOpen());
        String vpcId = r.vpcId();
        if (vpcId == null || vpcId.isEmpty()) {
            if (r.subnetworkIds().isEmpty()) throw call.missing("VPCId");
            vpcId = networks.subnet(call.scope(), r.subnetworkIds().get(0)).vpcId();
        }
        String id = Ids.random("natgw-", 8);
        gateways.create(call.scope(), id, new NatLinkService.NewGateway(new NatService.NewNat(vpcId, null,
                text(r.natgwName(), "NATGWName", NAME), text(r.remark(), "", "Remark", REMARK), "", "NATGW", "internet",
                "MULTI_BINDED", "", "Dynamic", true), text(r.tag(), "Default", "Tag", TAG), r.firewallId(),
                r.subnetworkIds(), r.eipIds(), ifOpen == 1, true));
        return new CreateNATGWResponse().setNatgwId(id);
    }

    @Override
    public DescribeNATGWResponse describeNATGW(UcloudCall call, DescribeNATGWRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        for (String id : r.natgwIds()) nat.get(call.scope(), id);
        Page<NatGateway> page = nat.list(call.scope(), new NatService.Filter(r.natgwIds().isEmpty() ? null : r.natgwIds(),
                null, null, null), window.offset(), window.limit());
        List<String> ids = page.items().stream().map(NatGateway::id).toList();
        Map<String, NatLinks> carried = gateways.of(ids);
        Set<String> pooled = new HashSet<>(gateways.withSnatpool(ids));
        List<NatGatewayDataSet> out = new ArrayList<>();
        for (NatGateway g : page.items()) out.add(gateway(call, g, carried.get(g.id()), pooled.contains(g.id())));
        return new DescribeNATGWResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(out);
    }

    @Override
    public void updateNATGW(UcloudCall call, UpdateNATGWRequest r) {
        gateways.update(call.scope(), r.natgwId(), text(r.natgwName(), "NATGWName", NAME),
                text(r.remark(), "Remark", REMARK), r.tag() == null ? null : r.tag().isEmpty() ? "Default"
                        : text(r.tag(), "Tag", TAG));
    }

    @Override
    public void updateNATGWSubnet(UcloudCall call, UpdateNATGWSubnetRequest r) {
        gateways.setSubnets(call.scope(), r.natgwId(), r.subnetworkIds());
    }

    @Override
    public void deleteNATGW(UcloudCall call, DeleteNATGWRequest r) {
        gateways.delete(call.scope(), r.natgwId(), r.releaseEip());
    }

    @Override
    public void addWhiteListResource(UcloudCall call, AddWhiteListResourceRequest r) {
        gateways.addToWhiteList(call.scope(), r.natgwId(), r.resourceIds());
    }

    @Override
    public void deleteWhiteListResource(UcloudCall call, DeleteWhiteListResourceRequest r) {
        gateways.removeFromWhiteList(call.scope(), r.natgwId(), r.resourceIds());
    }

    @Override
    public DescribeWhiteListResourceResponse describeWhiteListResource(UcloudCall call, DescribeWhiteListResourceRequest r) {
        List<NatGWWhitelistDataSet> out = new ArrayList<>();
        for (String id : r.natgwIds()) {
            NatGateway g = nat.get(call.scope(), id);
            NatLinks l = gateways.of(call.scope(), id);
            List<DescribeWhiteListResourceObjectIPInfo> hosts = new ArrayList<>();
            for (Instance i : hosts(call, l.whiteList())) {
                hosts.add(new DescribeWhiteListResourceObjectIPInfo().setGwType("natgw")
                        .setPrivateIP(UcloudFormats.address(i)).setResourceId(i.id()).setResourceName(i.name())
                        .setResourceType("uhost").setSubResourceId("").setSubResourceName("").setSubResourceType("")
                        .setVpcId(g.vpcId()));
            }
            out.add(new NatGWWhitelistDataSet().setNatgwId(id).setIfOpen(l.whiteListOpen() ? 1 : 0).setObjectIPInfo(hosts));
        }
        return new DescribeWhiteListResourceResponse().setDataSet(out).setTotalCount(out.size());
    }

    @Override
    public void enableWhiteList(UcloudCall call, EnableWhiteListRequest r) {
        gateways.setWhiteListOpen(call.scope(), r.natgwId(), ifOpen(call, r.ifOpen()) == 1);
    }

    @Override
    public GetAvailableResourceForWhiteListResponse getAvailableResourceForWhiteList(
            UcloudCall call, GetAvailableResourceForWhiteListRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        NatGateway g = nat.get(call.scope(), r.natgwId());
        Set<String> subnets = new HashSet<>(gateways.of(call.scope(), g.id()).subnetIds());
        List<Instance> in = instances.list(call.scope(), new InstanceFilter(null, null, null, null, null, null,
                g.vpcId(), null, null, null), 0, MAX_LIMIT).items().stream()
                .filter(i -> subnets.contains(i.subnetId())).toList();
        List<GetAvailableResourceForWhiteListDataSet> out = window.of(in).stream()
                .map(i -> new GetAvailableResourceForWhiteListDataSet().setResourceId(i.id()).setResourceName(i.name())
                        .setPrivateIP(UcloudFormats.address(i)).setResourceType("uhost").setSubResourceName("")
                        .setVpcId(i.vpcId()).setSubnetworkId(i.subnetId()).setSubResourceId("").setSubResourceType(""))
                .toList();
        return new GetAvailableResourceForWhiteListResponse().setDataSet(out).setTotalCount(in.size());
    }

    @Override
    public ListSubnetForNATGWResponse listSubnetForNATGW(UcloudCall call, ListSubnetForNATGWRequest r) {
        String vpc = r.vpcId() == null || r.vpcId().isEmpty() ? null : r.vpcId();
        if (vpc != null) networks.vpc(call.scope(), vpc);
        List<Subnet> subnets = networks.listSubnets(call.scope(), new SubnetFilter(null, vpc, null, null), 0, MAX_LIMIT).items();
        Set<String> taken = new HashSet<>(gateways.standing(subnets.stream().map(Subnet::id).toList()));
        return new ListSubnetForNATGWResponse().setDataSet(subnets.stream().map(s -> {
            Cidr c = Cidr.parse(s.cidrBlock());
            return new NatgwSubnetDataSet().setSubnet(Cidr.format(c.network())).setNetmask(String.valueOf(c.prefix()))
                    .setHasNATGW(taken.contains(s.id())).setSubnetId(s.id()).setSubnetName(s.name());
        }).toList());
    }

    @Override
    public void updateNATGWSnatpool(UcloudCall call, UpdateNATGWSnatpoolRequest r) {
        String v = r.isSnatpoolEnabled();
        if (!"enable".equals(v) && !"disable".equals(v)) throw call.invalid("IsSnatpoolEnabled");
        gateways.setSnatpool(call.scope(), r.natgwId(), "enable".equals(v));
    }

    // ---- answers

    private NatGatewayDataSet gateway(UcloudCall call, NatGateway g, NatLinks l, boolean snatpool) {
        List<NatGatewaySubnetSet> subnets = new ArrayList<>();
        for (String s : l.subnetIds()) {
            Subnet subnet = networks.subnet(call.scope(), s);
            subnets.add(new NatGatewaySubnetSet().setSubnet(Cidr.format(Cidr.parse(subnet.cidrBlock()).network()))
                    .setSubnetworkId(s).setSubnetName(subnet.name()));
        }
        List<NatGatewayIPSet> ips = new ArrayList<>();
        for (ElasticIp e : nat.eipsOf(g.id())) {
            ips.add(new NatGatewayIPSet().setEipId(e.id()).setWeight(ips.isEmpty() ? 100 : 50)
                    .setBandwidthType(e.internetChargeType()).setBandwidth(e.bandwidthMbps())
                    .setIpResInfo(List.of(new NatGWIPResInfo().setOperatorName(e.isp()).setEip(e.address()))));
        }
        List<String> policies = nat.forwardEntries(call.scope(), new NatService.EntryFilter(g.id(), null, null), null,
                null, null, 0, MAX_LIMIT).items().stream().map(ForwardEntry::id).toList();
        return new NatGatewayDataSet().setNatgwId(g.id()).setNatgwName(g.name()).setTag(l.group())
                .setRemark(g.description()).setCreateTime(unix(g.createdAt()))
                .setFirewallId(l.firewallId() == null ? "" : l.firewallId()).setVpcId(g.vpcId())
                .setSubnetSet(subnets).setIpSet(ips).setVpcName(networks.vpc(call.scope(), g.vpcId()).name())
                .setIsSnatpoolEnabled(snatpool ? "enable" : "disable").setPolicyId(policies);
    }

    private List<Instance> hosts(UcloudCall call, List<String> ids) {
        if (ids.isEmpty()) return List.of();
        return instances.list(call.scope(), new InstanceFilter(ids, null, null, null, null, null), 0, ids.size()).items();
    }

    // ---- checks

    /** IfOpen: 0 or 1. */
    private static int ifOpen(UcloudCall call, Integer given) {
        int v = given == null ? 0 : given;
        if (v != 0 && v != 1) throw call.invalid("IfOpen");
        return v;
    }
}
