package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.store.RowLocks;
import io.cloudtwin.support.ServerTestBase;

/**
 * The embedded store's binding table after every migration: one index per lookup (H2 would otherwise keep its own
 * index per foreign key beside them, two more structures to change per binding), and the foreign keys still act.
 */
class SchemaTest extends ServerTestBase {
    @Autowired
    RowLocks locks;

    @Test
    void theBindingTableHasOneIndexPerLookup() {
        assertThat(jdbc.sql("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'MEMBERSHIP' "
                        + "AND INDEX_TYPE_NAME <> 'PRIMARY KEY' ORDER BY INDEX_NAME").query(String.class).list())
                .containsExactly("MEMBERSHIP_BY_GROUP", "MEMBERSHIP_BY_INSTANCE");
    }

    /** Tagging locks a resource of any kind by its type's table alone: every such table has the scope's columns. */
    @Test
    void everyTaggedKindsTableLocksItsRowsByScope() {
        var scope = new Scope(Cloud.ALIYUN, "a-kinds", "r-1", "");
        for (ResourceType kind : ResourceType.values()) {
            String id = "kind-" + kind.ordinal();
            assertThat(ScopedTable.lockRow(jdbc, locks, kind.table(), kind.rows(), scope, id)).as(kind.name())
                    .isFalse();
        }
        jdbc.sql("INSERT INTO security_group (id, cloud, account_id, region, created_at) "
                + "VALUES ('sg-kind', 'aliyun', 'a-kinds', 'r-1', CURRENT_TIMESTAMP)").update();
        assertThat(ScopedTable.lockRow(jdbc, locks, ResourceType.SECURITY_GROUP.table(), "TRUE", scope, "sg-kind"))
                .isTrue();
        assertThat(ScopedTable.lockRow(jdbc, locks, ResourceType.SECURITY_GROUP.table(), "TRUE",
                new Scope(Cloud.ALIYUN, "a-other", "r-1", ""), "sg-kind")).as("another account's").isFalse();
        jdbc.sql("DELETE FROM security_group WHERE id = 'sg-kind'").update();
    }

    @Test
    void theForeignKeysStillCascadeFromInstancesAndRefuseForGroups() {
        jdbc.sql("INSERT INTO security_group (id, cloud, account_id, region, created_at) "
                + "VALUES ('sg-fk', 'aliyun', 'a', 'r', CURRENT_TIMESTAMP)").update();
        jdbc.sql("INSERT INTO instance (id, cloud, account_id, region, status, created_at) "
                + "VALUES ('i-fk', 'aliyun', 'a', 'r', 'RUNNING', CURRENT_TIMESTAMP)").update();
        jdbc.sql("INSERT INTO membership (instance_id, group_id, created_at) VALUES ('i-fk', 'sg-fk', CURRENT_TIMESTAMP)")
                .update();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("INSERT INTO membership (instance_id, "
                        + "group_id, created_at) VALUES ('i-fk', 'sg-none', CURRENT_TIMESTAMP)").update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM security_group WHERE id = 'sg-fk'")
                .update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        jdbc.sql("DELETE FROM instance WHERE id = 'i-fk'").update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM membership WHERE group_id = 'sg-fk'").query(Integer.class).single())
                .isZero();
    }
}
