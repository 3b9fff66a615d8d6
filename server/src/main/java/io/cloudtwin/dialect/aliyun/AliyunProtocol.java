package io.cloudtwin.dialect.aliyun;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Faults;
import io.cloudtwin.dialect.CloudException;
import io.cloudtwin.dialect.FormCodec;
import io.cloudtwin.dialect.HttpCall;
import io.cloudtwin.dialect.Operations;
import io.cloudtwin.dialect.Protocol;
import io.cloudtwin.dialect.RequestIds;
import io.cloudtwin.dialect.aliyun.AliyunRenderer.Format;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.dialect.aliyun.spec.Params;
import io.cloudtwin.dialect.aliyun.spec.ResponseShaper;
import io.cloudtwin.dialect.aliyun.spec.SpecErrors;
import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.spec.aliyun.ProductSpec;

/**
 * Aliyun RPC, ECS 2014-05-26 and VPC 2016-04-28 on one port: parameters from the query and the form body, product
 * by Version / x-acs-version and Host (AliyunSpecs), signature v1 or V3, then the action's metadata: unknown to it
 * 404 InvalidAction.NotFound, known but not served 501 NotImplemented, else its parameters validated
 * (spec.ParamValidator) and the typed handler's answer shaped by its response schema. XML (default) or JSON.
 * The fallback protocol: a request no other cloud recognizes is answered here.
 */
@Component
public record AliyunProtocol(AliyunSpecs specs, AliyunAuthenticator authenticator, AliyunRenderer renderer)
        implements Protocol<AliyunExchange, AliyunCall, Params> {
    private static final String DRY_RUN = "DryRun";

    @Override
    public Cloud cloud() {
        return Cloud.ALIYUN;
    }

    @Override
    public int order() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean accepts(HttpCall http) {
        return true;
    }

    @Override
    public List<? extends Operations<?, AliyunCall, Params>> operations() {
        return AliyunApis.ALL;
    }

    /**
     * The actions corrections.json (aliases) has another product's handler serve: ECS's deprecated VPC twins. Read
     * from the corrections alone: no product's metadata is loaded at start.
     */
    @Override
    public Map<String, Map<String, String>> aliases() {
        return ProductSpec.aliases(AliyunProduct.ECS.resource());
    }

    @Override
    public AliyunExchange begin(HttpCall http) {
        return new AliyunExchange(http, RequestIds.nextUpper(), AliyunAuthenticator.isV3(http) ? Format.JSON : Format.XML,
                AliyunSpecs.productNameOf(null, http.header("host")));
    }

    /** Parameters (Format among them), the HTTP method, Action and Version (V3: their headers), the product. */
    @Override
    public void parse(AliyunExchange x) {
        HttpCall http = x.http();
        x.params = parameters(http);
        if ("JSON".equalsIgnoreCase(x.params.get("Format"))) x.format = Format.JSON;
        if (!http.method().equals("GET") && !http.method().equals("POST")) {
            throw new AliyunException(AliyunError.UNSUPPORTED_HTTP_METHOD);
        }
        boolean v3 = AliyunAuthenticator.isV3(http);
        String action = v3 && http.header("x-acs-action") != null ? http.header("x-acs-action") : x.params.get("Action");
        if (action == null || action.isEmpty()) throw new AliyunException(AliyunError.MISSING_PARAMETER, "Action");
        String version = v3 && http.header("x-acs-version") != null ? http.header("x-acs-version") : x.params.get("Version");
        if (version == null || version.isEmpty()) throw new AliyunException(AliyunError.MISSING_PARAMETER, "Version");
        x.product(AliyunSpecs.productNameOf(version, http.header("host")));
        x.productSpec = specs.route(version, http.header("host"));
        x.product(x.productSpec.name());
        x.action(action);
    }

    @Override
    public void authenticate(AliyunExchange x) {
        x.account(authenticator.authenticate(x.http(), x.params));
    }

    @Override
    public void documented(AliyunExchange x) {
        x.spec = x.productSpec.action(x.action());
        if (x.spec == null) throw new AliyunException(AliyunError.INVALID_ACTION);
    }

    @Override
    public CloudException notServed(AliyunExchange x) {
        return new AliyunException(AliyunError.NOT_IMPLEMENTED, x.action());
    }

    @Override
    public Params validate(AliyunExchange x) {
        AliyunLimits.check(x.params, x.spec);
        Params values = Params.validate(x.spec, x.params);
        return aliased(x) ? values.declaredOnly() : values;
    }

    @Override
    public AliyunCall call(AliyunExchange x, Params values) {
        return new AliyunCall(x.spec, values, x.account(), x.http().header("host"));
    }

    /**
     * DryRun=true, of an action that has it: the request is checked as a real one is, every rule of the core with it,
     * and changes nothing; DryRunOperation answers one that would succeed.
     */
    @Override
    public CloudException rehearsal(AliyunExchange x, Params values) {
        boolean dryRun = x.spec.parameter(DRY_RUN).isPresent() && values.bool(DRY_RUN, false);
        return dryRun ? new AliyunException(AliyunError.DRY_RUN) : null;
    }

    /** The answer's fields, the page the call reported, shaped by the action's response schema. */
    @Override
    public ResponseEntity<byte[]> answer(AliyunExchange x, AliyunCall call, Object answer) {
        if (call.nothing()) return renderer.requestIdOnly(x.format, x.spec, x.requestId());
        Map<String, Object> fields = ((AliyunAnswer) answer).toMap();
        if (call.page() != null) fields.putAll(call.page());
        if (aliased(x)) fields = ResponseShaper.documented(x.spec.response(), fields);
        return renderer.success(x.format, x.spec, x.requestId(), fields);
    }

    /**
     * Whether another product's handler serves the action: it reads only the parameters this product's metadata
     * declares, and its answer is written with only the fields this product's schema documents.
     */
    private static boolean aliased(AliyunExchange x) {
        return x.productSpec.aliases().containsKey(x.action());
    }

    @Override
    public CloudException refused(AliyunExchange x, DomainException refusal) {
        if (x.spec != null) return AliyunErrors.of(refusal, x.spec);
        return new AliyunException(refusal.error() == DomainError.BUSY ? AliyunError.SERVICE_UNAVAILABLE
                : AliyunError.INTERNAL_ERROR);
    }

    @Override
    public CloudException internal(AliyunExchange x) {
        return new AliyunException(AliyunError.INTERNAL_ERROR);
    }

    /** A fault rule's code: one of the table with its status and message, else the code as is with 400. */
    @Override
    public CloudException injected(AliyunExchange x, Faults.Rule rule) {
        String code = rule.errorCode().equals(Faults.THROTTLING) ? AliyunError.THROTTLING.code() : rule.errorCode();
        return AliyunError.byCode(code).map(AliyunException::new)
                .orElseGet(() -> new AliyunException(rule.errorCode(), 400, "The request was refused by an injected fault."));
    }

    /** The error envelope; a code the action documents under another status or message is answered as documented. */
    @Override
    public ResponseEntity<byte[]> error(AliyunExchange x, CloudException error) {
        AliyunException e = (AliyunException) error;
        if (!e.documented()) e = SpecErrors.aligned(x.spec, e);
        String hostId = AliyunSpecs.hostIdOf(x.product());
        return renderer.error(x.format, x.requestId(), hostId, x.product(), e.code(), e.status(), e.answerMessage());
    }

    /**
     * UnsupportedHTTPMethod for a method Aliyun does not take, else InvalidParameter naming the part at fault; JSON
     * when the query asks Format=JSON.
     */
    @Override
    public ResponseEntity<byte[]> refusedByContainer(HttpCall http, int status, String what) {
        AliyunExchange x = begin(http);
        String query = http.rawQuery();
        if (query != null && query.matches("(?i)(.*&)?Format=JSON(&.*)?")) x.format = Format.JSON;
        boolean badMethod = status == 405 || status == 501 || !(http.method().equals("GET") || http.method().equals("POST"));
        AliyunException e = badMethod ? new AliyunException(AliyunError.UNSUPPORTED_HTTP_METHOD)
                : new AliyunException(AliyunError.INVALID_PARAMETER, what);
        return renderer.error(x.format, x.requestId(), e.code(), e.status(), e.answerMessage());
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
