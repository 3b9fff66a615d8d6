package io.cloudtwin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.cloudtwin.support.LocalPostgres;

/**
 * V131 gives each UCloud VPC made before it its default route table, with the id the code derives for VPCs made
 * after it (routetable- and the suffix of the VPC's id), on H2 and PostgreSQL; Aliyun VPCs, which had their system
 * tables already, and UCloud VPCs that somehow have one keep what they have.
 */
class DefaultRouteTableMigrationTest {
    private static final String ROWS = "SELECT id || ' ' || vpc_id || ' ' || cloud || ' ' || CASE WHEN system_table "
            + "THEN 'system' ELSE 'custom' END FROM route_table ORDER BY id";

    @Test
    void onH2(@TempDir Path dir) throws Exception {
        check(new DriverManagerDataSource("jdbc:h2:file:" + dir.resolve("store") + ";LOCK_TIMEOUT=10000", "sa", ""));
    }

    @Test
    void onPostgres() throws Exception {
        try (LocalPostgres pg = LocalPostgres.start()) {
            pg.sql("CREATE DATABASE migration");
            check(new DriverManagerDataSource(pg.jdbcUrl("migration"), "postgres", ""));
        }
    }

    private static void check(DataSource ds) throws SQLException {
        Flyway.configure().dataSource(ds).locations(StoreSchema.MIGRATIONS).target("130").load().migrate();
        execute(ds, vpc("uvnet-abc123", "ucloud"));
        execute(ds, vpc("uvnet-had1", "ucloud"));
        execute(ds, vpc("vpc-aliyun1", "aliyun"));
        execute(ds, "INSERT INTO route_table (id, cloud, account_id, region, vpc_id, system_table, created_at) VALUES "
                + "('vtb-aliyun1', 'aliyun', '1', 'cn-hangzhou', 'vpc-aliyun1', TRUE, CURRENT_TIMESTAMP), "
                + "('routetable-had1', 'ucloud', '1', 'cn-bj2', 'uvnet-had1', TRUE, CURRENT_TIMESTAMP)");

        StoreSchema.prepare(ds);

        assertThat(strings(ds, ROWS)).containsExactly("routetable-abc123 uvnet-abc123 ucloud system",
                "routetable-had1 uvnet-had1 ucloud system", "vtb-aliyun1 vpc-aliyun1 aliyun system");
        assertThat(strings(ds, "SELECT account_id || ' ' || region || ' ' || project_id FROM route_table "
                + "WHERE id = 'routetable-abc123'")).containsExactly("1 cn-bj2 org-default");
    }

    private static String vpc(String id, String cloud) {
        return "INSERT INTO vpc (id, cloud, account_id, region, project_id, cidr_blocks, created_at) VALUES ('" + id
                + "', '" + cloud + "', '1', 'cn-bj2', 'org-default', '10.0.0.0/16', CURRENT_TIMESTAMP)";
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(DataSource ds, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
