package io.cloudtwin.dialect;

import org.springframework.http.ResponseEntity;

/**
 * What plugs into every cloud's {@link Pipeline}: the fault rules, the request log, observers of answers. Beans of
 * this type are called for every request, in their order.
 */
public interface Interceptor {
    /**
     * After the request was authenticated and validated, before its handler runs. Throwing a {@link CloudException}
     * answers it with that error instead ({@link FaultInjection}).
     */
    default <X extends Exchange> void beforeInvoke(X exchange, Protocol<X, ?, ?> protocol) {}

    /** After the answer is made, whatever it is. */
    default void completed(Exchange exchange, ResponseEntity<byte[]> response) {}
}
