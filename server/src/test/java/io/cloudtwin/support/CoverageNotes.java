package io.cloudtwin.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.dialect.Served;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The notes of a cloud's coverage table, {@code docs/coverage/<cloud>.yaml}: by product and served action, what
 * cloudtwin models of it and what it leaves out. Prose about the handlers, kept beside the docs it is written into
 * rather than in the handlers' code.
 */
public final class CoverageNotes {
    private final Map<String, Map<String, String>> byProduct;

    private CoverageNotes(Map<String, Map<String, String>> byProduct) {
        this.byProduct = byProduct;
    }

    public static CoverageNotes of(Cloud cloud) {
        Path file = Path.of(System.getProperty("cloudtwin.repo.dir", ".."))
                .resolve("docs/coverage/" + cloud.key() + ".yaml");
        Map<String, Map<String, String>> notes = YAMLMapper.builder().build()
                .readValue(file.toFile(), new TypeReference<LinkedHashMap<String, Map<String, String>>>() {});
        return new CoverageNotes(notes == null ? Map.of() : notes);
    }

    /**
     * The note of a served action; "" when the file has none or nothing serves it. An alias (an action another
     * product's action of the same name serves) says so, with that action's note.
     */
    public String note(Served<?, ?> served, String product, String action) {
        String by = served.servedBy(product, action);
        if (by == null) return "";
        String note = byProduct.getOrDefault(by, Map.of()).getOrDefault(action, "");
        if (by.equals(product)) return note;
        return "the " + by + " product's " + action + ", with this action's parameters and answer schema"
                + (note.isEmpty() ? "" : ": " + note);
    }

    /** The notes that name an action no handler of its product serves itself (stale notes), as "product action". */
    public List<String> unserved(Served<?, ?> served) {
        List<String> out = new ArrayList<>();
        byProduct.forEach((product, actions) -> actions.keySet().forEach(action -> {
            if (!product.equals(served.servedBy(product, action))) out.add(product + " " + action);
        }));
        return out;
    }
}
