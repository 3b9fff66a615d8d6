package io.cloudtwin.dialect;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.cloudtwin.store.WrittenBarrier;

/**
 * No answer leaves before what it tells is written: after the answer is made and before the servlet writes it, the
 * store's barrier waits until every change the request could have seen is on file (on the H2 file store; elsewhere
 * it does nothing). docs/security.md, "Durability".
 */
@Component
@Order(0)
public record WrittenAnswers(WrittenBarrier barrier) implements Interceptor {
    private static final Logger log = LoggerFactory.getLogger(WrittenAnswers.class);

    @Override
    public void completed(Exchange exchange, ResponseEntity<byte[]> response) {
        try {
            barrier.await();
        } catch (RuntimeException e) {
            // the store itself failed: the answer is what it was; the request log and the server log say the rest
            log.warn("could not make sure the store's file holds what {} saw: {}", exchange.action(), e.toString());
        }
    }
}
