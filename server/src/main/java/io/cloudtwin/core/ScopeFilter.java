package io.cloudtwin.core;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WHERE clause that confines a query to one caller's scope. Built as text (not "(:r IS NULL OR ...)")
 * so that PostgreSQL never sees an untyped null parameter.
 */
public final class ScopeFilter {
    private ScopeFilter() {}

    public static String clause(String alias, Scope scope) {
        return clause(alias, scope, false);
    }

    /**
     * The same condition, written so that no index can serve it ({@code col || '' = :v}, in H2 and PostgreSQL alike):
     * for queries whose rows another condition (a primary-key lookup) already finds.
     */
    public static String checkOnly(String alias, Scope scope) {
        return clause(alias, scope, true);
    }

    private static String clause(String alias, Scope scope, boolean checkOnly) {
        String p = alias.isEmpty() ? "" : alias + ".";
        String open = checkOnly ? "(" : "", close = checkOnly ? " || '')" : "";
        String sql = open + p + "cloud" + close + " = :cloud AND " + open + p + "account_id" + close
                + " = :accountId AND " + open + p + "project_id" + close + " = :projectId";
        return scope.region() == null ? sql : sql + " AND " + open + p + "region" + close + " = :region";
    }

    /** A listing filter: column = :param, when the value is given (null or empty means "any"). */
    public static void equal(StringBuilder where, Map<String, Object> params, String column, String param, String value) {
        if (value == null || value.isEmpty()) return;
        where.append(" AND ").append(column).append(" = :").append(param);
        params.put(param, value);
    }

    /** A listing filter: column IN (:param), when values are given (null or empty means "any"). */
    public static void in(StringBuilder where, Map<String, Object> params, String column, String param,
                   Collection<String> values) {
        if (values == null || values.isEmpty()) return;
        where.append(" AND ").append(column).append(" IN (:").append(param).append(")");
        params.put(param, values);
    }

    public static Map<String, Object> params(Scope scope) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cloud", scope.cloud().key());
        m.put("accountId", scope.accountId());
        m.put("projectId", scope.projectId());
        if (scope.region() != null) m.put("region", scope.region());
        return m;
    }
}
