package io.cloudtwin.core.nat;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.eip.EipTarget;
import io.cloudtwin.core.eip.ElasticIpStore;

/**
 * NAT gateways as EIP targets: they take EIPs (several each; one that must keep one, UCloud's,
 * refuses to give up its last).
 */
@Configuration
class NatEips {
    @Bean
    EipTarget natGatewayTarget(NatStore gateways, NatLinkStore links, ElasticIpStore eips) {
        return new EipTarget() {
            @Override
            public String kind() {
                return NatService.EIP_TARGET;
            }

            @Override
            public boolean exclusive() {
                return false;
            }

            @Override
            public Optional<Bindable> lock(Scope scope, String id) {
                return gateways.lock(scope, id).map(g -> new Bindable(g.vpcId(), ""));
            }

            @Override
            public void releasing(Scope scope, String id, String address) {
                NatService.releasing(gateways, scope, id, address);
                if (links.of(id).keepsEip() && eips.ofTarget(id).size() <= 1) {
                    throw new DomainException(DomainError.NAT_LAST_EIP, id);
                }
            }
        };
    }
}
