package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The reads of link tables the stores share: counts per key, pairs, grouped rows, counts over several tables. */
class RowsTest {
    private JdbcClient jdbc;

    @BeforeEach
    void tables() {
        var ds = new DriverManagerDataSource("jdbc:h2:mem:rows-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = JdbcClient.create(ds);
        jdbc.sql("CREATE TABLE binding (instance_id VARCHAR(64) PRIMARY KEY, group_id VARCHAR(64))").update();
        jdbc.sql("CREATE TABLE other (group_id VARCHAR(64))").update();
        jdbc.sql("INSERT INTO binding VALUES ('i-3', 'g-1'), ('i-1', 'g-1'), ('i-2', 'g-2')").update();
        jdbc.sql("INSERT INTO other VALUES ('g-1'), ('g-1'), ('g-9')").update();
    }

    @Test
    void countsPerKeyAndOverSeveralTables() {
        assertThat(Rows.countsBy(jdbc, "binding", "group_id", List.of("g-1", "g-2", "g-3")))
                .isEqualTo(Map.of("g-1", 2L, "g-2", 1L));
        assertThat(Rows.countsBy(jdbc, "binding", "group_id", List.of())).isEmpty();
        assertThat(Rows.count(jdbc, "binding", "group_id", "g-1")).isEqualTo(2);
        assertThat(Rows.count(jdbc, "binding", "group_id", "g-3")).isZero();
        assertThat(Rows.countAll(jdbc, "g-1", "binding WHERE group_id = :value", "other WHERE group_id = :value"))
                .isEqualTo(4);
        assertThat(Rows.countAll(jdbc, "g-9", "binding WHERE group_id = :value", "other WHERE group_id = :value"))
                .isEqualTo(1);
    }

    @Test
    void pairsByKeyAndGroupsInOrder() {
        assertThat(Rows.pairs(jdbc, "binding", "instance_id", "group_id", List.of("i-1", "i-2", "i-9")))
                .isEqualTo(Map.of("i-1", "g-1", "i-2", "g-2"));
        assertThat(Rows.pairs(jdbc, "binding", "instance_id", "group_id", List.of())).isEmpty();
        assertThat(Rows.allPairs(jdbc, "binding", "instance_id", "group_id").keySet())
                .containsExactly("i-1", "i-2", "i-3");
        var grouped = Rows.grouped(List.of("a1", "b1", "a2"), s -> s.substring(0, 1), s -> s.substring(1));
        assertThat(grouped.keySet()).containsExactly("a", "b");
        assertThat(grouped.get("a")).containsExactly("1", "2");
    }
}
