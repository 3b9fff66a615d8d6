package io.cloudtwin.dialect;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.cloudtwin.config.AdminPaths;

/**
 * Every request outside the admin API goes straight to the dialects, whatever its method (TRACE, CONNECT, OPTIONS
 * ...) or path (/error too), so that every answer is in the cloud's own format. The query and the body are bounded
 * (cloudtwin.limits.max-query-bytes, max-body-bytes): a longer one is refused in the cloud's format before it is read
 * whole.
 * <p>
 * The endpoint (and with it every handler, service and store) is taken once every singleton exists, not when the
 * filter is made: the web server makes its filters before the bean factory's configuration is frozen, when each
 * constructor argument would be resolved by walking every bean definition (a profile of the start put ~100 ms there).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class CloudFilter extends OncePerRequestFilter implements SmartInitializingSingleton {
    private final ObjectProvider<CloudEndpoint> endpoints;
    private volatile CloudEndpoint endpoint;
    private final int maxQuery;
    private final int maxBody;

    public CloudFilter(ObjectProvider<CloudEndpoint> endpoints,
                       @Value("${cloudtwin.limits.max-query-bytes:131072}") int maxQuery,
                       @Value("${cloudtwin.limits.max-body-bytes:1048576}") int maxBody) {
        this.endpoints = endpoints;
        this.maxQuery = maxQuery;
        this.maxBody = maxBody;
    }

    @Override
    public void afterSingletonsInstantiated() {
        endpoint();
    }

    /** The endpoint; taken here should a request come before every singleton exists. */
    private CloudEndpoint endpoint() {
        CloudEndpoint e = endpoint;
        if (e == null) endpoint = e = endpoints.getObject();
        return e;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return AdminPaths.isAdmin(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String query = req.getQueryString();
        ResponseEntity<byte[]> answer;
        if (query != null && query.length() > maxQuery) {
            answer = refuse(req, 414, "QueryString");
        } else {
            HttpCall call = req.getContentLengthLong() > maxBody ? null : HttpCall.read(req, maxBody);
            if (call != null) {
                answer = endpoint().dispatch(call);
            } else {
                byte[] prefix = req.getInputStream().readNBytes(4096); // for the markers and the Action only
                answer = ContainerErrors.render(413, req.getMethod(), req.getRequestURI(), query, req.getContentType(),
                        prefix, "Body");
            }
        }
        write(answer, res);
    }

    private static ResponseEntity<byte[]> refuse(HttpServletRequest req, int status, String what) {
        return ContainerErrors.render(status, req.getMethod(), req.getRequestURI(), req.getQueryString(),
                req.getContentType(), what);
    }

    static void write(ResponseEntity<byte[]> answer, HttpServletResponse res) throws IOException {
        res.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(v -> res.addHeader(name, v)));
        byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody();
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
