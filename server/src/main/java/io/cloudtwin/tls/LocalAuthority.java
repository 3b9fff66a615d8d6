package io.cloudtwin.tls;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The emulator's certificate authority, kept in a directory: {@code ca.pem} (the certificate a client trusts) and
 * {@code ca-key.pem} (its key, readable by the owner only). Made on first use and reused by every later start, so a
 * client trusts it once; every server that shares the directory (several test JVMs, a restarted container with the
 * same volume) signs with the same authority. Made under a file lock, each file written whole (temp + move): two
 * processes starting together end with one authority. Replaced when it no longer reads as a certificate and key, or
 * expires within a month. The server certificate it last signed is kept beside it with its key ({@code server.pem},
 * readable by the owner only) and reused while it names the same hosts.
 */
final class LocalAuthority {
    static final String CERT_FILE = "ca.pem";
    static final String KEY_FILE = "ca-key.pem";
    /** The server certificate and its key in one file, written whole: a key and certificate that belong together. */
    static final String SERVER_FILE = "server.pem";
    private static final Duration VALIDITY = Duration.ofDays(3650);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final Object IN_THIS_JVM = new Object();

    private LocalAuthority() {}

    /** The authority in this directory, made there first if it has none (or none that can still be used). */
    static Certificates.Issued loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        // a FileLock is held per JVM, not per thread: threads of one JVM queue on the monitor first
        synchronized (IN_THIS_JVM) {
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                Certificates.Issued existing = read(dir, CERT_FILE, KEY_FILE);
                if (existing != null && existing.certificate().getBasicConstraints() >= 0) return existing;
                Certificates.Issued made = create();
                write(dir.resolve(KEY_FILE), Certificates.pem("PRIVATE KEY", made.key().getEncoded()), true);
                write(dir.resolve(CERT_FILE), Certificates.pem("CERTIFICATE", made.certificate().getEncoded()), false);
                return made;
            }
        }
    }

    /**
     * The server certificate kept in this directory, when this authority issued it for exactly these names and it is
     * good for another month; else a new one from {@code make}, kept there for the next start. A new key pair is a
     * tenth of a start's main thread while the JIT is cold (EC arithmetic), so a start that finds its certificate
     * makes none.
     */
    static Certificates.Issued serverCertificate(Path dir, Certificates.Issued authority, List<String> names,
                                                 IssueServer make) throws IOException, GeneralSecurityException {
        synchronized (IN_THIS_JVM) {
            try (FileChannel lockFile = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                Certificates.Issued kept = read(dir, SERVER_FILE, SERVER_FILE);
                if (kept != null && kept.certificate().getBasicConstraints() < 0
                        && Certificates.issuedFor(kept.certificate(), authority, names)) {
                    return kept;
                }
                Certificates.Issued made = make.issue();
                write(dir.resolve(SERVER_FILE), Certificates.pem("PRIVATE KEY", made.key().getEncoded())
                        + Certificates.pem("CERTIFICATE", made.certificate().getEncoded()), true);
                return made;
            }
        }
    }

    /** Makes a server certificate. */
    interface IssueServer {
        Certificates.Issued issue() throws GeneralSecurityException;
    }

    /** A new authority, kept nowhere: when no directory can be written. */
    static Certificates.Issued create() throws GeneralSecurityException {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
        String name = "cloudtwin local CA " + now.toLocalDate() + " " + Long.toHexString(System.nanoTime() & 0xFFFFFF);
        return Certificates.authority(name, now.minusDays(1), now.plus(VALIDITY));
    }

    /** The certificate and key in these files, when both read and the certificate is good for another month. */
    private static Certificates.Issued read(Path dir, String certFile, String keyFile) {
        try {
            Path cert = dir.resolve(certFile);
            Path key = dir.resolve(keyFile);
            if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) return null;
            byte[] certDer = Certificates.fromPem("CERTIFICATE", Files.readString(cert, StandardCharsets.US_ASCII));
            byte[] keyDer = Certificates.fromPem("PRIVATE KEY", Files.readString(key, StandardCharsets.US_ASCII));
            if (certDer == null || keyDer == null) return null;
            X509Certificate certificate = Certificates.parse(certDer);
            PrivateKey privateKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(keyDer));
            ZonedDateTime renew = ZonedDateTime.now(ZoneOffset.UTC).plus(RENEW_BEFORE);
            if (certificate.getNotAfter().toInstant().isBefore(renew.toInstant())) return null;
            return new Certificates.Issued(certificate, privateKey);
        } catch (IOException | GeneralSecurityException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static void write(Path file, String content, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            permit(tmp, secret ? "rw-------" : "rw-r--r--");
            Files.writeString(tmp, content, StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void permit(Path file, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile directory is private already
        }
    }
}
