package io.cloudtwin.support;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * A client's trust in the server's HTTPS port, made as a user makes it: the CA certificate the admin API serves
 * ({@code /_cloudtwin/tls/ca.pem}), put into a trust store of its own. Never a trust-all manager: a handshake with a
 * certificate that CA did not sign, or for a name it does not carry, fails.
 */
public final class TlsTrust {
    private TlsTrust() {}

    /** The CA certificate (PEM) the server at this HTTP URL serves. */
    public static String caPem(String baseUrl) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/_cloudtwin/tls/ca.pem")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException("no CA certificate: " + r.statusCode() + " " + r.body());
        return r.body();
    }

    public static X509Certificate certificate(String pem) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    /** A trust manager that trusts this CA and nothing else. */
    public static X509TrustManager trustManager(String pem) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("cloudtwin-ca", certificate(pem));
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(store);
        for (var tm : f.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) return x;
        }
        throw new IllegalStateException("no X509TrustManager");
    }

    public static SSLContext context(String pem) throws Exception {
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, new X509TrustManager[] {trustManager(pem)}, null);
        return c;
    }
}
