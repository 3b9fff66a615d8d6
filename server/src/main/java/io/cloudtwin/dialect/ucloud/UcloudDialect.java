package io.cloudtwin.dialect.ucloud;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Faults;
import io.cloudtwin.core.RequestLog;
import io.cloudtwin.dialect.Dialect;
import io.cloudtwin.dialect.Failures;
import io.cloudtwin.dialect.HttpCall;
import io.cloudtwin.dialect.InputLimits;
import io.cloudtwin.dialect.JsonTree;
import io.cloudtwin.dialect.ProtocolMarkers;
import io.cloudtwin.dialect.RequestIds;
import io.cloudtwin.dialect.Served;

/**
 * UCloud's API (https://api.ucloud.cn/): GET query, POST form or POST JSON, SHA1 signature, Region and ProjectId,
 * dispatch by Action. Always HTTP 200 with {"Action":"XResponse","RetCode":N,...} and an X-UCLOUD-REQUEST-UUID header.
 */
@Component
@Order(0)
public class UcloudDialect implements Dialect {
    private static final Logger log = LoggerFactory.getLogger(UcloudDialect.class);

    private final Served<UcloudCall, UcloudValues> served;
    private final UcloudAuthenticator authenticator;
    private final Faults faults;
    private final RequestLog requestLog;
    private final UcloudApiSpec spec;

    public UcloudDialect(UcloudAuthenticator authenticator, Faults faults, RequestLog requestLog, UcloudApiSpec spec,
                         ListableBeanFactory beans) {
        List<Object> handlers = new ArrayList<>();
        for (var ops : UcloudApis.ALL) handlers.addAll(beans.getBeansOfType(ops.api()).values());
        this.served = new Served<>(UcloudApis.ALL, handlers);
        this.requestLog = requestLog;
        this.spec = spec;
        this.authenticator = authenticator;
        this.faults = faults;
    }

    /** The served actions of a product (uhost, unet, vpc, ...). */
    public Set<String> actionNames(String product) {
        return served.actions(product);
    }

    /** What the handler of a served action says it models ("" when silent or not served). */
    public String coverage(String product, String action) {
        return served.coverage(product, action);
    }

    /** UCloud requests by protocol markers only (ProtocolMarkers): /ucloud, a top-level PublicKey, a JSON body. */
    @Override
    public boolean accepts(HttpCall call) {
        return ProtocolMarkers.cloudOf(call) == Cloud.UCLOUD;
    }

    /** What the console shows of a request. */
    private static final class Outcome {
        String action;
        String accountId;
        int retCode;
    }

    @Override
    public ResponseEntity<byte[]> handle(HttpCall call) {
        long started = System.nanoTime();
        Outcome o = new Outcome();
        ResponseEntity<byte[]> response = answer(call, o);
        requestLog.record(Cloud.UCLOUD, o.action, o.accountId, 200, o.retCode == 0 ? "OK" : String.valueOf(o.retCode),
                (System.nanoTime() - started) / 1000);
        return response;
    }

    private ResponseEntity<byte[]> answer(HttpCall call, Outcome o) {
        String requestId = RequestIds.next();
        String action = null;
        UcloudApiSpec.Action documented = null;
        try {
            Map<String, String> params = UcloudParams.read(call);
            action = params.get("Action");
            if (action == null || action.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_ACTION);
            o.action = action;
            Account account = authenticator.authenticate(params);
            o.accountId = account.id();
            var tooLong = InputLimits.check(params, InputLimits.UCLOUD);
            if (tooLong != null) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, tooLong.parameter());
            documented = spec.action(action).orElse(null);
            if (documented == null) throw new UcloudException(UcloudRetCode.ACTION_NOT_FOUND, action);
            var handler = served.find(documented.product(), action);
            if (handler == null) throw new UcloudException(UcloudRetCode.NOT_SERVED, action);
            String region = params.get("Region");
            if (documented.param("Region").isPresent()) {
                if (region == null || region.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Region");
                if (!spec.regions().contains(region)) throw new UcloudException(UcloudRetCode.REGION_NOT_AVAILABLE, "Region");
            } else {
                region = null; // account-wide actions (UAccount) take no Region: their scope is every region
            }
            String project = params.get("ProjectId");
            if (project == null || project.isEmpty()) {
                project = account.defaultUcloudProject();
            } else if (!account.ucloudProjects().contains(project)) {
                throw new UcloudException(UcloudRetCode.PROJECT_NOT_FOUND, project);
            }
            var fault = faults.fire(Cloud.UCLOUD, action);
            if (fault.isPresent() && fault.get().errorCode() != null) {
                UcloudRetCode c = injectedCode(fault.get().errorCode());
                o.retCode = c == null ? parseOr(fault.get().errorCode(), UcloudRetCode.TIMEOUT.retCode()) : c.retCode();
                return error(action, requestId, o.retCode, c == null ? "Injected fault" : c.message(action));
            }
            var values = new UcloudParamValues(documented, UcloudValidator.validate(documented, params, spec, region));
            var answer = (UcloudAnswer) handler.invoke(action, new UcloudCall(action, account, region, project), values);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("Action", action + "Response");
            body.put("RetCode", 0);
            body.putAll(answer.toMap());
            return render(requestId, body);
        } catch (UcloudException e) {
            if (action == null) action = UcloudParams.actionHint(call);
            o.retCode = e.code().retCode();
            return error(action, requestId, e.code().retCode(), e.code().message(e.argument()));
        } catch (RuntimeException e) {
            if (action == null) action = UcloudParams.actionHint(call);
            DomainException d = Failures.asDomain(e);
            UcloudRetCode code = d == null ? UcloudRetCode.INTERNAL_ERROR
                    : UcloudErrors.of(d.error(), documented == null ? null : documented.product(), action);
            if (d == null) log.error("unexpected failure answering request {}", requestId, e);
            o.retCode = code.retCode();
            return error(action, requestId, code.retCode(), code.message(d == null ? null : d.subject()));
        }
    }

    /** The RetCode a fault rule names: a number, or Throttling (153). Null for a number outside the table. */
    private static UcloudRetCode injectedCode(String code) {
        if (code.equals(Faults.THROTTLING)) return UcloudRetCode.RATE_LIMITED;
        return UcloudRetCode.byNumber(parseOr(code, UcloudRetCode.TIMEOUT.retCode())).orElse(null);
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private ResponseEntity<byte[]> error(String action, String requestId, int retCode, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Action", (action == null || action.isEmpty() ? "" : action) + "Response");
        body.put("RetCode", retCode);
        body.put("Message", message);
        return render(requestId, body);
    }

    private ResponseEntity<byte[]> render(String requestId, Map<String, Object> body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/json;charset=utf-8")
                .header("X-UCLOUD-REQUEST-UUID", requestId)
                .body(JsonTree.bytes(body));
    }
}
