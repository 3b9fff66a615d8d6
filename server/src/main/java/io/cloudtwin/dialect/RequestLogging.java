package io.cloudtwin.dialect;

import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.RequestLog;

/** Every answered request in the console's log: cloud, action, caller, HTTP status, outcome, time taken. */
@Component
@Order(1)
public record RequestLogging(RequestLog log) implements Interceptor {
    @Override
    public void completed(Exchange exchange, ResponseEntity<byte[]> response) {
        log.record(exchange.cloud(), exchange.action(), exchange.accountId(), response.getStatusCode().value(),
                exchange.outcome(), exchange.elapsedMicros());
    }
}
