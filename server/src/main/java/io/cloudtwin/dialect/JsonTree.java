package io.cloudtwin.dialect;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an answer's tree (maps, lists, strings, numbers, booleans, nulls: what the dialects build) to JSON with
 * Jackson's streaming generator, as {@code writeValueAsBytes} would, without a serializer lookup per value. Jackson's
 * MapSerializer caches value serializers per class for a few classes only; an answer mixes more (String, Integer,
 * Long, Boolean, LinkedHashMap, ArrayList, the immutable List.of and Map.of classes ...), so every value of a large
 * DescribeInstances page went through the serializer lookup: most of the page's rendering time (docs/performance.md).
 * Anything else is handed to the mapper.
 */
public final class JsonTree {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonTree() {}

    public static byte[] bytes(Object tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            write(g, tree);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, Object v) {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) write(g, item);
            g.writeEndArray();
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else {
            g.writePOJO(v);
        }
    }
}
