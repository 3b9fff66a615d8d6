package io.cloudtwin.core.balancing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.ResourceKind;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.eip.EipTarget;

/**
 * This area's registrations: load balancers, their server groups, access control lists and certificates carry tags
 * (Aliyun SLB). Load balancers as EIP targets (kind load_balancer): the load balancer's row is locked in the binding's
 * transaction, so its deletion (which frees its EIPs) waits or wins first. One EIP per load balancer (UCloud binds one
 * to a ULB).
 */
@Configuration
class LoadBalancerEips {
    public static final String KIND = "load_balancer";

    @Bean
    ResourceKind loadBalancerKind(LoadBalancerStore store) {
        return ResourceKind.of(ResourceType.LOAD_BALANCER, store::lock);
    }

    @Bean
    ResourceKind serverGroupKind(ServerGroupStore store) {
        return ResourceKind.of(ResourceType.SERVER_GROUP, store::lock);
    }

    @Bean
    ResourceKind accessListKind(AccessListStore store) {
        return ResourceKind.of(ResourceType.ACCESS_LIST, store::lock);
    }

    @Bean
    ResourceKind certificateKind(CertificateStore store) {
        return ResourceKind.of(ResourceType.CERTIFICATE, store::lock);
    }

    @Bean
    EipTarget loadBalancerTarget(LoadBalancerStore store) {
        return EipTarget.exclusive(KIND, (scope, id) -> store.lock(scope, id)
                .map(lb -> new EipTarget.Bindable(lb.vpcId(), lb.privateIp())));
    }
}
