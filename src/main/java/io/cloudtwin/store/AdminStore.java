package io.cloudtwin.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Whole-store operations of the admin API. */
@Repository
public class AdminStore {
    private final JdbcClient jdbc;

    public AdminStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void deleteEverything() {
        for (String table : new String[] {"membership", "security_group_rule", "instance", "security_group",
                "signature_nonce", "account_usage"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
