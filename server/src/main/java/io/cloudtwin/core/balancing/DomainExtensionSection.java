package io.cloudtwin.core.balancing;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "domainExtensions" of the state document (Aliyun SLB's), imported through DomainExtensionService as
 * CreateDomainExtension makes them, after the load balancers and the certificates they name.
 */
@Section(name = "domainExtensions", order = 67)
record DomainExtensionSection(DomainExtensionStore store, DomainExtensionService extensions)
        implements StateSection<DomainExtensionSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String loadBalancer, String listener, String domain, String certificate) implements Scoped {}

    @Override
    public List<Document> export() {
        return extensions.all().stream().map(e -> new Document(e.cloud().key(), e.accountId(), e.region(),
                e.projectId(), e.id(), e.loadBalancerId(), e.listenerId(), e.domain(), e.certificateId())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "domain extension", store::exists, scope ->
                extensions.create(scope,
                        Fixtures.required(d.loadBalancer(), "loadBalancer of domain extension " + d.id()),
                        Fixtures.required(d.listener(), "listener of domain extension " + d.id()), d.id(),
                        Fixtures.required(d.domain(), "domain of domain extension " + d.id()),
                        Fixtures.required(d.certificate(), "certificate of domain extension " + d.id())));
    }
}
