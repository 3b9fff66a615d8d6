package io.cloudtwin.dialect;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Faults;

/**
 * The admin API's fault rules (core.Faults): a matching rule waits its latency, then answers with its error in the
 * cloud's format instead of running the handler.
 */
@Component
@Order(0)
public record FaultInjection(Faults faults) implements Interceptor {
    @Override
    public <X extends Exchange> void beforeInvoke(X exchange, Protocol<X, ?, ?> protocol) {
        var rule = faults.fire(exchange.cloud(), exchange.action());
        if (rule.isPresent() && rule.get().errorCode() != null) throw protocol.injected(exchange, rule.get());
    }
}
