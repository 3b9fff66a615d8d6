package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.nz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.network.Ipv6Blocks;
import io.cloudtwin.core.network.NetworkAclService;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.network.DhcpOptionsService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AssociateVpcCidrBlockRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVSwitchRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVSwitchResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateDefaultVSwitchRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateDefaultVSwitchResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateDefaultVpcRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateDefaultVpcResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpcRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVpcResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVSwitchRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVpcRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVSwitchAttributesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVSwitchAttributesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVSwitchesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVSwitchesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpcAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpcAttributeResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpcsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeVpcsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVSwitchAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVpcAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UnassociateVpcCidrBlockRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/** VPCs and their vSwitches (the mapping to the core is VpcNetworks', shared with ECS's deprecated twins). */
@Component
record Networks(VpcNetworks networks, NetworkService vpcs, RouteService routes, NetworkAclService acls,
                DhcpOptionsService dhcp, ClientTokens tokens)
        implements VpcApi.CreateVpc, VpcApi.CreateDefaultVpc, VpcApi.CreateDefaultVSwitch, VpcApi.DeleteVpc, VpcApi.DescribeVpcs, VpcApi.DescribeVpcAttribute,
        VpcApi.ModifyVpcAttribute, VpcApi.AssociateVpcCidrBlock, VpcApi.UnassociateVpcCidrBlock, VpcApi.CreateVSwitch,
        VpcApi.DeleteVSwitch, VpcApi.DescribeVSwitches, VpcApi.DescribeVSwitchAttributes, VpcApi.ModifyVSwitchAttribute {
    /** A VPC's primary block and up to five secondary ones (QuotaExceeded.VpcMultiCidr beyond). */
    static final int MAX_BLOCKS = 6;
    /** A VPC's DhcpOptionsSetStatus while it is associated with a set. */
    private static final String IN_USE = "InUse";
    /** The ISP a VPC's IPv6 block is announced through when the request names none. */
    private static final String BGP = "BGP";
    /** The ISPs Ipv6Isp takes (the single-line ones need Alibaba's approval, which the emulator does not ask for). */
    private static final Set<String> ISPS = Set.of(BGP, "ChinaMobile", "ChinaUnicom", "ChinaTelecom");

    @Override
    public CreateVpcResponse createVpc(AliyunCall call, CreateVpcRequest r) {
        var scope = call.scope();
        Map<String, String> tagged = call.tags(r.tag());
        String group = call.resourceGroup(r.resourceGroupId());
        String isp = ipv6(call, r.enableIpv6(), r.ipv6CidrBlock(), r.ipv6Isp());
        Vpc v = networks.createVpc(scope, r.vpcName(), r.description(), r.cidrBlock(), tagged, group,
                isp == null ? null : r.ipv6CidrBlock(), isp);
        return new CreateVpcResponse().setVpcId(v.id()).setVRouterId(VpcNetworks.routerId(v.id()))
                .setRouteTableId(VpcNetworks.routeTableId(v.id()))
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    @Override
    public CreateDefaultVpcResponse createDefaultVpc(AliyunCall call, CreateDefaultVpcRequest r) {
        var scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        String isp = ipv6(call, r.enableIpv6(), r.ipv6CidrBlock(), null);
        String id = call.once(tokens, scope, r.clientToken(), () -> networks.createDefaultVpc(scope, group,
                isp == null ? null : r.ipv6CidrBlock(), isp).id());
        return new CreateDefaultVpcResponse().setVpcId(id).setVRouterId(VpcNetworks.routerId(id))
                .setRouteTableId(VpcNetworks.routeTableId(id));
    }

    @Override
    public CreateDefaultVSwitchResponse createDefaultVSwitch(AliyunCall call, CreateDefaultVSwitchRequest r) {
        var scope = call.scope();
        String id = call.once(tokens, scope, r.clientToken(),
                () -> networks.createDefaultVSwitch(scope, r.zoneId(), r.ipv6CidrBlock()).id());
        return new CreateDefaultVSwitchResponse().setVSwitchId(id);
    }

    @Override
    public void deleteVpc(AliyunCall call, DeleteVpcRequest r) {
        networks.deleteVpc(call.scope(), r.vpcId());
    }

    @Override
    public DescribeVpcsResponse describeVpcs(AliyunCall call, DescribeVpcsRequest r) {
        var scope = call.scope();
        var out = new DescribeVpcsResponse();
        return out.setVpcs(networks.describeVpcs(call, scope, out,
                new VpcNetworks.VpcQuery(r.vpcId(), r.vpcName(), r.isDefault(), call.tags(r.tag()),
                        r.resourceGroupId()),
                ids -> {
                    Map<String, String> dhcpSets = dhcp.ofVpcs(ids);
                    return (v, tagged, group) -> {
                        String dhcpSet = dhcpSets.getOrDefault(v.id(), "");
                        return new DescribeVpcsResponse.Vpc().setSecondaryCidrBlocks(secondary(v))
                                .setEnabledIpv6(v.ipv6()).setIpv6CidrBlock(nz(v.ipv6CidrBlock()))
                                .setIpv6CidrBlocks(ipv6Blocks(v, DescribeVpcsResponse.Ipv6CidrBlock::new,
                                        DescribeVpcsResponse.Ipv6CidrBlock::setIpv6CidrBlock,
                                        DescribeVpcsResponse.Ipv6CidrBlock::setIpv6Isp))
                                .setResourceGroupId(group).setDhcpOptionsSetId(dhcpSet)
                                .setDhcpOptionsSetStatus(dhcpSet.isEmpty() ? "" : IN_USE)
                                .setOwnerId(AliyunFormats.ownerId(v.accountId()))
                                .setTags(AliyunFormats.keyValueTags(tagged, DescribeVpcsResponse.Tag::new));
                    };
                }));
    }

    /**
     * A VPC the region does not have answers 200 with every field empty (VpcId ""), not an error: the alicloud
     * provider's read and its destroy's wait (service_alicloud_vpc_v2.go, DescribeVpcVpc) take an empty VpcId for
     * "gone" and fail on any error, and the metadata documents no not-found code for this action.
     */
    @Override
    public DescribeVpcAttributeResponse describeVpcAttribute(AliyunCall call, DescribeVpcAttributeRequest r) {
        var scope = call.scope();
        Optional<Vpc> found = networks.findVpc(scope, r.vpcId());
        if (found.isEmpty()) return new DescribeVpcAttributeResponse();
        Vpc v = found.get();
        String dhcpSet = dhcpSet(v);
        return networks.vpc(new DescribeVpcAttributeResponse(), v).setSecondaryCidrBlocks(secondary(v))
                .setOwnerId(AliyunFormats.ownerId(v.accountId())).setClassicLinkEnabled(false)
                .setEnabledIpv6(v.ipv6()).setIpv6CidrBlock(nz(v.ipv6CidrBlock()))
                .setIpv6CidrBlocks(ipv6Blocks(v, DescribeVpcAttributeResponse.Ipv6CidrBlock::new,
                        DescribeVpcAttributeResponse.Ipv6CidrBlock::setIpv6CidrBlock,
                        DescribeVpcAttributeResponse.Ipv6CidrBlock::setIpv6Isp))
                .setResourceGroupId(networks.groupOf(call, v.id())).setDhcpOptionsSetId(dhcpSet)
                .setDhcpOptionsSetStatus(dhcpSet.isEmpty() ? "" : IN_USE)
                .setTags(AliyunFormats.keyValueTags(networks.tagsOf(v.id()), DescribeVpcAttributeResponse.Tag::new));
    }

    /** The DHCP options set the VPC is associated with, or "". */
    private String dhcpSet(Vpc v) {
        return dhcp.ofVpcs(List.of(v.id())).getOrDefault(v.id(), "");
    }

    private static List<String> secondary(Vpc v) {
        return v.cidrBlocks().subList(1, v.cidrBlocks().size());
    }

    /** A VPC's IPv6 block with its ISP, as a product's item; none without IPv6. */
    private static <T> List<T> ipv6Blocks(Vpc v, Supplier<T> item, BiFunction<T, String, T> block,
                                          BiFunction<T, String, T> isp) {
        if (!v.ipv6()) return List.of();
        return List.of(isp.apply(block.apply(item.get(), v.ipv6CidrBlock()), v.ipv6Isp()));
    }

    /**
     * The ISP of the IPv6 a new VPC asks for (null: none): Ipv6Isp, BGP by default (another:
     * UnsupportedFeature.Ipv6Isp); an Ipv6CidrBlock without EnableIpv6: MissingParam.EnableIpv6.
     */
    private static String ipv6(AliyunCall call, Boolean enabled, String block, String isp) {
        if (Boolean.TRUE.equals(enabled)) return isp(call, isp);
        if (!AliyunFormats.blank(block)) throw call.error("MissingParam.EnableIpv6");
        return null;
    }

    private static String isp(AliyunCall call, String isp) {
        if (AliyunFormats.blank(isp)) return BGP;
        if (!ISPS.contains(isp)) throw call.firstError("Ipv6Isp", "UnsupportedFeature.Ipv6Isp");
        return isp;
    }

    @Override
    public void modifyVpcAttribute(AliyunCall call, ModifyVpcAttributeRequest r) {
        var scope = call.scope();
        if (r.enableIPv6() != null && !AliyunFormats.blank(r.cidrBlock())) {
            throw call.error("ParamExclusive.EnableIpv6AndCidrBlock");
        }
        String isp = AliyunFormats.blank(r.ipv6Isp()) ? null : isp(call, r.ipv6Isp());
        if (isp == null && Boolean.TRUE.equals(r.enableIPv6()) && !vpcs.vpc(scope, r.vpcId()).ipv6()) isp = BGP;
        if (r.enableIPv6() != null || isp != null) {
            vpcs.setVpcIpv6(scope, r.vpcId(), r.enableIPv6(), AliyunFormats.blank(r.ipv6CidrBlock()) ? null
                    : r.ipv6CidrBlock(), isp);
        }
        networks.updateVpc(scope, r.vpcId(), r.vpcName(), r.description());
    }

    @Override
    public void associateVpcCidrBlock(AliyunCall call, AssociateVpcCidrBlockRequest r) {
        String block = r.secondaryCidrBlock();
        if (block == null || block.isEmpty()) throw call.error("MissingParam.SecondaryCidrBlockOrIpv6CidrBlock");
        int prefix = prefix(block);
        if (prefix >= 0 && (prefix < 8 || prefix > 28)) throw call.error("IllegalParam.SecondaryCidrBlock", block);
        vpcs.addVpcBlocks(call.scope(), r.vpcId(), List.of(block), MAX_BLOCKS);
    }

    /** The block's prefix length, or -1 when it is no block (the core refuses it as malformed). */
    private static int prefix(String block) {
        try {
            return Cidr.parse(block).prefix();
        } catch (IllegalArgumentException malformed) {
            return -1;
        }
    }

    @Override
    public void unassociateVpcCidrBlock(AliyunCall call, UnassociateVpcCidrBlockRequest r) {
        String block = r.secondaryCidrBlock();
        if (block == null || block.isEmpty()) throw call.error("MissingParam.SecondaryCidrBlockOrIpv6CidrBlock");
        vpcs.removeVpcBlock(call.scope(), r.vpcId(), block);
    }

    @Override
    public CreateVSwitchResponse createVSwitch(AliyunCall call, CreateVSwitchRequest r) {
        vpcIpv6Block(call, r.vpcId(), r.vpcIpv6CidrBlock());
        Subnet s = networks.createVSwitch(call.scope(), r.vpcId(), r.zoneId(), r.vSwitchName(), r.description(),
                r.cidrBlock(), call.tags(r.tag()), r.ipv6CidrBlock());
        return new CreateVSwitchResponse().setVSwitchId(s.id());
    }

    @Override
    public void deleteVSwitch(AliyunCall call, DeleteVSwitchRequest r) {
        networks.deleteVSwitch(call.scope(), r.vSwitchId());
    }

    @Override
    public DescribeVSwitchesResponse describeVSwitches(AliyunCall call, DescribeVSwitchesRequest r) {
        var scope = call.scope();
        var out = new DescribeVSwitchesResponse();
        return out.setVSwitches(networks.describeVSwitches(call, scope, out,
                new VpcNetworks.VSwitchQuery(r.vSwitchId(), r.vpcId(), r.zoneId(), r.vSwitchName(), r.isDefault(),
                        call.tags(r.tag()), r.resourceGroupId()),
                (s, tagged, group) -> {
                    String custom = routes.customTablesOf(List.of(s.id())).get(s.id());
                    return new DescribeVSwitchesResponse.VSwitch().setOwnerId(AliyunFormats.ownerId(s.accountId()))
                            .setIpv6CidrBlock(nz(s.ipv6CidrBlock())).setEnabledIpv6(s.ipv6CidrBlock() != null)
                            .setNetworkAclId(acls.ofSubnets(List.of(s.id())).getOrDefault(s.id(), ""))
                            .setRouteTable(new DescribeVSwitchesResponse.RouteTable()
                                    .setRouteTableId(custom == null ? VpcNetworks.routeTableId(s.vpcId()) : custom)
                                    .setRouteTableType(custom == null ? "System" : "Custom"))
                            .setResourceGroupId(group)
                            .setTags(AliyunFormats.keyValueTags(tagged, DescribeVSwitchesResponse.Tag::new));
                }));
    }

    /**
     * Like DescribeVpcAttribute: a vSwitch the region does not have answers 200 with VSwitchId "", which the
     * provider's read and destroy wait (DescribeVpcVswitch) take for "gone"; an error there fails them.
     */
    @Override
    public DescribeVSwitchAttributesResponse describeVSwitchAttributes(AliyunCall call, DescribeVSwitchAttributesRequest r) {
        Optional<Subnet> found = networks.findVSwitch(call.scope(), r.vSwitchId());
        if (found.isEmpty()) return new DescribeVSwitchAttributesResponse();
        Subnet s = found.get();
        String custom = routes.customTablesOf(List.of(s.id())).get(s.id());
        return VpcNetworks.vSwitch(new DescribeVSwitchAttributesResponse(), s, networks.availableAddresses(s),
                        networks.isDefault(s))
                .setOwnerId(AliyunFormats.ownerId(s.accountId()))
                .setIpv6CidrBlock(nz(s.ipv6CidrBlock())).setEnabledIpv6(s.ipv6CidrBlock() != null)
                .setNetworkAclId(acls.ofSubnets(List.of(s.id())).getOrDefault(s.id(), ""))
                .setRouteTable(new DescribeVSwitchAttributesResponse.RouteTable()
                        .setRouteTableId(custom == null ? VpcNetworks.routeTableId(s.vpcId()) : custom)
                        .setRouteTableType(custom == null ? "System" : "Custom"))
                .setResourceGroupId(networks.groupOf(call, s.id()))
                .setTags(AliyunFormats.keyValueTags(networks.tagsOf(s.id()), DescribeVSwitchAttributesResponse.Tag::new));
    }

    @Override
    public void modifyVSwitchAttribute(AliyunCall call, ModifyVSwitchAttributeRequest r) {
        var scope = call.scope();
        Integer index = null;
        if (Boolean.TRUE.equals(r.enableIPv6())) {
            if (r.ipv6CidrBlock() == null) throw call.firstError("Ipv6CidrBlock", "MissingParam.Ipv6CidrBlock", "IllegalParam.Ipv6CidrBlock");
            index = r.ipv6CidrBlock();
        } else if (Boolean.FALSE.equals(r.enableIPv6()) && r.ipv6CidrBlock() != null) {
            throw call.error("ParamExclusive.DisableIpv6AndIpv6CidrBlock");
        }
        if (r.enableIPv6() != null) {
            vpcIpv6Block(call, vpcs.subnet(scope, r.vSwitchId()).vpcId(), r.vpcIpv6CidrBlock());
            vpcs.setSubnetIpv6(scope, r.vSwitchId(), index);
        }
        networks.updateVSwitch(scope, r.vSwitchId(), r.vSwitchName(), r.description());
    }

    /** A VpcIpv6CidrBlock given must be the VPC's IPv6 block (IllegalParam.VpcIpv6CidrBlock). */
    private void vpcIpv6Block(AliyunCall call, String vpcId, String given) {
        if (AliyunFormats.blank(given)) return;
        String block = networks.findVpc(call.scope(), vpcId).map(Vpc::ipv6CidrBlock).orElse(null);
        if (block == null) return; // no VPC or no IPv6: the change itself says which
        String named;
        try {
            named = Ipv6Blocks.vpcBlock(given);
        } catch (DomainException malformed) {
            named = given;
        }
        if (!named.equals(block)) throw call.error("IllegalParam.VpcIpv6CidrBlock", given);
    }
}
