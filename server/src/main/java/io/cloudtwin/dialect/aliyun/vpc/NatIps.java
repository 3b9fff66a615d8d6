package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.vpc.VpcNat.AVAILABLE;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.nat.NatIp;
import io.cloudtwin.core.nat.NatIpCidr;
import io.cloudtwin.core.nat.NatIpService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateNatIpCidrRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateNatIpCidrResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateNatIpRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateNatIpResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteNatIpCidrRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteNatIpRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListNatIpCidrsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListNatIpCidrsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListNatIpsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListNatIpsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyNatIpAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyNatIpCidrAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * The NAT IP blocks and addresses of VPC NAT gateways (alicloud_vpc_nat_ip_cidr, alicloud_vpc_nat_ip, and the
 * addresses alicloud_forward_entry and alicloud_snat_entry of such a gateway translate to). A VPC NAT gateway
 * (NetworkType intranet) has its vSwitch's block and one address of it by default (IsDefault); every block and address
 * is Available at once.
 */
@Component
record NatIps(NatIpService natIps, ClientTokens tokens)
        implements VpcApi.CreateNatIpCidr, VpcApi.ListNatIpCidrs, VpcApi.ModifyNatIpCidrAttribute,
        VpcApi.DeleteNatIpCidr, VpcApi.CreateNatIp, VpcApi.ListNatIps, VpcApi.ModifyNatIpAttribute,
        VpcApi.DeleteNatIp {

    @Override
    public CreateNatIpCidrResponse createNatIpCidr(AliyunCall call, CreateNatIpCidrRequest r) {
        var scope = call.scope();
        var spec = new NatIpService.NewCidr(r.natIpCidr(), AliyunFormats.name(call, "NatIpCidrName", r.natIpCidrName()),
                AliyunFormats.description(call, "NatIpCidrDescription", r.natIpCidrDescription()));
        String id = call.once(tokens, scope, r.clientToken(), () -> natIps.createCidr(scope, r.natGatewayId(),
                NatIpService.newCidrId(), spec).id());
        return new CreateNatIpCidrResponse().setNatIpCidrId(id);
    }

    @Override
    public ListNatIpCidrsResponse listNatIpCidrs(AliyunCall call, ListNatIpCidrsRequest r) {
        var scope = call.scope();
        List<String> blocks = blank(r.natIpCidr()) ? r.natIpCidrs() : List.of(r.natIpCidr());
        var filter = new NatIpService.CidrFilter(r.natGatewayId(), blocks, r.natIpCidrName());
        boolean none = !blank(r.natIpCidrStatus()) && !r.natIpCidrStatus().equals(AVAILABLE);
        var out = new ListNatIpCidrsResponse();
        List<NatIpCidr> shown = call.listed(out, call.paging(20), none, natIps.cidrs(scope, filter));
        return out.setNatIpCidrs(AliyunFormats.each(shown, ListNatIpCidrsResponse.NatIpCidrs::new, (item, c) -> item
                .setNatIpCidrId(c.id()).setNatIpCidr(c.cidr()).setNatGatewayId(c.natGatewayId())
                .setNatIpCidrName(c.name()).setNatIpCidrDescription(c.description()).setIsDefault(c.isDefault())
                .setNatIpCidrStatus(AVAILABLE).setCreationTime(AliyunFormats.time(c.createdAt()))));
    }

    @Override
    public void modifyNatIpCidrAttribute(AliyunCall call, ModifyNatIpCidrAttributeRequest r) {
        String name = r.natIpCidrName() == null ? null : AliyunFormats.name(call, "NatIpCidrName", r.natIpCidrName());
        String description = r.natIpCidrDescription() == null ? null
                : AliyunFormats.description(call, "NatIpCidrDescription", r.natIpCidrDescription());
        natIps.updateCidr(call.scope(), r.natGatewayId(), r.natIpCidr(), name, description);
    }

    @Override
    public void deleteNatIpCidr(AliyunCall call, DeleteNatIpCidrRequest r) {
        natIps.deleteCidr(call.scope(), r.natGatewayId(), r.natIpCidr());
    }

    @Override
    public CreateNatIpResponse createNatIp(AliyunCall call, CreateNatIpRequest r) {
        var scope = call.scope();
        if (!blank(r.ipv4Prefix()) || r.ipv4PrefixCount() != null) throw call.firstError("Ipv4Prefix");
        var spec = new NatIpService.NewIp(r.natIpCidr(), r.natIp(), AliyunFormats.name(call, "NatIpName",
                r.natIpName()), AliyunFormats.description(call, "NatIpDescription", r.natIpDescription()));
        String id = call.once(tokens, scope, r.clientToken(), () -> natIps.createIp(scope, r.natGatewayId(),
                NatIpService.newIpId(), spec).id());
        return new CreateNatIpResponse().setNatIpId(id).setNatIp(natIps.ip(scope, id).address());
    }

    @Override
    public ListNatIpsResponse listNatIps(AliyunCall call, ListNatIpsRequest r) {
        var scope = call.scope();
        var filter = new NatIpService.IpFilter(r.natGatewayId(), blank(r.natIpCidr()) ? null : r.natIpCidr(),
                r.natIpIds(), r.natIpName());
        boolean none = !blank(r.natIpStatus()) && !r.natIpStatus().equals(AVAILABLE)
                || "prefix".equals(r.ipOrigin());
        var out = new ListNatIpsResponse();
        List<NatIp> shown = call.listed(out, call.paging(20), none, natIps.ips(scope, filter));
        return out.setNatIps(AliyunFormats.each(shown, ListNatIpsResponse.NatIps::new, (item, ip) -> item
                .setNatIpId(ip.id()).setNatIp(ip.address()).setNatIpCidr(ip.natIpCidr())
                .setNatGatewayId(ip.natGatewayId()).setNatIpName(ip.name()).setNatIpDescription(ip.description())
                .setIsDefault(ip.isDefault()).setNatIpStatus(AVAILABLE)));
    }

    @Override
    public void modifyNatIpAttribute(AliyunCall call, ModifyNatIpAttributeRequest r) {
        String name = r.natIpName() == null ? null : AliyunFormats.name(call, "NatIpName", r.natIpName());
        String description = r.natIpDescription() == null ? null
                : AliyunFormats.description(call, "NatIpDescription", r.natIpDescription());
        natIps.updateIp(call.scope(), r.natIpId(), name, description);
    }

    @Override
    public void deleteNatIp(AliyunCall call, DeleteNatIpRequest r) {
        if (!blank(r.ipv4Prefix())) throw call.firstError("Ipv4Prefix");
        if (blank(r.natIpId())) throw call.missing("NatIpId");
        natIps.deleteIp(call.scope(), blank(r.natGatewayId()) ? null : r.natGatewayId(), r.natIpId());
    }
}
