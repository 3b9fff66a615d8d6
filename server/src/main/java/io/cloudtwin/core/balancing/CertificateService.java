package io.cloudtwin.core.balancing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Certificates of load balancers: server certificates, which HTTPS listeners (and Aliyun's domain extensions) serve,
 * and CA certificates (certType CA, Aliyun's), which HTTPS listeners trust to check their clients. Rules: the content
 * holds a PEM certificate that parses and, for a server certificate, a private key (INVALID_CERTIFICATE); an HTTPS
 * listener serves one server certificate (CERTIFICATE_NOT_BINDABLE) and trusts one CA certificate; a certificate of
 * the other kind is not found for either; a certificate that something serves or trusts stays (CERTIFICATE_IN_USE; the
 * foreign keys hold it too). Locks: the listener's load balancer, then the certificate.
 */
@Service
public record CertificateService(CertificateStore store, LoadBalancerService loadBalancers, WallClock clock,
                                 TagService tags, DomainExtensionStore extensions, Transactions tx) {
    private static final Pattern CERTIFICATE =
            Pattern.compile("-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", Pattern.DOTALL);
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----.+?-----END [A-Z ]*"
            + "PRIVATE KEY-----", Pattern.DOTALL);

    /** The GeneralName type of a DNS name among a certificate's alternative names (RFC 5280). */
    private static final int DNS_NAME = 2;

    /** The certType of a CA certificate (Aliyun SLB's), which listeners trust to check their clients. */
    public static final String AUTHORITY = "CA";

    /** A certificate with the listeners that serve it (a CA certificate: that trust it). */
    public record View(Certificate certificate, List<Listener> listeners) {}

    /** Uploads a certificate: content is the PEM text (certificate, private key, CA chain in any order). */
    public Certificate create(Scope scope, String id, String name, String certType, String content) {
        return tx.call(() -> {
            if (!PRIVATE_KEY.matcher(content == null ? "" : content).find()) {
                throw new DomainException(DomainError.INVALID_CERTIFICATE, name);
            }
            X509Certificate x509 = certificateOf(content)
                    .orElseThrow(() -> new DomainException(DomainError.INVALID_CERTIFICATE, name));
            Certificate c = new Certificate(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), name,
                    certType, content, md5(content), String.join(",", domains(x509)), utc(x509.getNotBefore().toInstant()),
                    utc(x509.getNotAfter().toInstant()), clock.now());
            store.insert(c);
            return c;
        });
    }

    /** Uploads a CA certificate: content is its PEM certificate, which must parse (no private key). */
    public Certificate createAuthority(Scope scope, String id, String name, String content) {
        return tx.call(() -> {
            X509Certificate x509 = certificateOf(content)
                    .orElseThrow(() -> new DomainException(DomainError.INVALID_CERTIFICATE, name));
            Certificate c = new Certificate(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), name,
                    AUTHORITY, content, md5(content), String.join(",", domains(x509)),
                    utc(x509.getNotBefore().toInstant()), utc(x509.getNotAfter().toInstant()), clock.now());
            store.insert(c);
            return c;
        });
    }

    /**
     * One certificate of the scope (a page with none when it does not exist, or is not of the kind asked for), or a
     * page of all of them; authorities: the CA certificates, else the others.
     */
    public Page<View> list(Scope scope, String id, boolean authorities, int offset, int limit) {
        return tx.read(() -> {
            Page<Certificate> page = store.list(scope, new ScopedTable.Where().equal("id", id)
                    .among("cert_type", authorities, "'" + AUTHORITY + "'"), offset, limit);
            ListenerBindings bound = authorities ? store.trusting() : store.serving();
            return new Page<>(page.items().stream().map(c -> new View(c, loadBalancers.listeners(scope,
                    bound.listenersOf(c.id())))).toList(), page.total());
        });
    }

    /** Renames a certificate of the scope of a kind (a CA one: authority), else CERTIFICATE_NOT_FOUND. */
    public void rename(Scope scope, String id, boolean authority, String name) {
        tx.run(() -> {
            lockedOfKind(scope, id, authority);
            store.update(id, Map.of("name", name));
        });
    }

    /**
     * Deletes a certificate of the scope of a kind (a CA one: authority; else CERTIFICATE_NOT_FOUND) that nothing
     * serves or trusts, with its tags.
     */
    public void delete(Scope scope, String id, boolean authority) {
        tx.run(() -> {
            lockedOfKind(scope, id, authority);
            if (!store.serving().listenersOf(id).isEmpty() || !store.trusting().listenersOf(id).isEmpty()
                    || !extensions.serving(List.of(id)).isEmpty()) {
                throw new DomainException(DomainError.CERTIFICATE_IN_USE, id);
            }
            Constraints.enforce(() -> tags.deleting(id, () -> store.delete(id)), DomainError.CERTIFICATE_IN_USE, id);
        });
    }

    /**
     * The HTTPS listener of a load balancer of the scope serves the certificate (not a CA one:
     * CERTIFICATE_NOT_FOUND); it served none before.
     */
    public void bind(Scope scope, String loadBalancerId, String listenerId, String certificateId) {
        tx.run(() -> {
            Listener l = loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
            lockedOfKind(scope, certificateId, false);
            if (!l.protocol().equalsIgnoreCase("HTTPS")) {
                throw new DomainException(DomainError.CERTIFICATE_NOT_BINDABLE, listenerId);
            }
            String served = store.serving().of(List.of(listenerId)).get(listenerId);
            if (certificateId.equals(served)) return;
            if (served != null) throw new DomainException(DomainError.CERTIFICATE_NOT_BINDABLE, listenerId);
            store.serving().insert(listenerId, certificateId);
        });
    }

    /**
     * A new HTTPS listener of the load balancer that serves the certificate, in one transaction (Aliyun's
     * CreateLoadBalancerHTTPSListener): the load balancer's row, then the certificate's.
     */
    public Listener createServing(Scope scope, String loadBalancerId, String listenerId,
                                  LoadBalancerService.NewListener spec, String certificateId) {
        return tx.call(() -> {
            Listener l = loadBalancers.createListener(scope, loadBalancerId, listenerId, spec);
            bind(scope, loadBalancerId, listenerId, certificateId);
            return l;
        });
    }

    /**
     * Changes an HTTPS listener and (certificateId not null) the certificate it serves instead of the one it served,
     * in one transaction (Aliyun's SetLoadBalancerHTTPSListenerAttribute).
     */
    public void update(Scope scope, String loadBalancerId, String listenerId,
                       LoadBalancerService.ListenerChanges changes, String certificateId) {
        tx.run(() -> {
            loadBalancers.updateListener(scope, loadBalancerId, listenerId, changes);
            if (certificateId != null) serve(scope, loadBalancerId, listenerId, certificateId);
        });
    }

    /**
     * The HTTPS listener of a load balancer of the scope trusts the CA certificate to check its clients' certificates
     * (a CA certificate of the scope, else CERTIFICATE_NOT_FOUND), in place of the one it trusted; "" for none.
     */
    public void trust(Scope scope, String loadBalancerId, String listenerId, String certificateId) {
        tx.run(() -> {
            Listener l = loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
            if (certificateId.isEmpty()) {
                store.trusting().unbind(listenerId);
                return;
            }
            lockedOfKind(scope, certificateId, true);
            if (!l.protocol().equalsIgnoreCase("HTTPS")) {
                throw new DomainException(DomainError.CERTIFICATE_NOT_BINDABLE, listenerId);
            }
            store.trusting().replace(listenerId, certificateId);
        });
    }

    /** The CA certificate each of these listeners trusts (absent: none). */
    public Map<String, String> trustedBy(List<String> listenerIds) {
        return tx.read(() -> store.trusting().of(listenerIds));
    }

    /**
     * A server certificate (not a CA one) of the scope, locked for the rest of the caller's transaction (before
     * something comes to serve it), else CERTIFICATE_NOT_FOUND.
     */
    public Certificate lockServing(Scope scope, String id) {
        return lockedOfKind(scope, id, false);
    }

    /** A certificate of the scope locked, a CA one (authority) or not, else CERTIFICATE_NOT_FOUND. */
    private Certificate lockedOfKind(Scope scope, String id, boolean authority) {
        Certificate c = store.locked(scope, id);
        if (AUTHORITY.equals(c.certType()) != authority) {
            throw new DomainException(DomainError.CERTIFICATE_NOT_FOUND, id);
        }
        return c;
    }

    private void serve(Scope scope, String loadBalancerId, String listenerId, String certificateId) {
        loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
        lockedOfKind(scope, certificateId, false);
        String served = store.serving().of(List.of(listenerId)).get(listenerId);
        if (certificateId.equals(served)) return;
        if (served != null) store.serving().unbind(listenerId, served);
        bind(scope, loadBalancerId, listenerId, certificateId);
    }

    /** The listener no longer serves the certificate (CERTIFICATE_NOT_FOUND when it did not). */
    public void unbind(Scope scope, String loadBalancerId, String listenerId, String certificateId) {
        tx.run(() -> {
            loadBalancers.lockedListener(scope, loadBalancerId, listenerId);
            store.locked(scope, certificateId);
            if (store.serving().unbind(listenerId, certificateId) == 0) {
                throw new DomainException(DomainError.CERTIFICATE_NOT_FOUND, certificateId);
            }
        });
    }

    /** The certificate each of these listeners serves (absent: none); a binding joins rows of one scope. */
    public Map<String, Certificate> ofListeners(List<String> listenerIds) {
        return tx.read(() -> store.servedBy(listenerIds));
    }

    /** The first PEM certificate of the content, parsed; empty when there is none or it does not parse. */
    public static Optional<X509Certificate> certificateOf(String content) {
        Matcher cert = CERTIFICATE.matcher(content == null ? "" : content);
        if (!cert.find()) return Optional.empty();
        try {
            return Optional.of((X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(cert.group().getBytes(StandardCharsets.US_ASCII))));
        } catch (GeneralSecurityException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The subject's common name ("" for none). */
    public static String commonName(X509Certificate x509) {
        try {
            return new LdapName(x509.getSubjectX500Principal().getName()).getRdns().stream()
                    .filter(r -> r.getType().equalsIgnoreCase("CN")).map(r -> String.valueOf(r.getValue()))
                    .findFirst().orElse("");
        } catch (InvalidNameException e) {
            return "";
        }
    }

    /** The DNS names among the certificate's subject alternative names, in its order. */
    public static List<String> alternativeNames(X509Certificate x509) {
        List<String> out = new ArrayList<>();
        try {
            var alternatives = x509.getSubjectAlternativeNames();
            if (alternatives != null) {
                for (List<?> a : alternatives) {
                    if (Integer.valueOf(DNS_NAME).equals(a.get(0))) out.add(String.valueOf(a.get(1)));
                }
            }
        } catch (GeneralSecurityException e) {
            // unreadable alternative names: none
        }
        return out;
    }

    /** The names a certificate serves: its common names, then its alternative names. */
    private static Set<String> domains(X509Certificate x509) {
        Set<String> out = new LinkedHashSet<>();
        try {
            new LdapName(x509.getSubjectX500Principal().getName()).getRdns().stream()
                    .filter(r -> r.getType().equalsIgnoreCase("CN"))
                    .forEach(r -> out.add(String.valueOf(r.getValue())));
        } catch (InvalidNameException e) {
            // no common name to read: the alternative names alone
        }
        out.addAll(alternativeNames(x509));
        return out;
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static String md5(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
