package io.cloudtwin.spec.aliyun;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** One action of a product as the metadata describes it: parameters, response schema, documented errors. */
public final class ActionSpec {
    private final ProductSpec product;
    private final String name;
    private final boolean deprecated;
    private final List<ParamSpec> parameters;
    private final List<ParamSpec> commaSeparated;
    private final Schema response;
    private final List<ErrorSpec> errors;

    /**
     * jsonArrays and commaLists: parameters the corrections type as JSON arrays of ids or as ids separated by commas,
     * with their most items.
     */
    ActionSpec(ProductSpec product, String name, JsonNode n, Map<String, Integer> jsonArrays,
               Map<String, Integer> commaLists) {
        this.product = product;
        this.name = name;
        this.deprecated = n.path("deprecated").asBoolean(false);
        List<ParamSpec> params = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode p : n.path("parameters")) {
            String pname = p.path("name").asString();
            if (!seen.add(pname)) continue; // the metadata lists some parameters twice (RegionId)
            JsonNode style = p.get("style");
            boolean required = p.path("schema").path("required").asBoolean(false);
            Integer jsonArray = jsonArrays.get(pname);
            Integer commaList = commaLists.get(pname);
            if (jsonArray != null) params.add(new ParamSpec(pname, "json", Schema.arrayOfIds(required, jsonArray)));
            else if (commaList != null) params.add(new ParamSpec(pname, "simple", Schema.arrayOfIds(required, commaList)));
            else params.add(new ParamSpec(pname, style == null ? null : style.asString(), Schema.of(p.get("schema"))));
        }
        this.parameters = Collections.unmodifiableList(params);
        this.commaSeparated = params.stream().filter(p -> "simple".equals(p.style())).toList();
        Schema r = Schema.of(n.path("responses").path("200").get("schema"));
        this.response = r;
        List<ErrorSpec> errs = new ArrayList<>();
        JsonNode codes = n.get("errorCodes");
        if (codes != null && codes.isObject()) {
            for (Map.Entry<String, JsonNode> byStatus : codes.properties()) {
                int status;
                try {
                    status = Integer.parseInt(byStatus.getKey());
                } catch (NumberFormatException e) {
                    continue;
                }
                for (JsonNode e : byStatus.getValue()) {
                    // a few codes carry a stray tab or space in the metadata ("ResourceNotFound.PrefixList\t"): the
                    // cloud answers the code itself
                    errs.add(new ErrorSpec(e.path("errorCode").asString().strip(), status,
                            e.path("errorMessage").asString("")));
                }
            }
        }
        this.errors = Collections.unmodifiableList(errs);
    }

    /** Whether the action answers its RequestId alone for what does not exist (ProductSpec, corrections.json). */
    public boolean requestIdOnlyWhenAbsent() {
        return product.answersRequestIdOnlyWhenAbsent(name);
    }

    public ProductSpec product() {
        return product;
    }

    public String name() {
        return name;
    }

    public boolean deprecated() {
        return deprecated;
    }

    public List<ParamSpec> parameters() {
        return parameters;
    }

    /** The parameters given as values separated by commas (style simple: the metadata's, or commaLists'). */
    public List<ParamSpec> commaSeparated() {
        return commaSeparated;
    }

    public Optional<ParamSpec> parameter(String name) {
        for (ParamSpec p : parameters) if (p.name().equals(name)) return Optional.of(p);
        return Optional.empty();
    }

    /**
     * The name the action gives its region: RegionId, or regionId where the metadata spells it so (the automatic
     * snapshot policy actions).
     */
    public String regionParameter() {
        return parameter("RegionId").isEmpty() && parameter("regionId").isPresent() ? "regionId" : "RegionId";
    }

    /** The 200 response schema; null when the metadata documents none (then only RequestId is answered). */
    public Schema response() {
        return response;
    }

    public List<ErrorSpec> errors() {
        return errors;
    }

    /** The documented error with this code; with several statuses, the one equal to preferredStatus, else the first. */
    public Optional<ErrorSpec> error(String code, int preferredStatus) {
        ErrorSpec first = null;
        for (ErrorSpec e : errors) {
            if (!e.code().equals(code)) continue;
            if (e.status() == preferredStatus) return Optional.of(e);
            if (first == null) first = e;
        }
        return Optional.ofNullable(first);
    }

    public Optional<ErrorSpec> error(String code) {
        return error(code, -1);
    }

    public boolean documents(String code, int status) {
        for (ErrorSpec e : errors) if (e.code().equals(code) && e.status() == status) return true;
        return false;
    }

    @Override
    public String toString() {
        return product.name() + "." + name;
    }
}
