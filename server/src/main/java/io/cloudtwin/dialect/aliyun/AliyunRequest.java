package io.cloudtwin.dialect.aliyun;

import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ProductSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;
import io.cloudtwin.dialect.aliyun.spec.Paging;
import io.cloudtwin.dialect.aliyun.spec.Params;
import io.cloudtwin.dialect.aliyun.spec.SpecErrors;

/**
 * An authenticated Aliyun RPC call as a handler sees it: the caller, the action's metadata, and its parameters
 * already validated against that metadata (required, types, ranges, enums, lengths, list styles, RegionId).
 * Handlers never parse a parameter by hand; they read typed values:
 * <pre>
 *   String id      = r.required("InstanceId");           // absent: the action's MissingParameter[.InstanceId]
 *   String name    = r.string("InstanceName", "");       // absent: the fallback
 *   int amount     = r.integer("Amount", 1);              // metadata minimum/maximum already checked
 *   boolean force  = r.bool("Force", false);
 *   List&lt;String&gt; g  = r.list("SecurityGroupIds");       // SecurityGroupIds.1, .2, ... (or json/simple styles)
 *   List&lt;Params&gt; ps = r.objects("Permissions");         // Permissions.N.Field, each typed: p.string("IpProtocol")
 *   Map&lt;String,String&gt; tags = r.tags("Tag");            // Tag.N.Key / Tag.N.Value
 *   List&lt;String&gt; ids = r.jsonList("InstanceIds", 100);  // a string parameter holding a JSON array
 *   Paging p = r.paging(10);                              // PageNumber/PageSize or NextToken/MaxResults
 *   throw r.error("InvalidSecurityGroupRule.Duplicated"); // a code from this action's errorCodes (status, message)
 *   throw r.invalid("PortRange");                         // the action's Invalid&lt;Name&gt;.Malformed, else InvalidParameter
 * </pre>
 * Scope: {@link #scope()} (RegionId optional) or {@link #regionalScope()} (RegionId required).
 */
public final class AliyunRequest {
    private final ActionSpec spec;
    private final Params params;
    private final Account account;

    public AliyunRequest(ActionSpec spec, Params params, Account account) {
        this.spec = spec;
        this.params = params;
        this.account = account;
    }

    /** Validates raw parameters against the action's metadata; throws the action's AliyunException on a fault. */
    public static AliyunRequest validated(ActionSpec spec, Map<String, String> raw, Account account) {
        return new AliyunRequest(spec, Params.validate(spec, raw), account);
    }

    public String action() {
        return spec.name();
    }

    public ActionSpec spec() {
        return spec;
    }

    public ProductSpec product() {
        return spec.product();
    }

    public Account account() {
        return account;
    }

    /** The typed view itself (for helpers shared by several handlers). */
    public Params params() {
        return params;
    }

    public boolean has(String name) {
        return params.has(name);
    }

    public String string(String name) {
        return params.string(name);
    }

    public String string(String name, String fallback) {
        return params.string(name, fallback);
    }

    public String required(String name) {
        return params.required(name);
    }

    public Integer integer(String name) {
        return params.integer(name);
    }

    public int integer(String name, int fallback) {
        return params.integer(name, fallback);
    }

    public Long longValue(String name) {
        return params.longValue(name);
    }

    public long longValue(String name, long fallback) {
        return params.longValue(name, fallback);
    }

    public BigDecimal number(String name) {
        return params.number(name);
    }

    public Boolean bool(String name) {
        return params.bool(name);
    }

    public boolean bool(String name, boolean fallback) {
        return params.bool(name, fallback);
    }

    public List<String> list(String name) {
        return params.list(name);
    }

    public List<Params> objects(String name) {
        return params.objects(name);
    }

    public Params object(String name) {
        return params.object(name);
    }

    public Map<String, String> tags(String name) {
        return params.tags(name);
    }

    public List<String> jsonList(String name, int maxItems) {
        return params.jsonList(name, maxItems);
    }

    /** RegionId, or null when not given (it was checked against the product's regions). */
    public String region() {
        return params.string("RegionId");
    }

    /** Scope for actions where RegionId is optional: without it every region of the account is searched. */
    public Scope scope() {
        return Scope.of(Cloud.ALIYUN, account.id(), region());
    }

    /** Scope for actions where RegionId is mandatory (absent: the action's missing-parameter error). */
    public Scope regionalScope() {
        return Scope.of(Cloud.ALIYUN, account.id(), required("RegionId"));
    }

    public Paging paging(int defaultPageSize) {
        return Paging.of(spec, params, defaultPageSize);
    }

    /** Actions with DryRun=true validate their parameters and then answer DryRunOperation. */
    public void dryRunCheck() {
        if (bool("DryRun", false)) throw new AliyunException(AliyunError.DRY_RUN);
    }

    /** An error from this action's errorCodes, with the metadata's status and message. */
    public AliyunException error(String code) {
        return SpecErrors.documented(spec, code, null);
    }

    /** An error from this action's errorCodes; argument fills the message's %s. */
    public AliyunException error(String code, String argument) {
        return SpecErrors.documented(spec, code, argument);
    }

    /** The action's missing-parameter error for name (MissingParameter.Name where documented, else MissingParameter). */
    public AliyunException missing(String name) {
        return SpecErrors.missing(spec, name);
    }

    /** The action's invalid-parameter error for name (Invalid&lt;Name&gt;.Malformed where documented, else InvalidParameter). */
    public AliyunException invalid(String name) {
        return SpecErrors.invalid(spec, name);
    }
}
