package io.cloudtwin.tls;

import java.nio.file.Path;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.util.LambdaSafe;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The HTTPS port: a second Tomcat connector beside the HTTP one, in the same service, so every request reaches the
 * same filters, dialects and admin API whichever port it came by. It takes the HTTP connector's settings (bind
 * address, URI encoding, and every connector and protocol customizer Spring Boot and this application registered:
 * header size, relaxed characters, TRACE...) when it starts, plus TLS with {@link TlsIdentity}'s certificate.
 * Nothing downstream looks at the scheme: signatures cover the host, path and parameters, not the scheme.
 */
@Component
public class TlsConnector implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    private static final Logger log = LoggerFactory.getLogger(TlsConnector.class);

    private final TlsIdentity identity;
    private volatile Connector connector;

    public TlsConnector(TlsIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!identity.enabled()) return;
        Connector c = new Connector(factory.getProtocol());
        c.setPort(identity.configuredPort());
        c.setScheme("https");
        c.setSecure(true);
        // the customizers are read when the connector starts: every customizer has registered its own by then
        c.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_INIT_EVENT.equals(event.getType())) configure(factory, c);
        });
        factory.addAdditionalConnectors(c);
        this.connector = c;
    }

    @SuppressWarnings("unchecked")
    private void configure(TomcatServletWebServerFactory factory, Connector c) {
        ProtocolHandler handler = c.getProtocolHandler();
        if (!(handler instanceof AbstractHttp11Protocol<?> http)) {
            throw new IllegalStateException("HTTPS needs an HTTP/1.1 protocol, not " + handler.getClass().getName());
        }
        if (factory.getAddress() != null) http.setAddress(factory.getAddress());
        if (factory.getUriEncoding() != null) c.setURIEncoding(factory.getUriEncoding().name());
        LambdaSafe.callbacks(TomcatProtocolHandlerCustomizer.class, factory.getProtocolHandlerCustomizers(), handler)
                .invoke(customizer -> customizer.customize(handler));
        for (TomcatConnectorCustomizer customizer : factory.getConnectorCustomizers()) customizer.customize(c);
        http.setSSLEnabled(true);
        SSLHostConfig ssl = new SSLHostConfig();
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(ssl, SSLHostConfigCertificate.Type.EC);
        certificate.setCertificateKeystore(identity.keyStore());
        certificate.setCertificateKeystoreType(TlsIdentity.KEY_STORE_TYPE); // Tomcat's in-memory copy: the same kind
        certificate.setCertificateKeyAlias(TlsIdentity.ALIAS);
        certificate.setCertificateKeyPassword(new String(TlsIdentity.PASSWORD));
        ssl.addCertificate(certificate);
        c.addSslHostConfig(ssl);
    }

    /** The port HTTPS listens on, or -1 when it is off or not started. */
    public int port() {
        Connector c = connector;
        return c == null ? TlsIdentity.OFF : c.getLocalPort();
    }

    @EventListener
    public void started(WebServerInitializedEvent event) {
        if (connector == null) return;
        Path ca = identity.caFile();
        log.info("HTTPS on port {} for {}; clients trust the CA certificate {} (also GET /_cloudtwin/tls/ca.pem), "
                + "e.g. SSL_CERT_FILE for Terraform", port(), identity.names(), ca == null ? "(not kept on disk)" : ca);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
