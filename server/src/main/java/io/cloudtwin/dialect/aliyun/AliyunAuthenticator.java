package io.cloudtwin.dialect.aliyun;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Account;
import io.cloudtwin.core.Accounts;
import io.cloudtwin.core.Nonces;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.dialect.Crypto;
import io.cloudtwin.dialect.FormCodec;
import io.cloudtwin.dialect.HttpCall;

/**
 * Checks who signed an Aliyun request: signature v1 (HMAC-SHA1 or HMAC-SHA256 over the canonicalized parameters, the
 * classic SDK) and V3 (ACS3-HMAC-SHA256 over the canonical request, the tea-openapi SDK), timestamp freshness and
 * nonce replay. With verification off the AccessKeyId still selects the account when it is known.
 */
@Component
public class AliyunAuthenticator {
    static final String V3_ALGORITHM = "ACS3-HMAC-SHA256";

    private final Accounts accounts;
    private final Nonces nonces;
    private final WallClock clock;
    private final boolean verify;
    private final Duration maxSkew;

    public AliyunAuthenticator(Accounts accounts, Nonces nonces, WallClock clock, CloudtwinProperties props) {
        this.accounts = accounts;
        this.nonces = nonces;
        this.clock = clock;
        this.verify = props.signature().verify();
        this.maxSkew = props.signature().maxClockSkew();
    }

    /** V3 requests carry an ACS3-* Authorization header (the classic SDK sends x-acs-action too, with a v1 signature). */
    static boolean isV3(HttpCall call) {
        String auth = call.header("authorization");
        return auth != null && auth.startsWith("ACS3-");
    }

    public Account authenticate(HttpCall call, Map<String, String> params) {
        return isV3(call) ? v3(call) : v1(call, params);
    }

    private Account v1(HttpCall call, Map<String, String> params) {
        String accessKeyId = params.get("AccessKeyId");
        if (!verify) return accounts.byAliyunAccessKeyId(accessKeyId).orElseGet(accounts::defaultAccount);
        if (isBlank(accessKeyId)) throw new AliyunException(AliyunError.MISSING_PARAMETER, "AccessKeyId");
        String signature = params.get("Signature");
        if (isBlank(signature)) throw new AliyunException(AliyunError.MISSING_SIGNATURE);
        String method = params.getOrDefault("SignatureMethod", "HMAC-SHA1");
        String mac = switch (method) {
            case "HMAC-SHA1" -> "HmacSHA1";
            case "HMAC-SHA256" -> "HmacSHA256";
            default -> throw new AliyunException(AliyunError.INVALID_SIGNATURE_METHOD);
        };
        String timestamp = params.get("Timestamp");
        if (isBlank(timestamp)) throw new AliyunException(AliyunError.MISSING_PARAMETER, "Timestamp");
        Instant signedAt = checkFresh(timestamp);
        String nonce = params.get("SignatureNonce");
        if (isBlank(nonce)) throw new AliyunException(AliyunError.MISSING_PARAMETER, "SignatureNonce");
        if (nonce.length() > Nonces.MAX_LENGTH) throw new AliyunException(AliyunError.INVALID_PARAMETER, "SignatureNonce");
        Account account = accounts.byAliyunAccessKeyId(accessKeyId)
                .orElseThrow(() -> new AliyunException(AliyunError.INVALID_ACCESS_KEY));

        String stringToSign = v1StringToSign(call.method(), params);
        String expected = v1Signature(mac, account.aliyunAccessKeySecret(), stringToSign);
        if (!Crypto.same(expected, signature) && !signedWithoutEmptyValues(call.method(), params, mac,
                account.aliyunAccessKeySecret(), signature)) {
            throw new AliyunException(AliyunError.SIGNATURE_DOES_NOT_MATCH, stringToSign);
        }
        rememberNonce(accessKeyId, nonce, signedAt);
        return account;
    }

    private Account v3(HttpCall call) {
        String authorization = call.header("authorization");
        Map<String, String> auth = parseAuthorization(authorization);
        String accessKeyId = auth.get("Credential");
        if (!verify) return accounts.byAliyunAccessKeyId(accessKeyId).orElseGet(accounts::defaultAccount);
        if (authorization == null) throw new AliyunException(AliyunError.MISSING_SIGNATURE);
        if (!authorization.startsWith(V3_ALGORITHM + " ")) throw new AliyunException(AliyunError.INVALID_SIGNATURE_METHOD);
        String signature = auth.get("Signature");
        String signedHeaders = auth.get("SignedHeaders");
        if (isBlank(accessKeyId) || isBlank(signature) || isBlank(signedHeaders)) {
            throw new AliyunException(AliyunError.INVALID_PARAMETER, "Authorization");
        }
        String date = call.header("x-acs-date");
        if (isBlank(date)) throw new AliyunException(AliyunError.MISSING_PARAMETER, "x-acs-date");
        Instant signedAt = checkFresh(date);
        String nonce = call.header("x-acs-signature-nonce");
        if (isBlank(nonce)) throw new AliyunException(AliyunError.MISSING_PARAMETER, "x-acs-signature-nonce");
        if (nonce.length() > Nonces.MAX_LENGTH) {
            throw new AliyunException(AliyunError.INVALID_PARAMETER, "x-acs-signature-nonce");
        }
        Account account = accounts.byAliyunAccessKeyId(accessKeyId)
                .orElseThrow(() -> new AliyunException(AliyunError.INVALID_ACCESS_KEY));

        String payloadHash = Crypto.hexDigest("SHA-256", call.body());
        String claimedHash = call.header("x-acs-content-sha256");
        if (claimedHash != null && !claimedHash.equalsIgnoreCase(payloadHash)) {
            throw new AliyunException(AliyunError.SIGNATURE_DOES_NOT_MATCH, "x-acs-content-sha256 does not match the body");
        }
        String unsigned = V3SignedHeaders.firstUnsigned(call, signedHeaders);
        StringBuilder canonicalHeaders = new StringBuilder();
        for (String name : signedHeaders.split(";")) {
            String value = call.header(name.toLowerCase(Locale.ROOT));
            canonicalHeaders.append(name).append(':').append(value == null ? "" : value.trim()).append('\n');
        }
        String canonicalRequest = call.method() + "\n" + (call.path().isEmpty() ? "/" : call.path()) + "\n"
                + canonicalQuery(call.rawQuery()) + "\n" + canonicalHeaders + "\n" + signedHeaders + "\n"
                + (claimedHash != null ? claimedHash : payloadHash);
        String stringToSign = V3_ALGORITHM + "\n"
                + Crypto.hexDigest("SHA-256", canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String expected = HexFormat.of().formatHex(
                Crypto.hmac("HmacSHA256", account.aliyunAccessKeySecret(), stringToSign));
        if (unsigned != null) throw new AliyunException(AliyunError.INCOMPLETE_SIGNATURE, stringToSign);
        if (!Crypto.same(expected, signature.toLowerCase(Locale.ROOT))) {
            throw new AliyunException(AliyunError.SIGNATURE_DOES_NOT_MATCH, stringToSign);
        }
        rememberNonce(accessKeyId, nonce, signedAt);
        return account;
    }

    /**
     * The tea-openapi SDKs send a parameter set to "" but leave it out of what they sign (their RPC signature skips
     * empty values), while the classic SDKs sign it; the gateway takes both, and so does this check.
     */
    private static boolean signedWithoutEmptyValues(String method, Map<String, String> params, String mac, String secret,
            String signature) {
        Map<String, String> nonEmpty = new HashMap<>(params);
        nonEmpty.values().removeIf(String::isEmpty);
        return nonEmpty.size() < params.size()
                && Crypto.same(v1Signature(mac, secret, v1StringToSign(method, nonEmpty)), signature);
    }

    /** Signature v1's string to sign: the method, "/" and the sorted, percent-encoded parameters but Signature. */
    static String v1StringToSign(String method, Map<String, String> params) {
        TreeMap<String, String> sorted = new TreeMap<>(params);
        sorted.remove("Signature");
        StringBuilder canonical = new StringBuilder();
        sorted.forEach((k, v) -> {
            if (canonical.length() > 0) canonical.append('&');
            canonical.append(AliyunPercentEncoding.encode(k)).append('=').append(AliyunPercentEncoding.encode(v));
        });
        return method + "&" + AliyunPercentEncoding.encode("/") + "&" + AliyunPercentEncoding.encode(canonical.toString());
    }

    private static String v1Signature(String mac, String secret, String stringToSign) {
        return Base64.getEncoder().encodeToString(Crypto.hmac(mac, secret + "&", stringToSign));
    }

    /** The v1 HMAC-SHA1 signature of these parameters (what the classic SDK puts in Signature). */
    public static String signV1(String method, Map<String, String> params, String secret) {
        return v1Signature("HmacSHA1", secret, v1StringToSign(method, params));
    }

    /** "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=a;b,Signature=hex" -> {Credential, SignedHeaders, Signature}. */
    static Map<String, String> parseAuthorization(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        if (header == null) return out;
        int space = header.indexOf(' ');
        if (space < 0) return out;
        for (String part : header.substring(space + 1).split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return out;
    }

    private static String canonicalQuery(String rawQuery) {
        TreeMap<String, String> sorted = new TreeMap<>();
        try {
            FormCodec.parseInto(rawQuery, sorted);
        } catch (FormCodec.MalformedException e) {
            throw new AliyunException(AliyunError.INVALID_PARAMETER, "QueryString");
        }
        StringBuilder out = new StringBuilder();
        sorted.forEach((k, v) -> {
            if (out.length() > 0) out.append('&');
            out.append(AliyunPercentEncoding.encode(k)).append('=').append(AliyunPercentEncoding.encode(v));
        });
        return out.toString();
    }

    /** The last timestamp text parsed and its instant: requests of one second carry the same text. */
    private record Parsed(String text, Instant at) {}

    private volatile Parsed lastParsed = new Parsed("", Instant.EPOCH);

    /** The signed time, if within the allowed skew of now. */
    private Instant checkFresh(String timestamp) {
        Instant signedAt;
        Parsed last = lastParsed;
        if (last.text().equals(timestamp)) {
            signedAt = last.at();
        } else {
            try {
                signedAt = Instant.parse(timestamp);
            } catch (DateTimeParseException e) {
                throw new AliyunException(AliyunError.TIMESTAMP_FORMAT);
            }
            lastParsed = new Parsed(timestamp, signedAt);
        }
        Duration skew = Duration.between(signedAt, clock.now().toInstant()).abs();
        if (skew.compareTo(maxSkew) > 0) throw new AliyunException(AliyunError.TIMESTAMP_EXPIRED);
        return signedAt;
    }

    /**
     * Remembers the nonce as long as a request carrying it could be accepted: until its signed time plus the skew
     * (a timestamp ahead of the server's clock stays valid that long), and at least until now plus the skew.
     */
    private void rememberNonce(String accessKeyId, String nonce, Instant signedAt) {
        var now = clock.now();
        var signed = signedAt.atOffset(ZoneOffset.UTC);
        var keepUntil = (signed.isAfter(now) ? signed : now).plus(maxSkew);
        if (!nonces.firstUse("aliyun:" + accessKeyId, nonce, now, keepUntil)) {
            throw new AliyunException(AliyunError.NONCE_USED);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
