package io.cloudtwin.core.tag;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "deletionProtections" of the state document: the resources protected from deletion. */
@Section(name = "deletionProtections", order = 92)
record ProtectionSection(ProtectionStore store) implements StateSection<ProtectionSection.Document> {
    /** resourceType: a kind as stored (eip, nat_gateway, shared_bandwidth). */
    public record Document(String cloud, String account, String region, String resourceType, String resourceId) {}

    @Override
    public List<Document> export() {
        return store.all();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String type = Fixtures.required(d.resourceType(), "resourceType of a deletion protection");
        if (ResourceType.byStored(type) == null) {
            throw new InvalidFixture("deletion protection of " + d.resourceId() + ": unknown resourceType " + type);
        }
        Scope scope = fixtures.regionScope(d.cloud(), d.account(), d.region(), "a deletion protection");
        store.put(scope.cloud().key(), scope.accountId(), scope.region(), type,
                Fixtures.required(d.resourceId(), "resourceId of a deletion protection"));
        return true;
    }
}
