package io.cloudtwin.dialect.ucloud;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Faults;
import io.cloudtwin.dialect.CloudException;
import io.cloudtwin.dialect.HttpCall;
import io.cloudtwin.dialect.InputLimits;
import io.cloudtwin.dialect.JsonTree;
import io.cloudtwin.dialect.Operations;
import io.cloudtwin.dialect.Protocol;
import io.cloudtwin.dialect.ProtocolMarkers;
import io.cloudtwin.dialect.RequestIds;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/**
 * UCloud's API (https://api.ucloud.cn/): GET query, POST form or POST JSON, SHA1 signature, Region and ProjectId,
 * dispatch by Action to the product that documents it. Always HTTP 200 with {"Action":"XResponse","RetCode":N,...}
 * and an X-UCLOUD-REQUEST-UUID header.
 */
@Component
public record UcloudProtocol(UcloudAuthenticator authenticator, UcloudApiSpec spec)
        implements Protocol<UcloudExchange, UcloudCall, UcloudValues> {
    @Override
    public Cloud cloud() {
        return Cloud.UCLOUD;
    }

    @Override
    public int order() {
        return 0;
    }

    /** UCloud requests by protocol markers only (ProtocolMarkers): /ucloud, a top-level PublicKey, a JSON body. */
    @Override
    public boolean accepts(HttpCall http) {
        return ProtocolMarkers.cloudOf(http) == Cloud.UCLOUD;
    }

    @Override
    public List<? extends Operations<?, UcloudCall, UcloudValues>> operations() {
        return UcloudApis.ALL;
    }

    @Override
    public UcloudExchange begin(HttpCall http) {
        return new UcloudExchange(http, RequestIds.next());
    }

    @Override
    public void parse(UcloudExchange x) {
        x.params = UcloudParams.read(x.http());
        String action = x.params.get("Action");
        if (action == null || action.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_ACTION);
        x.action(action);
    }

    @Override
    public void authenticate(UcloudExchange x) {
        x.account(authenticator.authenticate(x.params));
    }

    /** UCloud's actions are unique across its products: the action names the product. */
    @Override
    public void documented(UcloudExchange x) {
        x.documented = spec.action(x.action()).orElseThrow(
                () -> new UcloudException(UcloudRetCode.ACTION_NOT_FOUND, x.action()));
        x.product(x.documented.product());
    }

    @Override
    public CloudException notServed(UcloudExchange x) {
        return new UcloudException(UcloudRetCode.NOT_SERVED, x.action());
    }

    /**
     * Input limits; Region (documented and required where the action takes one; account-wide actions work in every
     * region) and ProjectId (the caller's, else its default); then the parameters against the action's doc.
     */
    @Override
    public UcloudValues validate(UcloudExchange x) {
        var tooLong = InputLimits.check(x.params, InputLimits.UCLOUD);
        if (tooLong != null) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, tooLong.parameter());
        String region = x.params.get("Region");
        if (x.documented.param("Region").isPresent()) {
            if (region == null || region.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Region");
            if (!spec.regions().contains(region)) throw new UcloudException(UcloudRetCode.REGION_NOT_AVAILABLE, "Region");
        } else {
            region = null;
        }
        String project = x.params.get("ProjectId");
        if (project == null || project.isEmpty()) {
            project = x.account().defaultUcloudProject();
        } else if (!x.account().ucloudProjects().contains(project)) {
            throw new UcloudException(UcloudRetCode.PROJECT_NOT_FOUND, project);
        }
        x.region = region;
        x.project = project;
        return new UcloudParamValues(x.documented, UcloudValidator.validate(x.documented, x.params, spec, region));
    }

    @Override
    public UcloudCall call(UcloudExchange x, UcloudValues values) {
        return new UcloudCall(x.action(), x.account(), x.region, x.project);
    }

    @Override
    public ResponseEntity<byte[]> answer(UcloudExchange x, UcloudCall call, Object answer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Action", x.action() + "Response");
        body.put("RetCode", 0);
        body.putAll(((UcloudAnswer) answer).toMap());
        return render(x, body);
    }

    @Override
    public CloudException refused(UcloudExchange x, DomainException refusal) {
        return new UcloudException(UcloudErrors.of(refusal.error(), x.product(), x.action()), refusal.subject());
    }

    @Override
    public CloudException internal(UcloudExchange x) {
        return new UcloudException(UcloudRetCode.INTERNAL_ERROR);
    }

    /** The RetCode a fault rule names: a number of the table or any other number, or Throttling (153). */
    @Override
    public CloudException injected(UcloudExchange x, Faults.Rule rule) {
        if (rule.errorCode().equals(Faults.THROTTLING)) return new UcloudException(UcloudRetCode.RATE_LIMITED, null);
        int n;
        try {
            n = Integer.parseInt(rule.errorCode().trim());
        } catch (NumberFormatException e) {
            n = UcloudRetCode.TIMEOUT.retCode();
        }
        int number = n;
        return UcloudRetCode.byNumber(number).map(c -> new UcloudException(c, x.action()))
                .orElseGet(() -> UcloudException.injected(number));
    }

    @Override
    public ResponseEntity<byte[]> error(UcloudExchange x, CloudException error) {
        UcloudException e = (UcloudException) error;
        String action = x.action() != null ? x.action() : UcloudParams.actionHint(x.http());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Action", (action == null ? "" : action) + "Response");
        body.put("RetCode", e.retCode());
        body.put("Message", e.message());
        return render(x, body);
    }

    /** A JSON body is UCloud's too (only UCloud's SDKs post JSON), even when no marker could be read. */
    @Override
    public boolean claimsRefused(HttpCall http) {
        return accepts(http) || http.contentType().toLowerCase(Locale.ROOT).startsWith("application/json");
    }

    /** 230 naming the part at fault, with the Action the request's first bytes name. */
    @Override
    public ResponseEntity<byte[]> refusedByContainer(HttpCall http, int status, String what) {
        UcloudExchange x = begin(http);
        return error(x, new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, what));
    }

    private static ResponseEntity<byte[]> render(UcloudExchange x, Map<String, Object> body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, "application/json;charset=utf-8")
                .header("X-UCLOUD-REQUEST-UUID", x.requestId())
                .body(JsonTree.bytes(body));
    }
}
