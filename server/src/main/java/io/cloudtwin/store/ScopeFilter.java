package io.cloudtwin.store;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudtwin.core.Scope;

/**
 * The WHERE clause that confines a query to one caller's scope. Built as text (not "(:r IS NULL OR ...)")
 * so that PostgreSQL never sees an untyped null parameter.
 */
final class ScopeFilter {
    private ScopeFilter() {}

    static String clause(String alias, Scope scope) {
        String p = alias.isEmpty() ? "" : alias + ".";
        String sql = p + "cloud = :cloud AND " + p + "account_id = :accountId AND " + p + "project_id = :projectId";
        return scope.region() == null ? sql : sql + " AND " + p + "region = :region";
    }

    /**
     * The same condition, written so that no index can serve it ({@code col || '' = :v}, in H2 and PostgreSQL alike):
     * for queries whose rows another condition (a primary-key lookup) already finds.
     */
    static String checkOnly(String alias, Scope scope) {
        String p = alias.isEmpty() ? "" : alias + ".";
        String sql = "(" + p + "cloud || '') = :cloud AND (" + p + "account_id || '') = :accountId AND (" + p
                + "project_id || '') = :projectId";
        return scope.region() == null ? sql : sql + " AND (" + p + "region || '') = :region";
    }

    static Map<String, Object> params(Scope scope) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cloud", scope.cloud().key());
        m.put("accountId", scope.accountId());
        m.put("projectId", scope.projectId());
        if (scope.region() != null) m.put("region", scope.region());
        return m;
    }
}
