package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.cloudtwin.store.RowLocks;

/** A kind's repository from its record alone: columns, scope, paging by offset and by key, locks, updates. */
class ScopedTableTest {
    enum Shape { ROUND, SQUARE }

    record Thing(String id, Cloud cloud, String accountId, String region, String projectId, String name, int size,
                 Long weight, boolean active, Shape shape, List<String> labels, OffsetDateTime createdAt) {}

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final Scope HANGZHOU = new Scope(Cloud.ALIYUN, "1", "cn-hangzhou", "");
    private static final Scope BEIJING = new Scope(Cloud.ALIYUN, "1", "cn-beijing", "");

    private JdbcClient jdbc;
    private ScopedTable<Thing> things;

    @BeforeEach
    void table() {
        var ds = new DriverManagerDataSource("jdbc:h2:mem:scoped-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = JdbcClient.create(ds);
        jdbc.sql("CREATE TABLE thing (id VARCHAR(64) PRIMARY KEY, cloud VARCHAR(16), account_id VARCHAR(64), "
                + "region VARCHAR(64), project_id VARCHAR(64), name VARCHAR(64), size INT, weight BIGINT, active BOOLEAN, "
                + "shape VARCHAR(16), labels VARCHAR(1000), created_at TIMESTAMP WITH TIME ZONE, "
                + "description VARCHAR(64) DEFAULT '')").update();
        things = new ScopedTable<>(jdbc, new RowLocks(ds), "thing", Thing.class);
    }

    private Thing thing(String id, Scope s, String name, int minutes) {
        return new Thing(id, s.cloud(), s.accountId(), s.region(), s.projectId(), name, 3, null, true, Shape.ROUND,
                List.of("a", "b"), T0.plusMinutes(minutes));
    }

    @Test
    void rowsComeBackAsTheyWentInAndStayInTheirScope() {
        Thing a = thing("t-1", HANGZHOU, "a", 0);
        things.insert(a);
        things.insert(thing("t-2", BEIJING, "b", 1));
        assertThat(things.find(HANGZHOU, "t-1")).contains(a);
        assertThat(things.find(BEIJING, "t-1")).isEmpty();
        assertThat(things.exists("t-2")).isTrue();
        assertThat(things.all()).extracting(Thing::id).containsExactly("t-1", "t-2");
        assertThat(ScopedTable.column("accountId")).isEqualTo("account_id");
    }

    @Test
    void pagesByOffsetAndByKeyWithConditions() {
        for (int i = 0; i < 5; i++) things.insert(thing("t-" + i, HANGZHOU, i % 2 == 0 ? "even" : "odd", i));
        var page = things.list(HANGZHOU, new ScopedTable.Where().equal("name", "even"), 1, 1);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(Thing::id).containsExactly("t-2");
        assertThat(things.list(HANGZHOU, new ScopedTable.Where().in("id", List.of("t-1", "t-4")), 0, 10).items())
                .extracting(Thing::id).containsExactly("t-1", "t-4");
        var first = things.after(HANGZHOU, new ScopedTable.Where(), null, null, 2);
        assertThat(first).extracting(Thing::id).containsExactly("t-0", "t-1");
        Thing last = first.get(1);
        assertThat(things.after(HANGZHOU, new ScopedTable.Where(), last.createdAt(), last.id(), 2))
                .extracting(Thing::id).containsExactly("t-2", "t-3");
    }

    @Test
    void updatesLocksAndDeletes() {
        things.insert(thing("t-1", HANGZHOU, "a", 0));
        assertThat(things.update("t-1", Map.of("name", "renamed", "shape", Shape.SQUARE, "weight", 7L))).isEqualTo(1);
        Thing t = things.lock(HANGZHOU, "t-1").orElseThrow();
        assertThat(t.name()).isEqualTo("renamed");
        assertThat(t.shape()).isEqualTo(Shape.SQUARE);
        assertThat(t.weight()).isEqualTo(7L);
        assertThat(things.lock(BEIJING, "t-1")).isEmpty();
        assertThat(things.lockAll(HANGZHOU, List.of("t-9", "t-1"))).extracting(Thing::id).containsExactly("t-1");
        assertThat(things.delete("t-1")).isEqualTo(1);
        assertThat(things.exists("t-1")).isFalse();
    }

    @Test
    void pagesByKeyAfterARowAndSelectsAndGroupsAcrossScopes() {
        for (int i = 0; i < 4; i++) things.insert(thing("t-" + i, i < 3 ? HANGZHOU : BEIJING, i % 2 == 0 ? "even" : "odd", i));
        Thing first = things.after(HANGZHOU, new ScopedTable.Where(), null, 1).get(0);
        assertThat(first.id()).isEqualTo("t-0");
        assertThat(things.after(HANGZHOU, new ScopedTable.Where(), first, 5)).extracting(Thing::id)
                .containsExactly("t-1", "t-2");
        assertThat(things.select("name = :n", Map.of("n", "even"))).extracting(Thing::id).containsExactly("t-0", "t-2");
        var byName = things.groupedBy("name", List.of("odd", "even", "none"));
        assertThat(byName.keySet()).containsExactly("even", "odd");
        assertThat(byName.get("odd")).extracting(Thing::id).containsExactly("t-1", "t-3");
        assertThat(things.groupedBy("name", List.of())).isEmpty();
    }

    @Test
    void describesWithNullLeavingAFieldAsItIs() {
        things.insert(thing("t-1", HANGZHOU, "a", 0));
        assertThat(things.describe("t-1", null, "told")).isEqualTo(1);
        assertThat(things.find(HANGZHOU, "t-1").orElseThrow().name()).isEqualTo("a");
        assertThat(things.describe("t-1", "b", null)).isEqualTo(1);
        assertThat(things.find(HANGZHOU, "t-1").orElseThrow().name()).isEqualTo("b");
        assertThat(jdbc.sql("SELECT description FROM thing WHERE id = 't-1'").query(String.class).single()).isEqualTo("told");
        assertThat(things.describe("t-9", "c", "d")).isZero();
    }

    @Test
    void rowChangesNameTheColumnsToChangeAndSkipNulls() {
        things.insert(thing("t-1", HANGZHOU, "a", 0));
        record Resize(Integer size, Long weight) {}
        assertThat(RowChanges.from(new Resize(9, null))).containsEntry("size", 9).containsEntry("weight", null);
        things.update("t-1", RowChanges.from(new Resize(9, null)));
        things.update("t-1", RowChanges.of("name", null, "active", false));
        Thing t = things.find(HANGZHOU, "t-1").orElseThrow();
        assertThat(t.size()).isEqualTo(9);
        assertThat(t.weight()).isNull();
        assertThat(t.name()).isEqualTo("a");
        assertThat(t.active()).isFalse();
    }
}
