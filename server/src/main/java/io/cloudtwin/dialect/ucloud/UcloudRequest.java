package io.cloudtwin.dialect.ucloud;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;

/**
 * An authenticated UCloud call as handlers see it: the caller's scope (account, Region, ProjectId) and typed access
 * to the flattened parameters, arrays included (Key.N, 0-based; Key.N.Field for arrays of objects).
 */
public final class UcloudRequest extends io.cloudtwin.dialect.RequestParams {
    private final String action;
    private final Account account;
    private final Scope scope;

    public UcloudRequest(String action, Map<String, String> params, Account account, String region, String project) {
        super(params);
        this.action = action;
        this.account = account;
        this.scope = new Scope(Cloud.UCLOUD, account.id(), region, project);
    }

    public String action() {
        return action;
    }

    public Scope scope() {
        return scope;
    }

    public Account account() {
        return account;
    }

    @Override
    protected RuntimeException missing(String name) {
        return new UcloudException(UcloudRetCode.MISSING_PARAMS, name);
    }

    @Override
    protected RuntimeException invalid(String name) {
        return new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, name);
    }

    /**
     * A string array: Name (a plain string) and Name.0, Name.1, ... (a JSON array arrives flattened the same way).
     * An index that is not a number, a nested field, or an empty element makes the parameter invalid.
     */
    public List<String> list(String name) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        String plain = params.get(name);
        if (plain != null) {
            if (plain.isEmpty()) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, name);
            out.add(plain);
        }
        TreeMap<Integer, String> indexed = new TreeMap<>();
        String prefix = name + ".";
        for (var e : params.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            String rest = e.getKey().substring(prefix.length());
            int index = index(rest, name);
            if (e.getValue().isEmpty()) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, e.getKey());
            indexed.put(index, e.getValue());
        }
        out.addAll(indexed.values());
        return new ArrayList<>(out);
    }

    /** An array of objects: Name.N.Field. Each element maps field name to value, in index order. */
    public List<Map<String, String>> objects(String name) {
        TreeMap<Integer, Map<String, String>> byIndex = new TreeMap<>();
        String prefix = name + ".";
        for (var e : params.entrySet()) {
            if (!e.getKey().startsWith(prefix)) continue;
            String rest = e.getKey().substring(prefix.length());
            int dot = rest.indexOf('.');
            if (dot <= 0 || dot == rest.length() - 1) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, e.getKey());
            int index = index(rest.substring(0, dot), name);
            byIndex.computeIfAbsent(index, k -> new java.util.HashMap<>()).put(rest.substring(dot + 1), e.getValue());
        }
        if (params.containsKey(name)) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, name);
        return new ArrayList<>(byIndex.values());
    }

    private static int index(String s, String name) {
        if (s.isEmpty() || s.length() > 4) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, name);
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, name);
        }
        return Integer.parseInt(s);
    }
}
