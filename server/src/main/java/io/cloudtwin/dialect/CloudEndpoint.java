package io.cloudtwin.dialect;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Transactions;

/**
 * The cloud endpoint: every request outside /_cloudtwin/ goes to the pipeline of the first cloud whose protocol
 * recognizes it; the Aliyun protocol, the fallback, comes last. Each pipeline is built here from its protocol, the
 * beans that implement the protocol's product interfaces, and the interceptors.
 */
@RestController
public class CloudEndpoint {
    private final List<Pipeline<?, ?, ?>> pipelines = new ArrayList<>();

    public CloudEndpoint(List<Protocol<?, ?, ?>> protocols, List<Interceptor> interceptors, ListableBeanFactory beans,
                         Transactions transactions) {
        List<Protocol<?, ?, ?>> sorted = new ArrayList<>(protocols);
        sorted.sort(Comparator.comparingInt(Protocol::order));
        for (Protocol<?, ?, ?> p : sorted) pipelines.add(pipeline(p, interceptors, beans, transactions));
        ContainerErrors.register(sorted);
    }

    private static <X extends Exchange, C, V> Pipeline<X, C, V> pipeline(Protocol<X, C, V> protocol,
                                                                          List<Interceptor> interceptors,
                                                                          ListableBeanFactory beans,
                                                                          Transactions transactions) {
        // by identity: most handlers are records, whose hashCode walks every service they hold, and theirs (a
        // profile of the start found 40 ms in HashMap.hash here)
        Set<Object> handlers = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> ordered = new ArrayList<>();
        for (Operations<?, C, V> ops : protocol.operations()) {
            for (Object h : beans.getBeansOfType(ops.api()).values()) if (handlers.add(h)) ordered.add(h);
        }
        return new Pipeline<>(protocol, ordered, interceptors, transactions);
    }

    @RequestMapping("/**")
    public ResponseEntity<byte[]> handle(HttpServletRequest request) throws IOException {
        return dispatch(HttpCall.read(request));
    }

    /** Answers a request that was read: the first cloud that recognizes it, else the last (CloudFilter calls this). */
    public ResponseEntity<byte[]> dispatch(HttpCall call) {
        for (Pipeline<?, ?, ?> p : pipelines) {
            if (p.protocol().accepts(call)) return p.handle(call);
        }
        return pipelines.get(pipelines.size() - 1).handle(call);
    }

    /** Which actions of a cloud are served, by which handler (the coverage tables). */
    public Served<?, ?> served(Cloud cloud) {
        for (Pipeline<?, ?, ?> p : pipelines) if (p.protocol().cloud() == cloud) return p.served();
        throw new IllegalArgumentException("no protocol for " + cloud);
    }
}
