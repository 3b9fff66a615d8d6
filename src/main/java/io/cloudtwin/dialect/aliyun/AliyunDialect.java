package io.cloudtwin.dialect.aliyun;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Faults;
import io.cloudtwin.core.RequestLog;
import io.cloudtwin.dialect.Dialect;
import io.cloudtwin.dialect.Failures;
import io.cloudtwin.dialect.FormCodec;
import io.cloudtwin.dialect.HttpCall;
import io.cloudtwin.dialect.RequestIds;
import io.cloudtwin.dialect.aliyun.AliyunRenderer.Format;

/**
 * Aliyun ECS RPC (API version 2014-05-26): parameters from the query and the form body, signature v1 or V3,
 * dispatch by Action through the registry of AliyunAction handlers, XML (default) or JSON answers.
 * The fallback dialect: a request no other dialect recognizes is answered here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class AliyunDialect implements Dialect {
    public static final String VERSION = "2014-05-26";
    private static final Logger log = LoggerFactory.getLogger(AliyunDialect.class);

    private final Map<String, AliyunAction> actions = new HashMap<>();
    private final AliyunAuthenticator authenticator;
    private final AliyunRenderer renderer;
    private final Faults faults;
    private final RequestLog requestLog;

    public AliyunDialect(List<AliyunAction> handlers, AliyunAuthenticator authenticator, AliyunRenderer renderer,
                         Faults faults, RequestLog requestLog) {
        this.requestLog = requestLog;
        for (AliyunAction a : handlers) {
            if (actions.put(a.name(), a) != null) throw new IllegalStateException("two handlers for " + a.name());
        }
        this.authenticator = authenticator;
        this.renderer = renderer;
        this.faults = faults;
    }

    public java.util.Set<String> actionNames() {
        return java.util.Collections.unmodifiableSet(actions.keySet());
    }

    @Override
    public boolean accepts(HttpCall call) {
        return true;
    }

    @Override
    public ResponseEntity<byte[]> handle(HttpCall call) {
        long started = System.nanoTime();
        Outcome o = new Outcome();
        ResponseEntity<byte[]> response = answer(call, o);
        requestLog.record(Cloud.ALIYUN, o.action, o.accountId, response.getStatusCode().value(), o.code,
                (System.nanoTime() - started) / 1000);
        return response;
    }

    /** What the console shows of a request: its action, caller, answer and code. */
    private static final class Outcome {
        String action;
        String accountId;
        String code = "OK";
    }

    private ResponseEntity<byte[]> answer(HttpCall call, Outcome o) {
        String requestId = RequestIds.nextUpper();
        Format format = AliyunAuthenticator.isV3(call) ? Format.JSON : Format.XML;
        try {
            Map<String, String> params = parameters(call);
            if ("JSON".equalsIgnoreCase(params.get("Format"))) format = Format.JSON;
            if (!call.method().equals("GET") && !call.method().equals("POST")) {
                throw new AliyunException(AliyunError.UNSUPPORTED_HTTP_METHOD);
            }
            boolean v3 = AliyunAuthenticator.isV3(call);
            String action = v3 && call.header("x-acs-action") != null ? call.header("x-acs-action") : params.get("Action");
            if (action == null || action.isEmpty()) throw new AliyunException(AliyunError.MISSING_PARAMETER, "Action");
            String version = v3 && call.header("x-acs-version") != null ? call.header("x-acs-version") : params.get("Version");
            if (version == null || version.isEmpty()) throw new AliyunException(AliyunError.MISSING_PARAMETER, "Version");
            if (!VERSION.equals(version)) throw new AliyunException(AliyunError.INVALID_VERSION);
            o.action = action;

            Account account = authenticator.authenticate(call, params);
            o.accountId = account.id();
            AliyunLimits.check(params);
            AliyunAction handler = actions.get(action);
            if (handler == null) throw new AliyunException(AliyunError.INVALID_ACTION);
            var fault = faults.fire(Cloud.ALIYUN, action);
            if (fault.isPresent() && fault.get().errorCode() != null) {
                o.code = fault.get().errorCode();
                return injected(format, requestId, fault.get());
            }
            return renderer.success(format, action, requestId, handler.handle(new AliyunRequest(action, params, account)));
        } catch (AliyunException e) {
            o.code = e.error().code();
            return error(format, requestId, e.error(), e.argument());
        } catch (RuntimeException e) {
            DomainException d = Failures.asDomain(e);
            AliyunError error = d != null ? AliyunError.of(d.error()) : AliyunError.INTERNAL_ERROR;
            if (d == null) log.error("unexpected failure answering request {}", requestId, e);
            o.code = error.code();
            return error(format, requestId, error, null);
        }
    }

    private ResponseEntity<byte[]> error(Format format, String requestId, AliyunError e, String argument) {
        return renderer.error(format, requestId, e.code(), e.httpStatus(), e.message(argument));
    }

    private ResponseEntity<byte[]> injected(Format format, String requestId, Faults.Rule rule) {
        String code = rule.errorCode().equals(Faults.THROTTLING) ? AliyunError.THROTTLING.code() : rule.errorCode();
        return AliyunError.byCode(code)
                .map(e -> error(format, requestId, e, null))
                .orElseGet(() -> renderer.error(format, requestId, rule.errorCode(), 400,
                        "The request was refused by an injected fault."));
    }

    /** Query parameters, then form-body parameters (the query wins where both name a key). */
    static Map<String, String> parameters(HttpCall call) {
        Map<String, String> params = new LinkedHashMap<>();
        try {
            FormCodec.parseInto(call.rawQuery(), params);
            if (call.body().length > 0 && (call.formBody() || call.contentType().isEmpty())) {
                FormCodec.parseInto(new String(call.body(), StandardCharsets.UTF_8), params);
            }
        } catch (FormCodec.MalformedException e) {
            throw new AliyunException(AliyunError.INVALID_PARAMETER, "QueryString");
        }
        return params;
    }
}
