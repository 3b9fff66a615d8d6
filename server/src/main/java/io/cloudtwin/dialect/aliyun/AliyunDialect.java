package io.cloudtwin.dialect.aliyun;

import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ProductSpec;
import java.nio.charset.StandardCharsets;
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
import io.cloudtwin.dialect.Served;
import io.cloudtwin.dialect.aliyun.spec.Params;
import org.springframework.beans.factory.ListableBeanFactory;
import io.cloudtwin.dialect.aliyun.AliyunRenderer.Format;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.dialect.aliyun.spec.AnswerObserver;
import io.cloudtwin.dialect.aliyun.spec.SpecErrors;

/**
 * Aliyun RPC, ECS 2014-05-26 and VPC 2016-04-28 on one port: parameters from the query and the form body, product
 * by Version / x-acs-version and Host (AliyunSpecs), signature v1 or V3, then the action's metadata: unknown to it
 * 404 InvalidAction.NotFound, known but not served 501 NotImplemented, else its parameters validated
 * (spec.ParamValidator) and the typed handler's answer shaped by its response schema. XML (default) or JSON.
 * The fallback dialect: a request no other dialect recognizes is answered here.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class AliyunDialect implements Dialect {
    public static final String VERSION = "2014-05-26";
    private static final Logger log = LoggerFactory.getLogger(AliyunDialect.class);

    private final AliyunSpecs specs;
    private final AliyunAuthenticator authenticator;
    private final AliyunRenderer renderer;
    private final Faults faults;
    private final RequestLog requestLog;
    private final List<AnswerObserver> observers;

    private final Served<AliyunCall, Params> served;

    public AliyunDialect(AliyunSpecs specs, AliyunAuthenticator authenticator, AliyunRenderer renderer, Faults faults,
                         RequestLog requestLog, List<AnswerObserver> observers, ListableBeanFactory beans) {
        List<Object> typed = new java.util.ArrayList<>();
        for (var ops : AliyunApis.ALL) typed.addAll(beans.getBeansOfType(ops.api()).values());
        this.served = new Served<>(AliyunApis.ALL, typed);
        this.requestLog = requestLog;
        this.observers = List.copyOf(observers);
        this.specs = specs;
        this.authenticator = authenticator;
        this.renderer = renderer;
        this.faults = faults;
    }

    /** The served actions of a product (AliyunSpecs.ECS, AliyunSpecs.VPC). */
    public java.util.Set<String> actionNames(String product) {
        return served.actions(product);
    }

    /** What the handler of a served action says it models ("" when silent or not served). */
    public String coverage(String product, String action) {
        return served.coverage(product, action);
    }

    /** The served ECS actions. */
    public java.util.Set<String> actionNames() {
        return actionNames(AliyunSpecs.ECS);
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
        for (AnswerObserver observer : observers) {
            String type = response.getHeaders().getFirst("Content-Type");
            observer.answered(o.product, o.spec, type != null && type.startsWith("application/json"),
                    response.getStatusCode().value(), o.code, response.getBody());
        }
        return response;
    }

    /** What the console shows of a request: its action, caller, answer and code. */
    private static final class Outcome {
        String action;
        String accountId;
        String code = "OK";
        String product = AliyunSpecs.ECS;
        ActionSpec spec;
    }

    private ResponseEntity<byte[]> answer(HttpCall call, Outcome o) {
        String requestId = RequestIds.nextUpper();
        Format format = AliyunAuthenticator.isV3(call) ? Format.JSON : Format.XML;
        String product = AliyunSpecs.productNameOf(null, call.header("host"));
        ActionSpec spec = null;
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
            product = AliyunSpecs.productNameOf(version, call.header("host"));
            ProductSpec productSpec = specs.route(version, call.header("host"));
            product = productSpec.name();
            o.product = product;
            o.action = action;

            Account account = authenticator.authenticate(call, params);
            o.accountId = account.id();
            spec = productSpec.action(action);
            o.spec = spec;
            if (spec == null) throw new AliyunException(AliyunError.INVALID_ACTION);
            var handler = served.find(product, action);
            if (handler == null) throw new AliyunException(AliyunError.NOT_IMPLEMENTED, action);
            AliyunLimits.check(params, spec);
            Params values = Params.validate(spec, params);
            var fault = faults.fire(Cloud.ALIYUN, action);
            if (fault.isPresent() && fault.get().errorCode() != null) {
                o.code = fault.get().errorCode();
                return injected(format, requestId, product, fault.get());
            }
            AliyunCall typedCall = new AliyunCall(spec, values, account);
            Map<String, Object> fields = ((AliyunAnswer) handler.invoke(action, typedCall, values)).toMap();
            if (typedCall.page() != null) fields.putAll(typedCall.page());
            return renderer.success(format, spec, requestId, fields);
        } catch (AliyunException e) {
            AliyunException answer = SpecErrors.aligned(spec, e);
            o.code = answer.code();
            o.product = product;
            return error(format, requestId, product, answer.code(), answer.status(), answer.answerMessage());
        } catch (RuntimeException e) {
            DomainException d = Failures.asDomain(e);
            AliyunException answer;
            if (d != null && spec != null) {
                answer = AliyunErrors.of(d, spec);
            } else {
                if (d == null) log.error("unexpected failure answering request {}", requestId, e);
                answer = SpecErrors.aligned(spec, new AliyunException(d == null ? AliyunError.INTERNAL_ERROR
                        : AliyunError.SERVICE_UNAVAILABLE));
            }
            o.code = answer.code();
            o.product = product;
            return error(format, requestId, product, answer.code(), answer.status(), answer.answerMessage());
        }
    }

    private ResponseEntity<byte[]> error(Format format, String requestId, String product, String code, int status,
                                         String message) {
        String hostId = AliyunSpecs.VPC.equals(product) ? "vpc.aliyuncs.com" : "ecs.aliyuncs.com";
        return renderer.error(format, requestId, hostId, product, code, status, message);
    }

    private ResponseEntity<byte[]> injected(Format format, String requestId, String product, Faults.Rule rule) {
        String code = rule.errorCode().equals(Faults.THROTTLING) ? AliyunError.THROTTLING.code() : rule.errorCode();
        return AliyunError.byCode(code)
                .map(e -> error(format, requestId, product, e.code(), e.httpStatus(), e.message(null)))
                .orElseGet(() -> error(format, requestId, product, rule.errorCode(), 400,
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
