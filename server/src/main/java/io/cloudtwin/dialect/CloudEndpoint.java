package io.cloudtwin.dialect;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cloud endpoint: every request outside /_cloudtwin/ goes to the first dialect that recognizes it.
 * Dialects are ordered; the Aliyun dialect, being the fallback, comes last.
 */
@RestController
public class CloudEndpoint {
    private final List<Dialect> dialects;

    public CloudEndpoint(List<Dialect> dialects) {
        List<Dialect> sorted = new java.util.ArrayList<>(dialects);
        AnnotationAwareOrderComparator.sort(sorted);
        this.dialects = List.copyOf(sorted);
    }

    @RequestMapping("/**")
    public ResponseEntity<byte[]> handle(HttpServletRequest request) throws IOException {
        return dispatch(HttpCall.read(request));
    }

    /** Answers a request that was read: the first dialect that recognizes it, else the last (CloudFilter calls this). */
    public ResponseEntity<byte[]> dispatch(HttpCall call) {
        for (Dialect d : dialects) {
            if (d.accepts(call)) return d.handle(call);
        }
        return dialects.get(dialects.size() - 1).handle(call);
    }
}
