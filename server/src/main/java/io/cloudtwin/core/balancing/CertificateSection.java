package io.cloudtwin.core.balancing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "certificates" of the state document, each with the listeners that serve it (a CA certificate, type CA: that
 * trust it); imported through CertificateService as requests make them (the content must parse; a listener serves one,
 * and trusts one, and only over HTTPS).
 */
@Section(name = "certificates", order = 63)
record CertificateSection(CertificateStore store, CertificateService certificates, LoadBalancerStore loadBalancers)
        implements StateSection<CertificateSection.Document> {
    /** A listener that serves the certificate, with its load balancer. */
    public record Served(String loadBalancer, String listener) {}

    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String type, String content, List<Served> servedBy) implements Scoped {}

    @Override
    public List<Document> export() {
        Map<String, String> bindings = store.serving().all();
        Map<String, String> trust = store.trusting().all();
        Map<String, String> lbOf = loadBalancers.listeners().all().stream()
                .collect(Collectors.toMap(Listener::id, Listener::loadBalancerId));
        return store.all().stream().map(c -> new Document(c.cloud().key(), c.accountId(), c.region(), c.projectId(),
                c.id(), c.name(), c.certType(), c.content(), (CertificateService.AUTHORITY.equals(c.certType())
                        ? trust : bindings).entrySet().stream()
                        .filter(e -> e.getValue().equals(c.id()))
                        .map(e -> new Served(lbOf.get(e.getKey()), e.getKey())).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "certificate", store::exists, scope -> {
            String name = Fixtures.text(d.name());
            String content = Fixtures.required(d.content(), "content of certificate " + d.id());
            boolean authority = CertificateService.AUTHORITY.equals(d.type());
            if (authority) certificates.createAuthority(scope, d.id(), name, content);
            else certificates.create(scope, d.id(), name, d.type() == null ? "Pem" : d.type(), content);
            for (Served s : Fixtures.list(d.servedBy())) {
                String lb = Fixtures.required(s.loadBalancer(), "loadBalancer serving certificate " + d.id());
                String listener = Fixtures.required(s.listener(), "listener serving certificate " + d.id());
                if (authority) certificates.trust(scope, lb, listener, d.id());
                else certificates.bind(scope, lb, listener, d.id());
            }
        });
    }
}
