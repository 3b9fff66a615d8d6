package io.cloudtwin.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** UCloud's published signature algorithm, written in the test independently of the server's code. */
public final class UcloudSigner {
    private UcloudSigner() {}

    public static String signature(Map<String, String> params, String privateKey) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("Signature")) s.append(k).append(v);
        });
        s.append(privateKey);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parameters plus PublicKey and Signature (flat keys, string values). */
    public static Map<String, String> sign(String publicKey, String privateKey, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("PublicKey", publicKey);
        all.put("Signature", signature(all, privateKey));
        return all;
    }
}
