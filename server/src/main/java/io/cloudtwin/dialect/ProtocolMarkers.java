package io.cloudtwin.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import io.cloudtwin.core.Cloud;

/**
 * Which cloud a request is for, decided by protocol markers only - never by text inside a value, nor by Content-Type
 * alone (fog's Aliyun client sends Content-Type: application/json on every GET):
 * <ol>
 * <li>an explicit path prefix: /aliyun... or /ucloud...;</li>
 * <li>Aliyun: an AccessKeyId or SignatureVersion parameter (query or form key), or an ACS3-* Authorization header;</li>
 * <li>UCloud: a top-level PublicKey parameter (query key, form key or top-level JSON key), or a Host of api.ucloud*;</li>
 * <li>no marker: a JSON body is UCloud's (Aliyun RPC never sends one), anything else is Aliyun's, so an unsigned
 * request gets Aliyun's MissingParameter / InvalidAccessKeyId in Aliyun's format.</li>
 * </ol>
 * See docs/security.md.
 */
public final class ProtocolMarkers {
    private static final Set<String> ALIYUN_KEYS = Set.of("AccessKeyId", "SignatureVersion");

    private ProtocolMarkers() {}

    public static Cloud cloudOf(HttpCall call) {
        String path = call.path() == null ? "" : call.path();
        if (prefixed(path, "/ucloud")) return Cloud.UCLOUD;
        if (prefixed(path, "/aliyun")) return Cloud.ALIYUN;
        String auth = call.header("authorization");
        if (auth != null && auth.startsWith("ACS3-")) return Cloud.ALIYUN;
        boolean json = call.body().length > 0 && opensLikeJson(call.body());
        boolean form = call.body().length > 0 && !json;
        if (hasKey(call.rawQuery(), ALIYUN_KEYS) || (form && hasKey(bodyText(call), ALIYUN_KEYS))) return Cloud.ALIYUN;
        if (hasKey(call.rawQuery(), Set.of("PublicKey")) || (form && hasKey(bodyText(call), Set.of("PublicKey")))) {
            return Cloud.UCLOUD;
        }
        if (json) return Cloud.UCLOUD; // a JSON document: a top-level PublicKey, or no marker at all
        if (call.contentType().startsWith("multipart/form-data") && multipartPart(call.body(), "PublicKey")) {
            return Cloud.UCLOUD; // a part named PublicKey (UCloud answers it; Aliyun RPC never sends multipart)
        }
        if (call.body().length > 0 && call.jsonBody()) return Cloud.UCLOUD; // declared JSON, no marker anywhere
        String host = call.header("host");
        if (host != null && host.startsWith("api.ucloud")) return Cloud.UCLOUD;
        return Cloud.ALIYUN;
    }

    private static boolean prefixed(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    private static String bodyText(HttpCall call) {
        return new String(call.body(), StandardCharsets.UTF_8);
    }

    /** True if a multipart body has a part with this name (Content-Disposition: form-data; name="..."). */
    private static boolean multipartPart(byte[] body, String name) {
        String text = new String(body, 0, Math.min(body.length, 1 << 16), StandardCharsets.ISO_8859_1);
        return text.contains("name=\"" + name + "\"");
    }

    /** A body that opens with { or [ (whatever its declared type): a JSON document, not a form. */
    private static boolean opensLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') continue;
            return b == '{' || b == '[';
        }
        return false;
    }

    /** True if the query or form text has one of these keys (decoded; a key that does not decode is not a marker). */
    static boolean hasKey(String encoded, Set<String> keys) {
        if (encoded == null || encoded.isEmpty()) return false;
        int start = 0;
        while (start <= encoded.length()) {
            int amp = encoded.indexOf('&', start);
            int end = amp < 0 ? encoded.length() : amp;
            int eq = encoded.indexOf('=', start);
            int keyEnd = eq < 0 || eq > end ? end : eq;
            if (keyEnd > start && keyEnd - start <= 64) {
                try {
                    if (keys.contains(FormCodec.decode(encoded.substring(start, keyEnd)))) return true;
                } catch (FormCodec.MalformedException ignored) {
                    // not a marker
                }
            }
            if (amp < 0) break;
            start = amp + 1;
        }
        return false;
    }
}
