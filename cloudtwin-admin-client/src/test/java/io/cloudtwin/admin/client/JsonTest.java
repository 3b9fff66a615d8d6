package io.cloudtwin.admin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The hand-written JSON: what the extension writes cannot change the document's shape, and reads back as written. */
class JsonTest {
    @Test
    void everyStringIsEscapedAndReadsBackAsWritten() {
        String nasty = "a\"b\\c\n\t\u0001\u2028</script>\",\"cloud\":\"x";
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", nasty);
        m.put("n", 12L);
        m.put("p", 0.25);
        m.put("skip", null);
        m.put("on", true);
        String json = Json.object(m);
        assertThat(json).doesNotContain("\n").doesNotContain("\u0001").startsWith("{\"reason\":\"a\\\"b\\\\c");
        assertThat(Json.parseObject(json)).containsExactly(Map.entry("reason", nasty), Map.entry("n", 12L),
                Map.entry("p", 0.25), Map.entry("on", true));
    }

    @Test
    void readsTheAdminApisAnswers() {
        assertThat(Json.parse("[{\"id\":1,\"action\":\"*\",\"remaining\":-1,\"x\":null,\"l\":[1.5e3,\"\\u00e9\"]}, {}]"))
                .isEqualTo(List.of(new LinkedHashMap<>(Map.of("id", 1L, "action", "*", "remaining", -1L,
                        "l", List.of(1500.0, "é"))) {{ put("x", null); }}, Map.of()));
        assertThatThrownBy(() -> Json.parse("{\"a\":1} x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\" 1}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.object(Map.of("nan", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
    }
}
