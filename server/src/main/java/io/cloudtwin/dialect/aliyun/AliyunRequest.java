package io.cloudtwin.dialect.aliyun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** An authenticated Aliyun RPC call as handlers see it: the caller's scope and typed access to its parameters. */
public final class AliyunRequest extends io.cloudtwin.dialect.RequestParams {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String action;
    private final Account account;

    public AliyunRequest(String action, Map<String, String> params, Account account) {
        super(params);
        this.action = action;
        this.account = account;
    }

    @Override
    protected RuntimeException missing(String name) {
        return new AliyunException(AliyunError.MISSING_PARAMETER, name);
    }

    @Override
    protected RuntimeException invalid(String name) {
        return new AliyunException(AliyunError.INVALID_PARAMETER, name);
    }

    public String action() {
        return action;
    }

    /** Scope for actions where RegionId is optional: without it every region of the account is searched. */
    public Scope scope() {
        return Scope.of(Cloud.ALIYUN, account.id(), optional("RegionId"));
    }

    /** Scope for actions where RegionId is mandatory. */
    public Scope regionalScope() {
        return Scope.of(Cloud.ALIYUN, account.id(), required("RegionId"));
    }

    /** A list given as a JSON array string, e.g. InstanceIds=["i-a","i-b"]. */
    public List<String> jsonArray(String name, int maxItems) {
        String v = optional(name);
        if (v == null) return List.of();
        try {
            List<?> raw = JSON.readValue(v, List.class);
            List<String> out = new ArrayList<>();
            for (Object o : raw) {
                if (!(o instanceof String s) || s.isEmpty()) throw new AliyunException(AliyunError.INVALID_PARAMETER, name);
                out.add(s);
            }
            if (out.size() > maxItems) throw new AliyunException(AliyunError.INVALID_PARAMETER, name);
            return out;
        } catch (JacksonException e) {
            throw new AliyunException(AliyunError.INVALID_PARAMETER, name);
        }
    }

    /** A list given as Name.1, Name.2, ... (1-based, as Aliyun RPC flattens repeated parameters). */
    public List<String> repeated(String name, int maxItems) {
        List<String> out = new ArrayList<>();
        for (int n = 1; n <= maxItems + 1; n++) {
            String v = optional(name + "." + n);
            if (v == null) break;
            if (n > maxItems) throw new AliyunException(AliyunError.INVALID_PARAMETER, name);
            out.add(v);
        }
        return out;
    }

    /** Actions with DryRun=true validate their parameters and then answer DryRunOperation. */
    public void dryRunCheck() {
        if (bool("DryRun")) throw new AliyunException(AliyunError.DRY_RUN);
    }
}
