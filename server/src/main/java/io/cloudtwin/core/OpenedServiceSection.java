package io.cloudtwin.core;

import java.util.List;

/** The "openedServices" of the state document: the services each account has opened (OpenedServices). */
@Section(name = "openedServices", order = 5)
record OpenedServiceSection(OpenedServices services) implements StateSection<OpenedServiceSection.Document> {
    public record Document(String cloud, String account, String service) {}

    @Override
    public List<Document> export() {
        return services.all().stream().map(o -> new Document(o.cloud(), o.accountId(), o.service())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Cloud cloud = Fixtures.cloud(d.cloud());
        Scope scope = new Scope(cloud, fixtures.account(d.account()).id(), "", "");
        String service = Fixtures.required(d.service(), "service of an opened service");
        if (services.isOpen(scope, service)) return false;
        services.open(scope, service);
        return true;
    }
}
