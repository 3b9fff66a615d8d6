package io.cloudtwin.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * What the HTTPS port presents: a server certificate for the names the emulator is reached by, signed by the local
 * authority ({@link LocalAuthority}) that clients trust. Made when first needed (the HTTPS connector's start, or
 * the admin API's {@code /_cloudtwin/tls/ca.pem}), never when HTTPS is off.
 * <p>
 * Settings ({@code cloudtwin.tls.*}, or CLOUDTWIN_TLS_*): {@code port} (default 8443; 0 when the HTTP port is 0, so
 * that harnesses starting servers on random ports never contend for 8443; 0 = a random port, -1 or empty = no
 * HTTPS), {@code dir} (where the authority is kept, default {@code ~/.cloudtwin/tls}), {@code hosts} (names and
 * addresses the certificate also names, comma-separated, besides {@link #DEFAULT_NAMES}, this machine's name and the
 * bind address).
 */
@Component
public class TlsIdentity {
    /** The names every server certificate carries: loopback, and the clouds' API host names a user may point at us. */
    public static final List<String> DEFAULT_NAMES = List.of("localhost", "127.0.0.1", "::1",
            "aliyuncs.com", "*.aliyuncs.com", "api.ucloud.cn");
    static final String ALIAS = "cloudtwin";
    static final char[] PASSWORD = "cloudtwin".toCharArray();
    static final String KEY_STORE_TYPE = "JKS";
    public static final int OFF = -1;
    private static final Logger log = LoggerFactory.getLogger(TlsIdentity.class);
    private static final Duration SERVER_VALIDITY = Duration.ofDays(397);

    private final int port;
    private final Path dir;
    private final List<String> names;
    private Material material;

    private record Material(Certificates.Issued authority, Certificates.Issued server, Path caFile) {}

    public TlsIdentity(Environment env) {
        this.port = port(env);
        String configuredDir = env.getProperty("cloudtwin.tls.dir", "");
        this.dir = configuredDir.isBlank() ? Path.of(System.getProperty("user.home"), ".cloudtwin", "tls")
                : Path.of(configuredDir);
        Set<String> all = new LinkedHashSet<>(DEFAULT_NAMES);
        try {
            all.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            // no name for this machine: the loopback names still work
        }
        String address = env.getProperty("server.address", "");
        if (!address.isBlank() && !address.equals("0.0.0.0") && !address.equals("::")) all.add(address.trim());
        for (String extra : env.getProperty("cloudtwin.tls.hosts", "").split(",")) {
            if (!extra.isBlank()) all.add(extra.trim().toLowerCase(Locale.ROOT));
        }
        this.names = List.copyOf(all);
    }

    /** The configured HTTPS port: {@link #OFF}, 0 (random) or a port number. */
    static int port(Environment env) {
        String raw = env.getProperty("cloudtwin.tls.port");
        if (raw == null) return env.getProperty("server.port", Integer.class, 8080) == 0 ? 0 : 8443;
        if (raw.isBlank()) return OFF;
        int p = Integer.parseInt(raw.trim());
        if (p < OFF || p > 65535) throw new IllegalArgumentException("cloudtwin.tls.port must be -1 (off), 0 (random) or a port: " + raw);
        return p;
    }

    public boolean enabled() {
        return port != OFF;
    }

    /** The port the HTTPS connector is asked to listen on (0: a random one). */
    public int configuredPort() {
        return port;
    }

    /** The names and addresses the server certificate carries. */
    public List<String> names() {
        return names;
    }

    /** The authority's certificate, PEM: what a client trusts (SSL_CERT_FILE, a Java trust store). */
    public String caPem() {
        try {
            return Certificates.pem("CERTIFICATE", material().authority().certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the authority's certificate is kept, or null when no directory could be written. */
    public Path caFile() {
        return material().caFile();
    }

    public X509Certificate serverCertificate() {
        return material().server().certificate();
    }

    /**
     * The server's key and chain (server certificate, authority), as the HTTPS connector takes them: in memory only,
     * so in a {@link #KEY_STORE_TYPE} store, whose key protection costs nothing, where PKCS12's (10,000 rounds of
     * PBKDF2 to store the key, again to read it, again for Tomcat's own copy) was about a tenth of the main
     * thread's samples in a profile of the image's start.
     */
    KeyStore keyStore() {
        Material m = material();
        try {
            KeyStore ks = KeyStore.getInstance(KEY_STORE_TYPE);
            ks.load(null, null);
            ks.setKeyEntry(ALIAS, m.server().key(), PASSWORD,
                    new Certificate[] {m.server().certificate(), m.authority().certificate()});
            return ks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized Material material() {
        if (material != null) return material;
        Certificates.Issued authority;
        Path caFile = null;
        try {
            authority = LocalAuthority.loadOrCreate(dir);
            caFile = dir.resolve(LocalAuthority.CERT_FILE).toAbsolutePath();
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            log.warn("cannot keep the TLS certificate authority in {} ({}); using one for this process only, "
                    + "served at /_cloudtwin/tls/ca.pem", dir, e.toString());
            try {
                authority = LocalAuthority.create();
            } catch (GeneralSecurityException again) {
                throw new IllegalStateException(again);
            }
        }
        try {
            ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
            ZonedDateTime notAfter = now.plus(SERVER_VALIDITY);
            ZonedDateTime caEnd = authority.certificate().getNotAfter().toInstant().atZone(ZoneOffset.UTC);
            if (caEnd.isBefore(notAfter)) notAfter = caEnd;
            Certificates.Issued ca = authority;
            ZonedDateTime end = notAfter;
            LocalAuthority.IssueServer make = () -> Certificates.server(ca, "cloudtwin", new ArrayList<>(names),
                    now.minusDays(1), end);
            Certificates.Issued server = null;
            if (caFile != null) {
                try {
                    server = LocalAuthority.serverCertificate(dir, authority, names, make);
                } catch (IOException e) {
                    log.warn("cannot keep the TLS server certificate in {} ({}); making one for this process", dir,
                            e.toString());
                }
            }
            if (server == null) server = make.issue();
            material = new Material(authority, server, caFile);
            return material;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make the TLS server certificate for " + names, e);
        }
    }
}
