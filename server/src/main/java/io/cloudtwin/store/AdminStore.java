package io.cloudtwin.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whole-store operations of the admin API. */
@Component
public class AdminStore {
    private final JdbcClient jdbc;

    public AdminStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void deleteEverything() {
        for (String table : new String[] {"interface_group", "network_interface", "membership", "security_group_rule",
                "firewall_binding", "firewall_rule", "firewall", "default_network", "instance_detail", "instance",
                "security_group", "resource_tag", "client_token", "subnet_address", "subnet", "vpc", "signature_nonce",
                "account_usage", "listing_run", "listing_count"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}
