package io.cloudtwin.dialect.ucloud;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;

/**
 * An authenticated UCloud call as handlers see it: the caller's scope (account, Region, ProjectId) and the action's
 * parameters, already validated against UCloud's documented spec ({@link UcloudApiSpec}, {@link UcloudValidator}) before
 * the handler runs. Handlers never parse: they read typed values.
 *
 * <h2>Handler API</h2>
 * <pre>{@code
 * @Component
 * public class ModifyUHostInstanceName implements UcloudAction {
 *     public String name() { return "ModifyUHostInstanceName"; }          // must be a documented action
 *     public Map<String, Object> handle(UcloudRequest r) {
 *         String id = r.string("UHostId");                // required in the doc: never null here
 *         String name = r.string("Name", "UHost");        // optional: value, else the doc's default, else fallback
 *         int limit = r.integer("Limit", 20);             // int, already within the doc's min..max
 *         boolean force = r.bool("Force");                // boolean, doc default (false if none)
 *         List<String> ids = r.strings("UHostIds");       // array[string]: Name.N, JSON array or plain string
 *         for (UcloudItem rule : r.items("Rule")) {       // array[object]: Name.N.Field, in index order
 *             int p = rule.integer("Priority", 1);
 *             String dir = rule.string("Direction");      // enum values come in the doc's spelling
 *             rule.key("Priority");                       // "Rule.3.Priority", for a 230 naming the field
 *         }
 *         r.has("Tag");                                   // whether the client sent it
 *         r.scope();                                      // cloud, account, Region, ProjectId for the core
 *         return Map.of("UHostId", id);                   // response fields besides Action and RetCode
 *     }
 * }
 * }</pre>
 * Asking for a parameter the action's spec does not list, or with another type than documented, throws
 * {@link IllegalStateException}: add the parameter to {@code ucloud-api/sdk-corrections.json} (with why) if an
 * official SDK sends it. Business refusals stay in handlers and the core: throw
 * {@code new UcloudException(UcloudRetCode.X, argument)} or a {@code DomainException}.
 */
public final class UcloudRequest extends UcloudValues {
    private final UcloudApiSpec.Action spec;
    private final Account account;
    private final Scope scope;

    UcloudRequest(UcloudApiSpec.Action spec, Map<String, Object> values, Account account, String region, String project) {
        super(values);
        this.spec = spec;
        this.account = account;
        this.scope = new Scope(Cloud.UCLOUD, account.id(), region, project);
    }

    public String action() {
        return spec.name();
    }

    public Scope scope() {
        return scope;
    }

    public Account account() {
        return account;
    }

    public BigDecimal decimal(String name) {
        return (BigDecimal) value(name, UcloudApiSpec.Type.FLOAT);
    }

    /** An array[string] parameter in index order; empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object v = value(name, UcloudApiSpec.Type.STRING_ARRAY);
        return v == null ? List.of() : (List<String>) v;
    }

    /** An array[object] parameter in index order; empty when absent. */
    @SuppressWarnings("unchecked")
    public List<UcloudItem> items(String name) {
        Object v = value(name, UcloudApiSpec.Type.OBJECT_ARRAY);
        return v == null ? List.of() : (List<UcloudItem>) v;
    }

    @Override
    UcloudApiSpec.Param spec(String name) {
        return spec.param(name).orElseThrow(
                () -> new IllegalStateException(name + " is not a documented parameter of " + spec.name()));
    }

    @Override
    String shown(String name) {
        return name + " of " + spec.name();
    }
}
