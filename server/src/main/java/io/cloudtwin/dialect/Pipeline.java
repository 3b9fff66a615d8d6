package io.cloudtwin.dialect;

import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.ResponseEntity;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Transactions;

/**
 * How every request is answered, whatever the cloud: parse, authenticate, route to a documented action, find its
 * handler, validate from the spec, interceptors (faults), invoke the handler's typed method (or rehearse it, rolled
 * back: a dry run), shape the answer; any refusal on the way becomes the cloud's error through its table. The cloud
 * supplies each step's specifics ({@link Protocol}); the request log and fault rules plug in as {@link Interceptor}s.
 */
public final class Pipeline<X extends Exchange, C, V> {
    private static final Logger log = LoggerFactory.getLogger(Pipeline.class);

    private final Protocol<X, C, V> protocol;
    private final Served<C, V> served;
    private final List<Interceptor> interceptors;
    private final Transactions transactions;

    /**
     * @param handlers every bean that implements one of the protocol's product interfaces
     * @param transactions where a rehearsal runs ({@link Protocol#rehearsal})
     */
    public Pipeline(Protocol<X, C, V> protocol, Collection<?> handlers, List<Interceptor> interceptors,
                    Transactions transactions) {
        this.protocol = protocol;
        this.transactions = transactions;
        this.served = new Served<>(protocol.operations(), handlers, protocol.aliases());
        this.interceptors = List.copyOf(interceptors);
    }

    public Protocol<X, C, V> protocol() {
        return protocol;
    }

    /** Which actions are served, by which handler. */
    public Served<C, V> served() {
        return served;
    }

    /** Answers a request meant for this cloud. Never throws: every failure is an answer in the cloud's format. */
    public ResponseEntity<byte[]> handle(HttpCall http) {
        X exchange = protocol.begin(http);
        ResponseEntity<byte[]> response;
        try {
            response = answer(exchange);
        } catch (CloudException e) {
            response = error(exchange, e);
        } catch (RuntimeException e) {
            response = error(exchange, translated(exchange, e));
        }
        for (Interceptor i : interceptors) i.completed(exchange, response);
        return response;
    }

    private ResponseEntity<byte[]> answer(X exchange) {
        protocol.parse(exchange);
        protocol.authenticate(exchange);
        protocol.documented(exchange);
        Served.Action<C, V> handler = served.find(exchange.product(), exchange.action());
        if (handler == null) throw protocol.notServed(exchange);
        V values = protocol.validate(exchange);
        for (Interceptor i : interceptors) i.beforeInvoke(exchange, protocol);
        C call = protocol.call(exchange, values);
        CloudException rehearsed = protocol.rehearsal(exchange, values);
        if (rehearsed != null) {
            transactions.rehearse(() -> handler.invoke(exchange.action(), call, values));
            throw rehearsed;
        }
        return protocol.answer(exchange, call, handler.invoke(exchange.action(), call, values));
    }

    /** A refusal of the core through the cloud's error table; anything else is the cloud's internal error, logged. */
    private CloudException translated(X exchange, RuntimeException e) {
        DomainException refusal = refusal(e);
        if (refusal != null) {
            try {
                return protocol.refused(exchange, refusal);
            } catch (RuntimeException noCode) {
                e = noCode; // a refusal the cloud's table has no code for: a bug, answered as one
            }
        }
        log.error("unexpected failure answering request {}", exchange.requestId(), e);
        return protocol.internal(exchange);
    }

    private ResponseEntity<byte[]> error(X exchange, CloudException e) {
        exchange.outcome(e.outcome());
        return protocol.error(exchange, e);
    }

    /** A refusal of the core; store failures a retry would fix (lock wait, deadlock, serialization) are BUSY. */
    private static DomainException refusal(RuntimeException e) {
        if (e instanceof DomainException d) return d;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException) return new DomainException(DomainError.BUSY, null);
        }
        return null;
    }
}
