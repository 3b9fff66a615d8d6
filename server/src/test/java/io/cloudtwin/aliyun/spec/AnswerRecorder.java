package io.cloudtwin.aliyun.spec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.Exchange;
import io.cloudtwin.dialect.Interceptor;
import io.cloudtwin.dialect.aliyun.AliyunExchange;
import io.cloudtwin.spec.aliyun.ActionSpec;

/**
 * Test-only (picked up by component scan in test runs): checks every Aliyun answer any server test provokes against
 * the action's metadata as it happens, and keeps the violations and the (product, action) pairs answered 200, for
 * AliyunConformanceTest to assert on.
 */
@Component
public class AnswerRecorder implements Interceptor {
    private static final List<String> VIOLATIONS = new ArrayList<>();
    private static final Set<String> SUCCEEDED = new TreeSet<>();
    private static long answers;

    @Override
    public void completed(Exchange exchange, ResponseEntity<byte[]> response) {
        if (!(exchange instanceof AliyunExchange x)) return;
        ActionSpec action = x.spec();
        String type = response.getHeaders().getFirst("Content-Type");
        boolean json = type != null && type.startsWith("application/json");
        int status = response.getStatusCode().value();
        List<String> v = SchemaCheck.answer(x.product(), action, json, status,
                new String(response.getBody(), StandardCharsets.UTF_8));
        synchronized (AnswerRecorder.class) {
            answers++;
            VIOLATIONS.addAll(v);
            if (status == 200 && action != null) SUCCEEDED.add(action.toString() + (json ? " JSON" : " XML"));
        }
    }

    public static synchronized List<String> violations() {
        return List.copyOf(VIOLATIONS);
    }

    public static synchronized Set<String> succeeded() {
        return Set.copyOf(SUCCEEDED);
    }

    public static synchronized long answers() {
        return answers;
    }
}
