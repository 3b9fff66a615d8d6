package io.cloudtwin.dialect;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.ResponseEntity;

/**
 * Tomcat's error report (its HTML page for a request it refused itself: a request line it cannot parse, headers
 * too large, a path above the root, a TRACE) replaced by the cloud's own error body (ContainerErrors).
 */
public class CloudErrorValve extends ErrorReportValve {
    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) return;
        String uri;
        String query;
        String method;
        String type;
        try {
            uri = request.getRequestURI();
            query = request.getQueryString();
            method = request.getMethod();
            type = request.getContentType();
        } catch (RuntimeException unparsed) {
            uri = "/";
            query = null;
            method = "GET";
            type = null;
        }
        String what = status == 400 && query != null ? "QueryString" : "Request";
        ResponseEntity<byte[]> answer = ContainerErrors.render(status, method, uri, query, type, what);
        try {
            response.reset();
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            byte[] body = answer.getBody() == null ? new byte[0] : answer.getBody();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
