package io.cloudtwin.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The HTTPS settings and the local authority's life: made once, reused, one winner when two start together. */
class TlsIdentityTest {
    @TempDir
    Path dir;

    private static int port(String... kv) {
        MockEnvironment env = new MockEnvironment();
        for (int i = 0; i < kv.length; i += 2) env.setProperty(kv[i], kv[i + 1]);
        return TlsIdentity.port(env);
    }

    @Test
    void portDefaultsTo8443AndFollowsARandomHttpPort() {
        assertThat(port()).isEqualTo(8443);
        assertThat(port("server.port", "9000")).isEqualTo(8443);
        assertThat(port("server.port", "0")).as("harnesses on random ports never contend for 8443").isZero();
        assertThat(port("server.port", "0", "cloudtwin.tls.port", "9443")).isEqualTo(9443);
        assertThat(port("cloudtwin.tls.port", "0")).isZero();
        assertThat(port("cloudtwin.tls.port", "-1")).isEqualTo(TlsIdentity.OFF);
        assertThat(port("cloudtwin.tls.port", "")).isEqualTo(TlsIdentity.OFF);
        assertThatThrownBy(() -> port("cloudtwin.tls.port", "70000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAuthorityIsMadeOnceAndKeptPrivate() throws Exception {
        Certificates.Issued first = LocalAuthority.loadOrCreate(dir);
        Certificates.Issued again = LocalAuthority.loadOrCreate(dir);
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(again.key().getEncoded()).isEqualTo(first.key().getEncoded());
        assertThat(Files.getPosixFilePermissions(dir.resolve(LocalAuthority.KEY_FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.getPosixFilePermissions(dir.resolve(LocalAuthority.CERT_FILE)))
                .contains(PosixFilePermission.OTHERS_READ);

        // a damaged file: a new authority replaces it
        Files.writeString(dir.resolve(LocalAuthority.CERT_FILE), "not a certificate");
        Certificates.Issued replaced = LocalAuthority.loadOrCreate(dir);
        assertThat(replaced.certificate()).isNotEqualTo(first.certificate());
        assertThat(LocalAuthority.loadOrCreate(dir).certificate()).isEqualTo(replaced.certificate());
    }

    @Test
    void twoStartsTogetherShareOneAuthority() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Certificates.Issued>> made = new ArrayList<>();
            for (int i = 0; i < 2; i++) made.add(pool.submit(() -> LocalAuthority.loadOrCreate(dir)));
            assertThat(made.get(0).get().certificate()).isEqualTo(made.get(1).get().certificate());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theServerCertificateCarriesTheConfiguredNames() throws Exception {
        MockEnvironment env = new MockEnvironment();
        env.setProperty("cloudtwin.tls.dir", dir.toString());
        env.setProperty("cloudtwin.tls.hosts", "cloudtwin, 10.0.0.7, *.cn-hangzhou.aliyuncs.com");
        TlsIdentity identity = new TlsIdentity(env);
        X509Certificate server = identity.serverCertificate();
        server.verify(Certificates.parse(Certificates.fromPem("CERTIFICATE", identity.caPem())).getPublicKey());
        List<String> names = new ArrayList<>();
        for (List<?> san : server.getSubjectAlternativeNames()) names.add(String.valueOf(san.get(1)));
        assertThat(names).contains("localhost", "127.0.0.1", "cloudtwin", "10.0.0.7", "*.cn-hangzhou.aliyuncs.com");
        assertThat(identity.caFile()).isEqualTo(dir.resolve("ca.pem").toAbsolutePath());
        assertThat(identity.keyStore().getCertificateChain(TlsIdentity.ALIAS)).hasSize(2);
    }

    private TlsIdentity identity(String hosts) {
        MockEnvironment env = new MockEnvironment();
        env.setProperty("cloudtwin.tls.dir", dir.toString());
        env.setProperty("cloudtwin.tls.hosts", hosts);
        return new TlsIdentity(env);
    }

    @Test
    void aLaterStartReusesTheServerCertificateWhileItNamesTheSameHosts() throws Exception {
        X509Certificate first = identity("cloudtwin").serverCertificate();
        TlsIdentity again = identity("cloudtwin");
        assertThat(again.serverCertificate()).as("kept in the directory, no new key").isEqualTo(first);
        assertThat(Files.getPosixFilePermissions(dir.resolve(LocalAuthority.SERVER_FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(again.keyStore().getKey(TlsIdentity.ALIAS, TlsIdentity.PASSWORD).getEncoded())
                .isEqualTo(Certificates.fromPem("PRIVATE KEY", Files.readString(dir.resolve(LocalAuthority.SERVER_FILE))));

        X509Certificate otherNames = identity("cloudtwin,other.example").serverCertificate();
        assertThat(otherNames).as("another host list: a new certificate").isNotEqualTo(first);
        List<String> names = new ArrayList<>();
        for (List<?> san : otherNames.getSubjectAlternativeNames()) names.add(String.valueOf(san.get(1)));
        assertThat(names).contains("other.example");

        // a new authority (the old one damaged): the certificate it did not sign is not reused
        Files.writeString(dir.resolve(LocalAuthority.CERT_FILE), "not a certificate");
        TlsIdentity renewed = identity("cloudtwin,other.example");
        renewed.serverCertificate().verify(Certificates.parse(Certificates.fromPem("CERTIFICATE", renewed.caPem()))
                .getPublicKey());
        assertThat(renewed.serverCertificate()).isNotEqualTo(otherNames);
    }

    @Test
    void anUnwritableDirectoryStillServesHttps() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        MockEnvironment env = new MockEnvironment();
        env.setProperty("cloudtwin.tls.dir", file.resolve("tls").toString());
        TlsIdentity identity = new TlsIdentity(env);
        assertThat(identity.caFile()).isNull();
        assertThat(identity.caPem()).startsWith("-----BEGIN CERTIFICATE-----");
    }
}
