package io.cloudtwin.dialect.aliyun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.api.TagFields;
import io.cloudtwin.dialect.aliyun.spec.Paging;
import io.cloudtwin.dialect.aliyun.spec.Params;
import io.cloudtwin.dialect.aliyun.spec.SpecErrors;
import io.cloudtwin.spec.aliyun.ActionSpec;

/**
 * One authenticated Aliyun call as a handler sees it, beside its typed request: the caller, the scope its RegionId
 * names, paging, DryRun, and the errors its action documents. The request's parameters themselves are read only
 * through the typed request (generated from the metadata), never here by name; RegionId, the paging parameters and
 * DryRun are the protocol's, and this class reads them.
 */
public final class AliyunCall {
    private final ActionSpec spec;
    private final Params params;
    private final Account account;
    private final String host;
    private Map<String, Object> page;
    private boolean nothing;

    public AliyunCall(ActionSpec spec, Params params, Account account, String host) {
        this.spec = spec;
        this.params = params;
        this.account = account;
        this.host = host;
    }

    public String action() {
        return spec.name();
    }

    public ActionSpec spec() { return spec; }
    public Account account() { return account; }
    /** The Host the client sent (localhost:4566, ecs.cn-hangzhou.aliyuncs.com), or null. */
    public String host() { return host; }

    /** RegionId (regionId where the action spells it so), or null when not given (checked against the regions). */
    public String region() {
        return params.string(spec.regionParameter());
    }

    /**
     * The account in RegionId's region; without RegionId, every region of the account is searched. An action whose
     * metadata makes RegionId required never gets here without it (ParamValidator answers MissingParameter first).
     */
    public Scope scope() {
        return Scope.of(Cloud.ALIYUN, account.id(), region());
    }

    /** The page the request asks for (PageNumber/PageSize or NextToken/MaxResults), with this default size. */
    public Paging paging(int defaultPageSize) {
        return Paging.of(spec, params, defaultPageSize);
    }

    /** Answers the page's fields (TotalCount, PageNumber, PageSize or NextToken, as the schema has them) with answer. */
    public <T extends AliyunAnswer> T paged(T answer, Paging paging, long total) {
        page = paging.answer(total);
        return answer;
    }

    /** The same for a listing that seeks: the next page's cursor, or null after the last page. */
    public <T extends AliyunAnswer> T paged(T answer, Paging paging, long total, String nextCursor) {
        page = paging.answer(total, nextCursor);
        return answer;
    }

    /**
     * The rows a listing shows, its paging fields answered with answer. none: nothing (the filters exclude every row).
     * NextToken/MaxResults seeks past the row the token names, asking for one row more than the page to tell whether
     * another page follows, and counts the whole with a page of one; PageNumber/PageSize takes its page.
     */
    public <T> List<T> listed(AliyunAnswer answer, Paging paging, boolean none, Listing<T> listing) {
        if (none) {
            paged(answer, paging, 0);
            return List.of();
        }
        if (paging.tokenMode()) {
            T last = paging.cursor() == null ? null : listing.get(paging.cursor());
            List<T> shown = listing.after(last, paging.limit() + 1);
            boolean more = shown.size() > paging.limit();
            if (more) shown = shown.subList(0, paging.limit());
            paged(answer, paging, listing.page(0, 1).total(), more ? listing.id(shown.get(shown.size() - 1)) : null);
            return shown;
        }
        Page<T> p = listing.page(paging.offset(), paging.limit());
        paged(answer, paging, p.total());
        return p.items();
    }

    /**
     * What a read answers for a resource that does not exist where the cloud answers no error but a body of its
     * RequestId alone (no field of the schema), which the tools read as "gone".
     */
    public <T extends AliyunAnswer> T nothingFound(T answer) {
        if (!spec.requestIdOnlyWhenAbsent()) {
            throw new IllegalStateException(spec.name() + " is not in corrections.json's requestIdOnlyWhenAbsent");
        }
        nothing = true;
        return answer;
    }

    /** Whether the answer is the RequestId alone. */
    boolean nothing() { return nothing; }

    /** The paging fields to answer besides the handler's, or null. */
    Map<String, Object> page() { return page; }

    /**
     * Tag.N.Key / Tag.N.Value as an ordered key to value map; a pair without a key is the action's invalid-parameter
     * error, a missing value is "".
     */
    public Map<String, String> tags(List<? extends TagFields> tags) {
        Map<String, String> out = new LinkedHashMap<>();
        if (tags == null) return out;
        for (TagFields t : tags) {
            if (t.key() == null) throw invalid("Tag");
            out.put(t.key(), t.value() == null ? "" : t.value());
        }
        return out;
    }

    /**
     * Filter.N.Key / Filter.N.Value.M as a key to values map: a filter without a key is the action's invalid-parameter
     * error, a key not among known InvalidFilterKey.ValueNotSupported where the action documents it (else
     * InvalidParameter); a key without values filters nothing.
     */
    public <F> Map<String, List<String>> filters(List<F> given, Function<F, String> key,
                                                 Function<F, List<String>> values, Set<String> known) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (F f : given) {
            String k = key.apply(f);
            if (k == null) throw invalid("Filter");
            if (!known.contains(k)) throw firstError("Filter." + k, "InvalidFilterKey.ValueNotSupported");
            if (!values.apply(f).isEmpty()) out.put(k, values.apply(f));
        }
        return out;
    }

    /**
     * The ids a list action asks for, narrowed by its Tag.N pairs and ResourceGroupId (the account's default group
     * stands for a resource made without one; null: any group): empty when nothing can match, an empty list for any id.
     */
    public Optional<List<String>> narrow(TagService tagging, Scope scope, ResourceType kind, List<String> ids,
                                         List<? extends TagFields> tagged, String group) {
        return tagging.narrow(scope, kind, ids == null ? List.of() : ids, tags(tagged), group, defaultResourceGroup());
    }

    /** As above for an action that asks for one id or (blank) any. */
    public Optional<List<String>> narrow(TagService tagging, Scope scope, ResourceType kind, String id,
                                         List<? extends TagFields> tagged, String group) {
        return narrow(tagging, scope, kind, id == null || id.isEmpty() ? List.of() : List.of(id), tagged, group);
    }

    /**
     * The id of what create makes, made once per ClientToken of this action: a retry with the same token answers the
     * first one's id (no token: made each time).
     */
    public String once(ClientTokens tokens, Scope scope, String clientToken, Supplier<String> create) {
        return tokens.once(scope, action(), clientToken, () -> List.of(create.get())).get(0);
    }

    /** The caller's default resource group: the one a resource is in until it is put in another. */
    public String defaultResourceGroup() {
        return AliyunFormats.defaultResourceGroup(account.id());
    }

    /**
     * A ResourceGroupId to put a resource in: null when not given or the default group; one that is not rg- and
     * lower-case letters and digits names no group, and is the action's documented error for that.
     */
    public String resourceGroup(String given) {
        if (AliyunFormats.blank(given) || given.equals(defaultResourceGroup())) return null;
        if (!given.matches("rg-[a-z0-9]{1,60}")) {
            throw firstError(given, "InvalidResourceGroup.NotFound", "InvalidResourceGroupId",
                    "InvalidResourceGroupId.NotFound", "IllegalParam.ResourceGroupId", "InvalidParameter.ResourceGroupId");
        }
        return given;
    }

    /** An error from this action's errorCodes, with the metadata's status and message. */
    public AliyunException error(String code) {
        return SpecErrors.documented(spec, code, null);
    }

    /** An error from this action's errorCodes; argument fills the message's %s. */
    public AliyunException error(String code, String argument) {
        return SpecErrors.documented(spec, code, argument);
    }

    /** The first of these codes the action documents (argument fills its %s), else InvalidParameter naming argument. */
    public AliyunException firstError(String argument, String... codes) {
        for (String c : codes) if (spec.error(c).isPresent()) return error(c, argument);
        return new AliyunException(AliyunError.INVALID_PARAMETER, argument);
    }

    /** The action's missing-parameter error for a parameter (MissingParameter.Name where documented). */
    public AliyunException missing(String name) {
        return SpecErrors.missing(spec, name);
    }

    /** The action's invalid-parameter error for a parameter (InvalidName.Malformed where documented). */
    public AliyunException invalid(String name) {
        return SpecErrors.invalid(spec, name);
    }
}
