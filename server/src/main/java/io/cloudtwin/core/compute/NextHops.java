package io.cloudtwin.core.compute;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.routing.NextHop;

/**
 * What of this area a route entry sends traffic to: an instance and a network interface, each locked in the entry's
 * transaction and answering its VPC (the entry's table must be of the same).
 */
@Configuration
class NextHops {
    @Bean
    NextHop instanceNextHop(InstanceStore instances) {
        return NextHop.of("instance", (scope, id) -> instances.lock(scope, id).map(Instance::vpcId));
    }

    @Bean
    NextHop interfaceNextHop(InterfaceStore interfaces) {
        return NextHop.of("interface", (scope, id) -> interfaces.lock(scope, id).map(NetworkInterface::vpcId));
    }
}
