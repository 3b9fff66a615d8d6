package io.cloudtwin.core.balancing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.eip.EipTarget;

/**
 * Load balancers as EIP targets (kind load_balancer): the load balancer's row is locked in the binding's
 * transaction, so its deletion (which frees its EIPs) waits or wins first. One EIP per load balancer (UCloud binds one
 * to a ULB).
 */
@Configuration
class LoadBalancerEips {
    public static final String KIND = "load_balancer";

    @Bean
    EipTarget loadBalancerTarget(LoadBalancerStore store) {
        return EipTarget.exclusive(KIND, (scope, id) -> store.lock(scope, id)
                .map(lb -> new EipTarget.Bindable(lb.vpcId(), lb.privateIp())));
    }
}
