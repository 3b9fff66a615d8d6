package io.cloudtwin.core.compute;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;

/**
 * SSH public keys as the clouds take them: OpenSSH one-line keys ({@code ssh-rsa AAAA... comment}, ed25519, ecdsa,
 * dss) or a PEM RSA public key; their MD5 fingerprint in the colon form ({@code ssh-keygen -l -E md5}) both clouds
 * report; and new RSA pairs, the private key as PEM (PKCS#1, "BEGIN RSA PRIVATE KEY", as the clouds give it).
 */
public final class SshKeys {
    private static final Set<String> TYPES = Set.of("ssh-rsa", "ssh-ed25519", "ssh-dss", "ecdsa-sha2-nistp256",
            "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521");

    private SshKeys() {}

    /** A public key, normalized to its OpenSSH line (type and base64 blob, no comment), and its fingerprint. */
    public record PublicKey(String openSsh, String fingerprint) {}

    /** A new pair: the public key and the private key's PEM. */
    public record Generated(PublicKey publicKey, String privateKeyPem) {}

    /** Parses a key a client sends; INVALID_PUBLIC_KEY when it is neither form. */
    public static PublicKey parse(String text) {
        if (text == null || text.isBlank()) throw invalid();
        String t = text.strip();
        byte[] blob = t.startsWith("-----BEGIN PUBLIC KEY-----") ? fromPem(t) : fromOpenSsh(t);
        return of(blob);
    }

    /** A new 2048-bit RSA pair. */
    public static Generated generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            var pair = g.generateKeyPair();
            byte[] blob = rsaBlob((RSAPublicKey) pair.getPublic());
            String pem = "-----BEGIN RSA PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                            pkcs1(pair.getPrivate().getEncoded()))
                    + "\n-----END RSA PRIVATE KEY-----\n";
            return new Generated(of(blob), pem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no RSA key generator", e);
        }
    }

    private static PublicKey of(byte[] blob) {
        String type = new String(string(blob, 0), StandardCharsets.US_ASCII);
        return new PublicKey(type + " " + Base64.getEncoder().encodeToString(blob), fingerprint(blob));
    }

    private static byte[] fromOpenSsh(String line) {
        String[] parts = line.split("\\s+");
        if (parts.length < 2 || !TYPES.contains(parts[0])) throw invalid();
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        byte[] declared = string(blob, 0);
        if (!parts[0].equals(new String(declared, StandardCharsets.US_ASCII))) throw invalid();
        return blob;
    }

    private static byte[] fromPem(String pem) {
        String body = pem.replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "")
                .replaceAll("\\s", "");
        try {
            var key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
            return rsaBlob((RSAPublicKey) key);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw invalid();
        }
    }

    /** The SSH wire form of an RSA key: string "ssh-rsa", mpint e, mpint n. */
    private static byte[] rsaBlob(RSAPublicKey k) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream d = new DataOutputStream(out)) {
            byte[] type = "ssh-rsa".getBytes(StandardCharsets.US_ASCII);
            d.writeInt(type.length);
            d.write(type);
            for (BigInteger v : new BigInteger[] {k.getPublicExponent(), k.getModulus()}) {
                byte[] b = v.toByteArray();
                d.writeInt(b.length);
                d.write(b);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A length-prefixed string of the SSH wire form at offset; INVALID_PUBLIC_KEY when the blob is too short. */
    private static byte[] string(byte[] blob, int offset) {
        if (blob.length < offset + 4) throw invalid();
        int n = ((blob[offset] & 0xff) << 24) | ((blob[offset + 1] & 0xff) << 16) | ((blob[offset + 2] & 0xff) << 8)
                | (blob[offset + 3] & 0xff);
        if (n < 1 || n > 64 || blob.length < offset + 4 + n) throw invalid();
        return Arrays.copyOfRange(blob, offset + 4, offset + 4 + n);
    }

    private static String fingerprint(byte[] blob) {
        try {
            return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(blob));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PKCS#1 RSAPrivateKey inside a PKCS#8 PrivateKeyInfo: the content of its OCTET STRING. */
    private static byte[] pkcs1(byte[] pkcs8) {
        int[] p = {0};
        header(pkcs8, p, 0x30);                  // PrivateKeyInfo SEQUENCE: into it
        int version = header(pkcs8, p, 0x02);    // version INTEGER: over it
        p[0] += version;
        int algorithm = header(pkcs8, p, 0x30);  // AlgorithmIdentifier SEQUENCE: over it
        p[0] += algorithm;
        int n = header(pkcs8, p, 0x04);          // privateKey OCTET STRING: its content
        return Arrays.copyOfRange(pkcs8, p[0], p[0] + n);
    }

    /** Reads a DER tag and length at p (moving past them) and returns the length. */
    private static int header(byte[] der, int[] p, int tag) {
        if ((der[p[0]++] & 0xff) != tag) throw new IllegalStateException("unexpected DER tag");
        int len = der[p[0]++] & 0xff;
        if (len > 0x80) {
            int bytes = len - 0x80;
            len = 0;
            for (int i = 0; i < bytes; i++) len = (len << 8) | (der[p[0]++] & 0xff);
        }
        return len;
    }

    private static DomainException invalid() {
        return new DomainException(DomainError.INVALID_PUBLIC_KEY, null);
    }
}
