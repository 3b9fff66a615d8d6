package io.cloudtwin.tls;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * X.509 certificates written from scratch (RFC 5280), ECDSA P-256 with SHA-256 throughout: a local certificate
 * authority, and server certificates it signs for the host names and addresses the server is reached by. What every
 * TLS client the emulator meets accepts: Go's crypto/x509 (Terraform), the JDK's PKIX, OpenSSL (curl), Python's
 * strict mode (key identifiers, critical basic constraints and key usage, a server-auth extended key usage).
 */
final class Certificates {
    private static final String EC_KEY = "EC";
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String ORGANIZATION = "2.5.4.10";
    private static final String SUBJECT_KEY_ID = "2.5.29.14";
    private static final String KEY_USAGE = "2.5.29.15";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String AUTHORITY_KEY_ID = "2.5.29.35";
    private static final String EXT_KEY_USAGE = "2.5.29.37";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Certificates() {}

    /** An issuer: its certificate and the key that signs with it. */
    record Issued(X509Certificate certificate, PrivateKey key) {}

    static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance(EC_KEY);
        g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return g.generateKeyPair();
    }

    /** A self-signed CA certificate that can sign server certificates (path length 0). */
    static Issued authority(String commonName, ZonedDateTime notBefore, ZonedDateTime notAfter)
            throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        byte[] name = name(commonName);
        byte[] keyId = keyId(keys.getPublic());
        byte[] extensions = Der.sequence(
                extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true), Der.integer(BigInteger.ZERO))),
                // digitalSignature, keyCertSign, cRLSign
                extension(KEY_USAGE, true, Der.namedBits(0x86)),
                extension(SUBJECT_KEY_ID, false, Der.octets(keyId)));
        return new Issued(sign(name, name, keys.getPublic(), notBefore, notAfter, extensions, keys.getPrivate()),
                keys.getPrivate());
    }

    /** A server certificate for these DNS names and IP literals, signed by the authority. */
    static Issued server(Issued authority, String commonName, List<String> names, ZonedDateTime notBefore,
                         ZonedDateTime notAfter) throws GeneralSecurityException {
        KeyPair keys = newKeyPair();
        byte[] extensions = Der.sequence(
                extension(BASIC_CONSTRAINTS, true, Der.sequence()),
                // digitalSignature (ECDHE key agreement signs; an EC key enciphers nothing)
                extension(KEY_USAGE, true, Der.namedBits(0x80)),
                extension(EXT_KEY_USAGE, false, Der.sequence(Der.oid(SERVER_AUTH))),
                extension(SUBJECT_ALT_NAME, false, subjectAltNames(names)),
                extension(SUBJECT_KEY_ID, false, Der.octets(keyId(keys.getPublic()))),
                extension(AUTHORITY_KEY_ID, false, Der.sequence(Der.implicit(0, keyId(authority.certificate().getPublicKey())))));
        byte[] issuer = authority.certificate().getSubjectX500Principal().getEncoded();
        return new Issued(sign(issuer, name(commonName), keys.getPublic(), notBefore, notAfter, extensions,
                authority.key()), keys.getPrivate());
    }

    /** Whether the certificate is issued by this authority for exactly these names, in this order. */
    static boolean issuedFor(X509Certificate certificate, Issued authority, List<String> names)
            throws GeneralSecurityException {
        return certificate.getIssuerX500Principal().equals(authority.certificate().getSubjectX500Principal())
                && Arrays.equals(certificate.getExtensionValue(SUBJECT_ALT_NAME), Der.octets(subjectAltNames(names)));
    }

    private static byte[] subjectAltNames(List<String> names) throws GeneralSecurityException {
        List<byte[]> general = new ArrayList<>();
        for (String n : names) general.add(generalName(n));
        return Der.sequence(general.toArray(byte[][]::new));
    }

    /** True for an IPv4 literal or anything with a colon (IPv6); everything else is a DNS name. */
    static boolean isIpLiteral(String name) {
        return IPV4.matcher(name).matches() || name.contains(":");
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** The DER of the first PEM block of this type in the text, or null. */
    static byte[] fromPem(String type, String text) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int b = text.indexOf(begin);
        int e = b < 0 ? -1 : text.indexOf(end, b);
        if (e < 0) return null;
        return Base64.getMimeDecoder().decode(text.substring(b + begin.length(), e));
    }

    static X509Certificate parse(byte[] der) throws GeneralSecurityException {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private static X509Certificate sign(byte[] issuer, byte[] subject, PublicKey key, ZonedDateTime notBefore,
                                        ZonedDateTime notAfter, byte[] extensions, PrivateKey signer)
            throws GeneralSecurityException {
        byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
        byte[] serial = new byte[16];
        RANDOM.nextBytes(serial);
        serial[0] &= 0x7F;
        serial[0] |= 0x40;
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(serial)),
                algorithm,
                issuer,
                Der.sequence(Der.time(notBefore), Der.time(notAfter)),
                subject,
                key.getEncoded(),
                Der.explicit(3, extensions));
        Signature s = Signature.getInstance(SIGNATURE);
        s.initSign(signer);
        s.update(tbs);
        return parse(Der.sequence(tbs, algorithm, Der.bits(s.sign())));
    }

    private static byte[] name(String commonName) {
        return Der.sequence(
                Der.set(Der.sequence(Der.oid(ORGANIZATION), Der.utf8("cloudtwin"))),
                Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octets(value))
                : Der.sequence(Der.oid(oid), Der.octets(value));
    }

    /** SHA-1 of the encoded public key: a key identifier (RFC 7093 allows any method that tells keys apart). */
    private static byte[] keyId(PublicKey key) throws GeneralSecurityException {
        return MessageDigest.getInstance("SHA-1").digest(key.getEncoded());
    }

    private static byte[] generalName(String name) throws GeneralSecurityException {
        if (!isIpLiteral(name)) return Der.implicit(2, name.getBytes(StandardCharsets.US_ASCII));
        try {
            String literal = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
            return Der.implicit(7, InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException e) {
            throw new GeneralSecurityException("not an IP address: " + name, e);
        }
    }
}
