package io.cloudtwin.core.compute;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.EipTarget;

/**
 * What of this area an EIP binds to: an instance (Running or Stopped, one EIP) and a network interface (one EIP),
 * each locked in the binding's transaction, so that its deletion, which frees its EIPs, waits or wins first.
 */
@Configuration
class EipTargets {
    public static final String INSTANCE = "instance";
    public static final String INTERFACE = ElasticIp.INTERFACE;
    private static final Set<InstanceStatus> BINDABLE = Set.of(InstanceStatus.RUNNING, InstanceStatus.STOPPED);

    @Bean
    EipTarget instanceTarget(InstanceStore instances) {
        return EipTarget.exclusive(INSTANCE, (scope, id) -> instances.lock(scope, id).map(i -> {
            if (!BINDABLE.contains(i.status())) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, id);
            return new EipTarget.Bindable(i.vpcId(), i.privateIp());
        }));
    }

    @Bean
    EipTarget interfaceTarget(InterfaceStore interfaces) {
        return EipTarget.exclusive(INTERFACE, (scope, id) -> interfaces.lock(scope, id)
                .map(n -> new EipTarget.Bindable(n.vpcId(), n.privateIp())));
    }
}
