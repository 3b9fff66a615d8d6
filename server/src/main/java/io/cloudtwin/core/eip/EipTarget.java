package io.cloudtwin.core.eip;

import java.util.Optional;
import java.util.function.BiFunction;

import io.cloudtwin.core.Scope;

/**
 * A kind of resource an EIP binds to (instances, network interfaces, NAT gateways, load balancers), given by the area
 * that owns it, so that this area depends on none of them. {@link #lock} locks the target's row in the binding's
 * transaction (its deletion waits, or wins first and the binding finds nothing) and checks it can take an address.
 */
public interface EipTarget {
    /** The kind's name, as the core says it: instance, interface, nat_gateway, load_balancer. */
    String kind();

    /** Whether a target of this kind holds one EIP at most (an instance); else several (a NAT gateway). */
    boolean exclusive();

    /**
     * Locks the target and returns what a binding needs of it, or empty when the scope has no such target; throws the
     * kind's DomainException when it exists but cannot take an address now (an instance being created).
     */
    Optional<Bindable> lock(Scope scope, String id);

    /**
     * An EIP bound to the target (locked by {@link #lock}) is about to be unbound: throws the kind's DomainException
     * when something of the target still uses that address (a NAT gateway's SNAT entry).
     */
    default void releasing(Scope scope, String id, String address) {}

    /** The kind of that name whose targets hold one EIP at most and lock by that function. */
    static EipTarget exclusive(String kind, BiFunction<Scope, String, Optional<Bindable>> lock) {
        record Exclusive(String kind, BiFunction<Scope, String, Optional<Bindable>> locker) implements EipTarget {
            @Override
            public boolean exclusive() {
                return true;
            }

            @Override
            public Optional<Bindable> lock(Scope scope, String id) {
                return locker.apply(scope, id);
            }
        }
        return new Exclusive(kind, lock);
    }

    /** What an EIP bound to a target knows of it: its VPC and the private address the EIP stands for. */
    record Bindable(String vpcId, String privateIp) {}
}
