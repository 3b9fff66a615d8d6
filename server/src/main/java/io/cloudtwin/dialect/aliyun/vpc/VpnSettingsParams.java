package io.cloudtwin.dialect.aliyun.vpc;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.cloudtwin.core.vpn.VpnSettings;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.spec.JsonValue;
import tools.jackson.databind.JsonNode;

/**
 * The JSON objects CreateVpnConnection and ModifyVpnConnectionAttribute take in string parameters (IkeConfig,
 * IpsecConfig, HealthCheckConfig, BgpConfig), read as the API documents their keys (in any case: the provider sends
 * the health check's in lower case) and checked against the values it documents. Left out or empty: null (no change).
 */
final class VpnSettingsParams {
    private static final Set<String> VERSIONS = Set.of("ikev1", "ikev2");
    private static final Set<String> MODES = Set.of("main", "aggressive");
    private static final Set<String> ENCRYPTIONS = Set.of("aes", "aes192", "aes256", "des", "3des", "sm4");
    private static final Set<String> AUTHENTICATIONS = Set.of("md5", "sha1", "sha256", "sha384", "sha512", "sm3");
    private static final Set<String> GROUPS = Set.of("group1", "group2", "group5", "group14");
    private static final long DAY = 86_400;
    /** The longest value a key takes (the key and the IKE ids: 100 characters). */
    private static final int TEXT = 100;

    private VpnSettingsParams() {}

    static VpnSettings.Ike ike(AliyunCall call, String json) {
        Fields f = Fields.of(call, "IkeConfig", json);
        if (f == null) return null;
        String psk = f.text("Psk");
        if (psk != null && (psk.isEmpty() || psk.length() > 100)) throw call.invalid("IkeConfig");
        return new VpnSettings.Ike(psk, f.oneOf("IkeVersion", VERSIONS), f.oneOf("IkeMode", MODES),
                f.oneOf("IkeEncAlg", ENCRYPTIONS), f.oneOf("IkeAuthAlg", AUTHENTICATIONS), f.oneOf("IkePfs", GROUPS),
                f.number("IkeLifetime", 0, DAY), f.text("LocalId"), f.text("RemoteId"));
    }

    static VpnSettings.Ipsec ipsec(AliyunCall call, String json) {
        Fields f = Fields.of(call, "IpsecConfig", json);
        if (f == null) return null;
        String auth = f.text("IpsecAuthAlg");
        if (auth != null && !AUTHENTICATIONS.contains(auth)) {
            throw call.firstError("IpsecConfig", "NotSupportVpnConnectionParameter.IpsecAuthAlg");
        }
        String pfs = f.text("IpsecPfs");
        if (pfs != null && !pfs.equals("disabled") && !GROUPS.contains(pfs)) {
            throw call.firstError("IpsecConfig", "NotSupportVpnConnectionParameter.IpsecPfs");
        }
        return new VpnSettings.Ipsec(f.oneOf("IpsecEncAlg", ENCRYPTIONS), auth, pfs, f.number("IpsecLifetime", 0, DAY));
    }

    static VpnSettings.HealthCheck healthCheck(AliyunCall call, String json) {
        Fields f = Fields.of(call, "HealthCheckConfig", json);
        if (f == null) return null;
        return new VpnSettings.HealthCheck(f.bool("enable"), f.text("dip"), f.text("sip"),
                f.number("interval", 1, Integer.MAX_VALUE), f.number("retry", 1, Integer.MAX_VALUE));
    }

    static VpnSettings.Bgp bgp(AliyunCall call, String json) {
        Fields f = Fields.of(call, "BgpConfig", json);
        if (f == null) return null;
        return new VpnSettings.Bgp(f.bool("EnableBgp"), f.number("LocalAsn", 1, 4_294_967_295L),
                f.text("TunnelCidr"), f.text("LocalBgpIp"));
    }

    /** One JSON object's members by name in any case; a member of the wrong kind is the parameter's error. */
    private record Fields(AliyunCall call, String parameter, Map<String, JsonNode> members) {
        static Fields of(AliyunCall call, String parameter, String json) {
            if (json == null || json.isBlank()) return null;
            JsonNode tree = JsonValue.parseLenient(json);
            if (tree == null || !tree.isObject()) throw call.invalid(parameter);
            Map<String, JsonNode> members = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (var e : tree.properties()) members.put(e.getKey(), e.getValue());
            return new Fields(call, parameter, members);
        }

        String text(String key) {
            JsonNode v = members.get(key);
            if (v == null || v.isNull()) return null;
            String text = v.isString() ? v.asString() : v.toString();
            if (!v.isValueNode() || text.length() > TEXT) throw call.invalid(parameter);
            return text;
        }

        String oneOf(String key, Set<String> allowed) {
            String v = text(key);
            if (v != null && !allowed.contains(v)) throw call.invalid(parameter);
            return v;
        }

        Long number(String key, long min, long max) {
            String v = text(key);
            if (v == null) return null;
            try {
                long n = Long.parseLong(v.trim());
                if (n >= min && n <= max) return n;
            } catch (NumberFormatException e) {
                // below
            }
            throw call.invalid(parameter);
        }

        Boolean bool(String key) {
            String v = text(key);
            if (v == null) return null;
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) return Boolean.parseBoolean(v);
            throw call.invalid(parameter);
        }
    }
}
