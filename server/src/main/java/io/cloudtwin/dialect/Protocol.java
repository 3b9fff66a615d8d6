package io.cloudtwin.dialect;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Faults;

/**
 * What one cloud brings to the {@link Pipeline}: how its requests are recognized and read (codec), who sent them
 * (signer), how they are checked against its spec, and how answers and errors look (envelope, error table). The
 * pipeline calls these steps in order; each may throw the cloud's {@link CloudException}.
 *
 * @param <X> the cloud's exchange (what it remembers of one request)
 * @param <C> the call a handler receives beside its typed request
 * @param <V> the validated values a typed request is read from
 */
public interface Protocol<X extends Exchange, C, V> {
    Cloud cloud();

    /** Lower first: the fallback protocol (Aliyun, which accepts everything) comes last. */
    int order();

    /** Whether a request is meant for this cloud. */
    boolean accepts(HttpCall http);

    /** The generated operations of the cloud's products, whose interfaces its handlers implement. */
    List<? extends Operations<?, C, V>> operations();

    /**
     * Actions of a product that another product's handler serves under the same name, by product: action to that
     * product (Aliyun's deprecated ECS twins of VPC actions). None by default.
     */
    default Map<String, Map<String, String>> aliases() {
        return Map.of();
    }

    /** A new exchange, with the request id and whatever the protocol can tell before reading the request. */
    X begin(HttpCall http);

    /** Reads the parameters, the product and the action. */
    void parse(X exchange);

    /** Checks the signature: sets the caller. */
    void authenticate(X exchange);

    /** Whether the cloud documents the action in the product (if not, its answer for an unknown action). */
    void documented(X exchange);

    /** The cloud's answer for an action it documents that cloudtwin does not serve. */
    CloudException notServed(X exchange);

    /** Input limits, the scope, the action's parameters against its spec: the values a typed request is read from. */
    V validate(X exchange);

    /** The call context a handler receives. */
    C call(X exchange, V values);

    /** The handler's typed answer in the cloud's success envelope. */
    ResponseEntity<byte[]> answer(X exchange, C call, Object answer);

    /** The cloud's code for a refusal of the core, from its error table. */
    CloudException refused(X exchange, DomainException refusal);

    /** The cloud's answer for a failure nobody expected (logged by the pipeline). */
    CloudException internal(X exchange);

    /** The error a fault rule injects (its code, or throttling). */
    CloudException injected(X exchange, Faults.Rule rule);

    /**
     * When the call only rehearses (Aliyun's DryRun): the error that answers a rehearsal which would succeed. The
     * handler then runs as for a real call, every check and rule with it, in a transaction rolled back at its end.
     * Null for a real call (the default).
     */
    default CloudException rehearsal(X exchange, V values) {
        return null;
    }

    /** Whether a request the container refused before it was read is this cloud's (default: {@link #accepts}). */
    default boolean claimsRefused(HttpCall http) {
        return accepts(http);
    }

    /**
     * The answer to a request refused before it was read (status: the container's; what: the part at fault, e.g.
     * QueryString), from what little is known of it: only codes the cloud documents.
     */
    ResponseEntity<byte[]> refusedByContainer(HttpCall http, int status, String what);

    /** An error in the cloud's envelope. */
    ResponseEntity<byte[]> error(X exchange, CloudException error);
}
