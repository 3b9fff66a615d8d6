package io.cloudtwin.core.compute;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.routing.NextHop;

/**
 * What of this area a route entry sends traffic to: an instance and a network interface, each locked in the entry's
 * transaction and answering its VPC (the entry's table must be of the same).
 */
@Configuration
class NextHops {
    @Bean
    NextHop instanceNextHop(InstanceStore instances) {
        return hop("instance", (scope, id) -> instances.lock(scope, id).map(Instance::vpcId));
    }

    @Bean
    NextHop interfaceNextHop(InterfaceStore interfaces) {
        return hop("interface", (scope, id) -> interfaces.lock(scope, id).map(NetworkInterface::vpcId));
    }

    private interface Locker {
        Optional<String> vpcOf(Scope scope, String id);
    }

    private static NextHop hop(String kind, Locker locker) {
        return new NextHop() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Optional<String> vpcOf(Scope scope, String id) {
                return locker.vpcOf(scope, id);
            }
        };
    }
}
