package io.cloudtwin.core;

import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Settings an account keeps across its regions, by name (Aliyun's session manager status): what a cloud's dialect
 * allows under each name, and what an account that never set one reads, are the dialect's. A setting is one row,
 * written by a conditional statement, so two writers at once leave one of their values.
 */
@Component
public record AccountSettings(JdbcClient jdbc) {
    /** A setting of an account (cloud: its key, as stored), as the state document carries it. */
    public record Setting(String cloud, String accountId, String name, String value) {}

    /** The scope's account's value under that name; empty when it never set one. */
    public Optional<String> get(Scope scope, String name) {
        return jdbc.sql("SELECT setting FROM account_setting WHERE cloud = :c AND account_id = :a AND name = :n")
                .param("c", scope.cloud().key()).param("a", scope.accountId()).param("n", name)
                .query(String.class).optional();
    }

    /** Sets the scope's account's value under that name (each statement its own transaction). */
    public void set(Scope scope, String name, String value) {
        if (update(scope, name, value) > 0) return;
        try {
            jdbc.sql("INSERT INTO account_setting (cloud, account_id, name, setting) VALUES (:c, :a, :n, :v)")
                    .param("c", scope.cloud().key()).param("a", scope.accountId()).param("n", name)
                    .param("v", value).update();
        } catch (DuplicateKeyException e) {
            update(scope, name, value);
        }
    }

    private int update(Scope scope, String name, String value) {
        return jdbc.sql("UPDATE account_setting SET setting = :v WHERE cloud = :c AND account_id = :a AND name = :n")
                .param("c", scope.cloud().key()).param("a", scope.accountId()).param("n", name).param("v", value)
                .update();
    }

    /** Every account's settings, by cloud, account and name. */
    public List<Setting> all() {
        return jdbc.sql("SELECT cloud, account_id, name, setting FROM account_setting ORDER BY cloud, account_id, name")
                .query((rs, n) -> new Setting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
