package io.cloudtwin.dialect.aliyun;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.cloudtwin.dialect.HttpCall;

/**
 * What a V3 (ACS3-HMAC-SHA256) signature must cover, as Alibaba's V3 signing documentation states it: host, every
 * x-acs-* header sent (x-acs-action, -version, -date, -signature-nonce, -content-sha256 ...) and content-type when
 * sent. Otherwise a signature over "host" alone would let anyone change the action, the date or the nonce. The real
 * gateway answers such a request IncompleteSignature.
 */
final class V3SignedHeaders {
    private V3SignedHeaders() {}

    /** The first header that must be signed and is not, or null. */
    static String firstUnsigned(HttpCall call, String signedHeaders) {
        Set<String> signed = new HashSet<>();
        for (String h : signedHeaders.split(";")) signed.add(h.trim().toLowerCase(Locale.ROOT));
        if (!signed.contains("host")) return "host";
        for (String name : call.headers().keySet()) {
            boolean required = name.startsWith("x-acs-") || (name.equals("content-type") && !call.header(name).isEmpty());
            if (required && !signed.contains(name)) return name;
        }
        return null;
    }
}
