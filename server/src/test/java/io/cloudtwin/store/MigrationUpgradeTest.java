package io.cloudtwin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.cloudtwin.store.migration.V3__MembershipIndexes;

/** A store written by an earlier cloudtwin (schema version 2, with bindings in it) upgrades in place. */
class MigrationUpgradeTest {
    private static final String URL = "jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

    @Test
    void aVersionTwoStoreKeepsItsBindingsAndGetsTheNewIndexes() throws Exception {
        Flyway.configure().dataSource(URL, "sa", "").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            c.createStatement().execute("INSERT INTO security_group (id, cloud, account_id, region, created_at) "
                    + "VALUES ('sg-1', 'aliyun', 'a', 'r', CURRENT_TIMESTAMP)");
            c.createStatement().execute("INSERT INTO instance (id, cloud, account_id, region, status, created_at) "
                    + "VALUES ('i-1', 'aliyun', 'a', 'r', 'RUNNING', CURRENT_TIMESTAMP)");
            c.createStatement().execute("INSERT INTO membership (instance_id, group_id, created_at) "
                    + "VALUES ('i-1', 'sg-1', CURRENT_TIMESTAMP)");
        }

        var result = Flyway.configure().dataSource(URL, "sa", "").javaMigrations(new V3__MembershipIndexes()).load().migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.version).as("every migration after version 2 ran, from 3 on")
                .startsWith("3").doesNotContain("1", "2");
        try (Connection c = DriverManager.getConnection(URL, "sa", "")) {
            assertThat(strings(c, "SELECT instance_id || '/' || group_id FROM membership")).containsExactly("i-1/sg-1");
            assertThat(strings(c, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'MEMBERSHIP' "
                    + "AND INDEX_TYPE_NAME <> 'PRIMARY KEY' ORDER BY INDEX_NAME"))
                    .containsExactly("MEMBERSHIP_BY_GROUP", "MEMBERSHIP_BY_INSTANCE");
            c.createStatement().execute("DELETE FROM instance WHERE id = 'i-1'");
            assertThat(strings(c, "SELECT instance_id FROM membership")).isEmpty();
        }
    }

    @Test
    void aVpcPrefixListsTagsAndLabelsTakeTheirOwnKind() throws Exception {
        String url = "jdbc:h2:mem:upgrade-pl-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").javaMigrations(new V3__MembershipIndexes()).target("113").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (String[] pl : new String[][] {{"pl-ecs", "ecs"}, {"vpcpl-vpc", "vpc"}}) {
                c.createStatement().execute("INSERT INTO prefix_list (id, cloud, account_id, region, name, "
                        + "address_family, max_entries, created_at, product) VALUES ('" + pl[0] + "', 'aliyun', 'a', "
                        + "'r', 'n', 'IPv4', 5, CURRENT_TIMESTAMP, '" + pl[1] + "')");
                c.createStatement().execute("INSERT INTO resource_tag (cloud, account_id, region, resource_type, "
                        + "resource_id, tag_key, tag_value) VALUES ('aliyun', 'a', 'r', 'prefix_list', '" + pl[0]
                        + "', 'k', 'v')");
                c.createStatement().execute("INSERT INTO resource_label (cloud, account_id, region, resource_type, "
                        + "resource_id, label, label_value) VALUES ('aliyun', 'a', 'r', 'prefix_list', '" + pl[0]
                        + "', 'resourceGroup', 'rg-1')");
            }
        }

        Flyway.configure().dataSource(url, "sa", "").javaMigrations(new V3__MembershipIndexes()).load().migrate();

        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (String table : List.of("resource_tag", "resource_label")) {
                assertThat(strings(c, "SELECT resource_id || ' ' || resource_type FROM " + table + " ORDER BY 1"))
                        .as(table).containsExactly("pl-ecs prefix_list", "vpcpl-vpc vpc_prefix_list");
            }
        }
    }

    @Test
    void aVpcNatGatewayGetsItsDefaultNatIpBlock() throws Exception {
        String url = "jdbc:h2:mem:upgrade-natip-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").javaMigrations(new V3__MembershipIndexes()).target("115").load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("INSERT INTO vpc (id, cloud, account_id, region, cidr_blocks, created_at) "
                    + "VALUES ('vpc-1', 'aliyun', 'a', 'r', '172.16.0.0/12', CURRENT_TIMESTAMP)");
            c.createStatement().execute("INSERT INTO subnet (id, cloud, account_id, region, vpc_id, cidr_block, "
                    + "created_at) VALUES ('vsw-1', 'aliyun', 'a', 'r', 'vpc-1', '172.16.0.0/21', CURRENT_TIMESTAMP)");
            for (String[] g : new String[][] {{"ngw-vpcnat", "intranet"}, {"ngw-internet", "internet"}}) {
                c.createStatement().execute("INSERT INTO nat_gateway (id, cloud, account_id, region, vpc_id, subnet_id, "
                        + "nat_type, network_type, eip_bind_mode, internet_charge_type, charge_type, icmp_reply_enabled, created_at) "
                        + "VALUES ('" + g[0] + "', 'aliyun', 'a', 'r', 'vpc-1', 'vsw-1', 'Enhanced', '" + g[1]
                        + "', 'MULTI_BINDED', 'PayByLcu', 'PostPaid', TRUE, CURRENT_TIMESTAMP)");
            }
        }

        Flyway.configure().dataSource(url, "sa", "").javaMigrations(new V3__MembershipIndexes()).load().migrate();

        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            assertThat(strings(c, "SELECT id || ' ' || nat_gateway_id || ' ' || cidr || ' ' || is_default "
                    + "FROM nat_ip_cidr")).as("the VPC NAT gateway's only")
                    .containsExactly("vpcnatcidr-vpcnat ngw-vpcnat 172.16.0.0/21 TRUE");
        }
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
