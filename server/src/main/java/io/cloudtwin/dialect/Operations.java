package io.cloudtwin.dialect;

import java.util.Map;

/**
 * The actions of one product's generated interface (A), called with the cloud's call context (C) and the request's
 * validated values (V). Generated for each product ({@code EcsOperations}, {@code UhostOperations}); {@link Served}
 * finds the handler beans that implement A's nested action interfaces.
 */
public interface Operations<A, C, V> {
    /** The product's name as its cloud spells it (Ecs, uhost). */
    String product();

    Class<A> api();

    /** Every action of the product's description, with the Java method of each. */
    Map<String, String> methods();

    /** Calls the action's method on a handler, with its typed request read from the validated values. */
    Object invoke(A api, String action, C call, V values);
}
