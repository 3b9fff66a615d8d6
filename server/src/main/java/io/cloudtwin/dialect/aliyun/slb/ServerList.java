package io.cloudtwin.dialect.aliyun.slb;

import java.util.ArrayList;
import java.util.List;

import io.cloudtwin.dialect.aliyun.spec.JsonValue;
import io.cloudtwin.core.balancing.Member;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import tools.jackson.databind.JsonNode;

/**
 * A BackendServers parameter (and its kin: OldBackendServers, NewBackendServers): a string holding a JSON array, read
 * as the service reads it: single quotes (the old SDK samples', the Terraform provider's) as well as double, numbers
 * as numbers or strings; at most 20 servers a request (TooManyBackendServers where documented). Malformed:
 * InvalidParameter naming the parameter.
 */
final class ServerList {
    private static final int MAX_SERVERS = 20;
    private static final int MAX_DESCRIPTION = 80;

    private ServerList() {}

    /**
     * One server: ServerId, Type (ecs by default, or eni), Weight (0-100; null: not given), Port (null: none), and a
     * master-slave group's ServerType (null: not given).
     */
    record Server(String id, String type, Integer weight, String description, Integer port, String serverType) {}

    /** The servers of the parameter; withPort: each must give its Port (1-65535), as a VServer group's do. */
    static List<Server> parse(AliyunCall call, String param, String text, boolean withPort) {
        JsonNode array = JsonValue.parseLenient(text);
        if (array == null || !array.isArray() || array.isEmpty()) throw call.invalid(param);
        if (array.size() > MAX_SERVERS) throw call.firstError(param, "TooManyBackendServers");
        List<Server> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) throw call.invalid(param);
            String id = text(call, param, item, "ServerId");
            if (id == null || id.isEmpty()) throw call.invalid(param);
            String type = text(call, param, item, "Type");
            if (type == null || type.isEmpty()) type = Member.INSTANCE;
            if (!type.equals(Member.INSTANCE) && !type.equals(Member.INTERFACE)) {
                throw call.firstError(param, "BackendServer.InvalidType", "InvalidParameter");
            }
            Integer weight = number(call, param, text(call, param, item, "Weight"), 0, 100);
            Integer port = number(call, param, text(call, param, item, "Port"), 1, 65535);
            if (withPort && port == null) throw call.invalid(param);
            String description = text(call, param, item, "Description");
            if (description != null && description.length() > MAX_DESCRIPTION) throw call.invalid(param);
            out.add(new Server(id, type, weight, description, withPort ? port : null, text(call, param, item, "ServerType")));
        }
        return out;
    }

    private static Integer number(AliyunCall call, String param, String value, int min, int max) {
        if (value == null || value.isEmpty()) return null;
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw call.invalid(param);
        }
        if (n < min || n > max) throw call.invalid(param);
        return n;
    }

    /** A field of an item as text (a number as its digits); null: absent; an object or array: param invalid. */
    static String text(AliyunCall call, String param, JsonNode item, String field) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isContainer()) throw call.invalid(param);
        return v.asString();
    }
}
