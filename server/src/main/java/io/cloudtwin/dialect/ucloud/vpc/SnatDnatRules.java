package io.cloudtwin.dialect.ucloud.vpc;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.nat.NatLinkService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.vpc.api.CreateSnatDnatRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DeleteSnatDnatRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSnatDnatRuleRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeSnatDnatRuleResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.SnatDnatRuleInfo;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;

/**
 * A NAT gateway's SnatDnat rules: PrivateIp.N mapped one-to-one to EIP.N (an EIP's address, as the SDKs describe it),
 * every TCP and UDP port, SNAT out and DNAT in (the core's SnatDnatRule, under the gateway's row lock). A rule names a
 * host standing in the gateway's subnets and an EIP bound to the gateway, each in one rule of the gateway at most; the
 * EIP cannot be unbound while a rule maps it (4203) and the rules go with their gateway. vpc.json documents no
 * RetCodes: an unknown NATGWId is 54002 as in every NAT action, the other refusals 230 naming the parameter.
 */
@Component
public record SnatDnatRules(NatLinkService gateways)
        implements UcloudVpcApi.CreateSnatDnatRule, UcloudVpcApi.DescribeSnatDnatRule, UcloudVpcApi.DeleteSnatDnatRule {
    @Override
    public void createSnatDnatRule(UcloudCall call, CreateSnatDnatRuleRequest r) {
        gateways.createSnatDnatRules(call.scope(), r.natgwId(), mappings(call, r.privateIp(), r.eip()));
    }

    @Override
    public DescribeSnatDnatRuleResponse describeSnatDnatRule(UcloudCall call, DescribeSnatDnatRuleRequest r) {
        List<String> eips = r.eip().stream().map(e -> address(call, e, "EIP")).toList();
        return new DescribeSnatDnatRuleResponse().setDataSet(gateways.snatDnatRules(call.scope(), r.natgwId(), eips)
                .stream().map(x -> new SnatDnatRuleInfo().setPrivateIp(x.privateIp()).setNatgwId(x.natGatewayId())
                        .setEip(x.eip())).toList());
    }

    @Override
    public void deleteSnatDnatRule(UcloudCall call, DeleteSnatDnatRuleRequest r) {
        gateways.deleteSnatDnatRules(call.scope(), r.natgwId(), mappings(call, r.privateIp(), r.eip()));
    }

    /** PrivateIp.N with EIP.N, as many of each (230 naming EIP otherwise), each an IPv4 address. */
    private static List<NatLinkService.Mapping> mappings(UcloudCall call, List<String> privateIps, List<String> eips) {
        if (privateIps.size() != eips.size()) throw call.invalid("EIP");
        List<NatLinkService.Mapping> out = new ArrayList<>();
        for (int i = 0; i < privateIps.size(); i++) {
            out.add(new NatLinkService.Mapping(Ids.random("snatdnat-", 12),
                    address(call, privateIps.get(i), "PrivateIp"), address(call, eips.get(i), "EIP")));
        }
        return out;
    }

    /** An IPv4 address as the core writes it (230 naming param when it is none). */
    private static String address(UcloudCall call, String value, String param) {
        try {
            return Cidr.format(Cidr.address(value));
        } catch (IllegalArgumentException e) {
            throw call.invalid(param);
        }
    }
}
