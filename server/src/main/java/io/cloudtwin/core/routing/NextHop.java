package io.cloudtwin.core.routing;

import java.util.Optional;
import java.util.function.BiFunction;

import io.cloudtwin.core.Scope;

/**
 * A kind of resource a route entry sends traffic to (instances, network interfaces, NAT gateways), given by the area
 * that owns it, so that this area depends on none of them. {@link #vpcOf} locks the resource's row in the entry's
 * transaction: its deletion waits, or wins first and the entry finds nothing.
 */
public interface NextHop {
    /** The kind's name, as the core says it: instance, interface, nat_gateway. */
    String kind();

    /** Locks the scope's resource of this kind and answers its VPC; empty when the scope has none of that id. */
    Optional<String> vpcOf(Scope scope, String id);

    /** The kind of that name whose resources lock and answer their VPC by that function. */
    static NextHop of(String kind, BiFunction<Scope, String, Optional<String>> vpcOf) {
        record Hop(String kind, BiFunction<Scope, String, Optional<String>> locker) implements NextHop {
            @Override
            public Optional<String> vpcOf(Scope scope, String id) {
                return locker.apply(scope, id);
            }
        }
        return new Hop(kind, vpcOf);
    }
}
