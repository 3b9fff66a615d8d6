package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** State documents copied from rows by name: the scope's names, derived values, wrappers, and the refusals. */
class DocumentsTest {
    record Row(String id, Cloud cloud, String accountId, String region, String projectId, long timeout, String config) {
        public int configLength() {
            return config.length();
        }
    }

    record Doc(String cloud, String account, String region, String project, String id, Long timeout,
               int configLength) {}

    record Renamed(String cloud, String account, String region, String project, String id, String name) {}

    record Retyped(String id, int timeout) {}

    @Test
    void copiesByNameWithTheStateFilesScopeNames() {
        var rows = List.of(new Row("hpc-1", Cloud.ALIYUN, "1000000000000001", "cn-hangzhou", "", 30, "abc"),
                new Row("hpc-2", Cloud.UCLOUD, "2000000000000002", "cn-bj2", "org-1", 60, ""));
        assertThat(Documents.of(Doc.class, Row.class, rows)).containsExactly(
                new Doc("aliyun", "1000000000000001", "cn-hangzhou", "", "hpc-1", 30L, 3),
                new Doc("ucloud", "2000000000000002", "cn-bj2", "org-1", "hpc-2", 60L, 0));
    }

    @Test
    void aFieldTheRowLacksOrTypesOtherwiseIsRefusedEvenWithoutRows() {
        assertThatThrownBy(() -> Documents.of(Renamed.class, Row.class, List.of()))
                .hasMessageContaining("Renamed.name has no reader");
        assertThatThrownBy(() -> Documents.of(Retyped.class, Row.class, List.of()))
                .hasMessageContaining("Retyped.timeout has no reader");
    }
}
