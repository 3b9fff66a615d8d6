package io.cloudtwin.core.tag;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "tags" of the state document: on resources of the same document (or already in the store). */
@Section(name = "tags", order = 95)
record TagSection(TagStore store) implements StateSection<TagSection.Document> {
    /** resourceType: a kind as stored (instance, security_group, vpc, subnet, network_interface). */
    public record Document(String cloud, String account, String region, String resourceType, String resourceId,
                           String key, String value) {}

    @Override
    public List<Document> export() {
        return store.all();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = scopeOf(fixtures, d.cloud(), d.account(), d.region(), d.resourceType(), d.resourceId(), "a tag");
        String id = Fixtures.required(d.resourceId(), "resourceId of a tag");
        store.put(scope, store.storedKind(d.resourceType(), id), id, Fixtures.required(d.key(), "key of a tag"),
                Fixtures.text(d.value()));
        return true;
    }

    /** The scope of what a document says of a resource of a kind as stored (an unknown kind: InvalidFixture). */
    static Scope scopeOf(Fixtures fixtures, String cloud, String account, String region, String resourceType,
                         String resourceId, String what) {
        String type = Fixtures.required(resourceType, "resourceType of " + what);
        if (ResourceType.byStored(type) == null) {
            throw new InvalidFixture(what + " of " + resourceId + ": unknown resourceType " + type);
        }
        return fixtures.regionScope(cloud, account, region, what);
    }
}
