package io.cloudtwin.aliyun.spec;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.dialect.aliyun.spec.CommonErrors;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.spec.aliyun.Schema;

/**
 * Holds an answer to the action's metadata, independently of the server's renderer: a success body in JSON or XML
 * against the response schema (every field known, every documented field present, JSON types, XML text forms, list
 * wrapping), an error against the action's errorCodes (same code and HTTP status) or the common protocol errors, and
 * the error body's fields. Returns what is wrong; empty when the answer conforms.
 */
public final class SchemaCheck {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaCheck() {}

    public static List<String> answer(String product, ActionSpec action, boolean json, int status, String body) {
        List<String> out = new ArrayList<>();
        String where = (action == null ? product + ".?" : action.toString()) + (json ? " JSON " : " XML ") + status;
        if (status == 200) {
            if (action == null) out.add(where + ": a success without an action");
            else if (json) json(action, body, where, out);
            else xml(action, body, where, out);
            return out;
        }
        Map<String, String> err = json ? jsonError(body) : xmlError(body);
        String code = err.get("Code");
        for (String f : List.of("RequestId", "HostId", "Code", "Message", "Recommend")) {
            if (err.get(f) == null || err.get(f).isEmpty()) out.add(where + ": error body without " + f + ": " + body);
        }
        if (err.size() != 5) out.add(where + ": error body with other fields " + err.keySet());
        String hostId = AliyunProduct.byCloudName(product).hostPrefix() + ".aliyuncs.com";
        if (err.get("HostId") != null && !hostId.equals(err.get("HostId"))) out.add(where + ": HostId " + err.get("HostId"));
        if (code != null) out.addAll(code(product, action, status, code));
        // the metadata's own message for every documented code, but the two generic parameter errors: their message
        // names the parameter (the metadata's is one case of it, or cut at the quote where the name goes)
        if (code != null && action != null && err.get("Message") != null && !GENERIC.contains(code)) {
            action.error(code, status).filter(e -> e.status() == status && !e.message().isEmpty()
                    && !documentedMessage(e.message(), err.get("Message"))).ifPresent(e -> out.add(where + ": " + code
                    + " with Message \"" + err.get("Message") + "\", not the metadata's \"" + e.message() + "\""));
        }
        return out;
    }

    private static final Set<String> GENERIC = Set.of("InvalidParameter", "MissingParameter");

    /** Whether message is the metadata's (its %s, if any, standing for any argument). */
    static boolean documentedMessage(String documented, String message) {
        StringBuilder regex = new StringBuilder();
        String[] parts = documented.split("%s", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) regex.append(".*");
            regex.append(Pattern.quote(parts[i]));
        }
        return message.matches("(?s)" + regex);
    }

    /** Whether code with status is one the action documents or a common protocol error. */
    public static List<String> code(String product, ActionSpec action, int status, String code) {
        if (status >= 500 && status != 501 && status != 503 && status != 504) {
            return List.of(product + " " + (action == null ? "?" : action.name()) + ": server error " + status + " " + code);
        }
        if (CommonErrors.isCommon(code, status)) return List.of();
        if (action != null && action.documents(code, status)) return List.of();
        return List.of((action == null ? product + ".?" : action.toString()) + ": " + status + " " + code
                + " is neither in the action's errorCodes nor a common protocol error");
    }

    // ---- JSON

    private static void json(ActionSpec action, String body, String where, List<String> out) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (RuntimeException e) {
            out.add(where + ": not JSON: " + body);
            return;
        }
        Schema schema = action.response();
        if (!root.isObject()) {
            out.add(where + ": not an object");
            return;
        }
        if (!root.path("RequestId").isString()) out.add(where + ": no RequestId");
        // a read of what does not exist, where the cloud answers the RequestId alone (corrections.json)
        if (root.size() == 1 && action.requestIdOnlyWhenAbsent()) return;
        jsonObject(schema, root, "", where, out, true);
    }

    private static void jsonObject(Schema s, JsonNode node, String path, String where, List<String> out, boolean top) {
        Map<String, Schema> props = s == null ? Map.of() : s.properties;
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (top && e.getKey().equals("RequestId")) continue;
            Schema p = props.get(e.getKey());
            if (p == null) {
                out.add(where + ": field " + path + e.getKey() + " is not in the response schema");
                continue;
            }
            jsonValue(p, e.getValue(), path + e.getKey(), where, out);
        }
        for (String name : props.keySet()) {
            if (!node.has(name)) out.add(where + ": documented field " + path + name + " is missing");
        }
    }

    private static void jsonValue(Schema s, JsonNode v, String path, String where, List<String> out) {
        switch (s.type) {
            case "object" -> {
                if (!v.isObject()) out.add(where + ": " + path + " should be an object: " + v);
                else jsonObject(s, v, path + ".", where, out, false);
            }
            case "array" -> {
                if (!v.isArray()) {
                    out.add(where + ": " + path + " should be an array: " + v);
                } else if (s.items != null) {
                    int n = 0;
                    for (JsonNode item : v) jsonValue(s.items, item, path + "[" + n++ + "]", where, out);
                }
            }
            case "integer" -> {
                if (!v.isIntegralNumber()) out.add(where + ": " + path + " should be an integer: " + v);
            }
            case "number" -> {
                if (!v.isNumber()) out.add(where + ": " + path + " should be a number: " + v);
            }
            case "boolean" -> {
                if (!v.isBoolean()) out.add(where + ": " + path + " should be a boolean: " + v);
            }
            default -> {
                if (!v.isString()) out.add(where + ": " + path + " should be a string: " + v);
            }
        }
    }

    private static Map<String, String> jsonError(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, JsonNode> e : JSON.readTree(body).properties()) m.put(e.getKey(), e.getValue().asString());
        } catch (RuntimeException e) {
            m.put("unparsable", body);
        }
        return m;
    }

    // ---- XML

    private static Element parse(String body) throws Exception {
        var f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static void xml(ActionSpec action, String body, String where, List<String> out) {
        Element root;
        try {
            root = parse(body);
        } catch (Exception e) {
            out.add(where + ": not XML: " + body);
            return;
        }
        if (!root.getTagName().equals(action.name() + "Response")) out.add(where + ": root element " + root.getTagName());
        List<Element> top = children(root);
        if (top.size() == 1 && top.get(0).getTagName().equals("RequestId") && action.requestIdOnlyWhenAbsent()) return;
        xmlObject(action.response(), root, "", where, out, true);
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Element c) out.add(c);
        return out;
    }

    private static void xmlObject(Schema s, Element e, String path, String where, List<String> out, boolean top) {
        Map<String, Schema> props = s == null ? Map.of() : s.properties;
        Map<String, List<Element>> byName = new LinkedHashMap<>();
        for (Element c : children(e)) byName.computeIfAbsent(c.getTagName(), k -> new ArrayList<>()).add(c);
        for (Map.Entry<String, List<Element>> g : byName.entrySet()) {
            String name = g.getKey();
            if (top && name.equals("RequestId")) continue;
            Schema p = props.get(name);
            if (p == null) {
                out.add(where + ": element " + path + name + " is not in the response schema");
                continue;
            }
            if (p.isArray()) {
                for (Element item : g.getValue()) xmlValue(p.items, item, path + name, where, out);
            } else {
                if (g.getValue().size() != 1) out.add(where + ": " + path + name + " repeated but not a list");
                xmlValue(p, g.getValue().get(0), path + name, where, out);
            }
        }
        for (Map.Entry<String, Schema> p : props.entrySet()) {
            if (!p.getValue().isArray() && !byName.containsKey(p.getKey()) && !(top && p.getKey().equals("RequestId"))) {
                out.add(where + ": documented element " + path + p.getKey() + " is missing");
            }
        }
        if (top && !byName.containsKey("RequestId")) out.add(where + ": no RequestId");
    }

    private static void xmlValue(Schema s, Element e, String path, String where, List<String> out) {
        if (s == null) return;
        if (s.isObject()) {
            xmlObject(s, e, path + ".", where, out, false);
            return;
        }
        if (s.isArray()) {
            out.add(where + ": " + path + " is a list of lists, which XML cannot show");
            return;
        }
        if (!children(e).isEmpty()) {
            out.add(where + ": " + path + " should be a " + s.type + ", has elements");
            return;
        }
        String text = e.getTextContent();
        switch (s.type) {
            case "integer" -> {
                if (!text.matches("-?\\d+")) out.add(where + ": " + path + " should be an integer: " + text);
            }
            case "number" -> {
                if (!text.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) out.add(where + ": " + path + " should be a number: " + text);
            }
            case "boolean" -> {
                if (!text.equals("true") && !text.equals("false")) out.add(where + ": " + path + " should be a boolean: " + text);
            }
            default -> { }
        }
    }

    private static Map<String, String> xmlError(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            Element root = parse(body);
            if (!root.getTagName().equals("Error")) m.put("root", root.getTagName());
            for (Element c : children(root)) m.put(c.getTagName(), c.getTextContent());
        } catch (Exception e) {
            m.put("unparsable", body);
        }
        return m;
    }
}
