package io.cloudtwin.core.balancing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "certificates" of the state document, each with the listeners that serve it; imported through
 * CertificateService as requests make them (the content must parse; a listener serves one, and only over HTTPS).
 */
@Section(name = "certificates", order = 63)
record CertificateSection(CertificateStore store, CertificateService certificates, LoadBalancerStore loadBalancers)
        implements StateSection<CertificateSection.Document> {
    /** A listener that serves the certificate, with its load balancer. */
    public record Served(String loadBalancer, String listener) {}

    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String type, String content, List<Served> servedBy) {}

    @Override
    public List<Document> export() {
        Map<String, String> bindings = store.allBindings();
        Map<String, String> lbOf = loadBalancers.listeners().all().stream()
                .collect(Collectors.toMap(Listener::id, Listener::loadBalancerId));
        return store.all().stream().map(c -> new Document(c.cloud().key(), c.accountId(), c.region(), c.projectId(),
                c.id(), c.name(), c.certType(), c.content(), bindings.entrySet().stream()
                        .filter(e -> e.getValue().equals(c.id()))
                        .map(e -> new Served(lbOf.get(e.getKey()), e.getKey())).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String id = Fixtures.required(d.id(), "id of a certificate");
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "certificate " + id);
        if (store.exists(id)) return false;
        certificates.create(scope, id, Fixtures.required(d.name(), "name of certificate " + id),
                d.type() == null ? "Pem" : d.type(), Fixtures.required(d.content(), "content of certificate " + id));
        for (Served s : Fixtures.list(d.servedBy())) {
            certificates.bind(scope, Fixtures.required(s.loadBalancer(), "loadBalancer serving certificate " + id),
                    Fixtures.required(s.listener(), "listener serving certificate " + id), id);
        }
        return true;
    }
}
