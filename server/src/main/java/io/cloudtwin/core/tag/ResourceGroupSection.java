package io.cloudtwin.core.tag;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "resourceGroups" of the state document: the group of each resource not in its account's default one. */
@Section(name = "resourceGroups", order = 91)
record ResourceGroupSection(ResourceGroupStore store) implements StateSection<ResourceGroupSection.Document> {
    /** resourceType: a kind as stored (instance, security_group, vpc, eip...); group: the resource group's id. */
    public record Document(String cloud, String account, String region, String resourceType, String resourceId,
                           String group) {}

    @Override
    public List<Document> export() {
        return store.all();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String type = Fixtures.required(d.resourceType(), "resourceType of a resource group member");
        if (ResourceType.byStored(type) == null) {
            throw new InvalidFixture("resource group of " + d.resourceId() + ": unknown resourceType " + type);
        }
        Scope scope = fixtures.regionScope(d.cloud(), d.account(), d.region(), "a resource group member");
        store.put(scope, type, Fixtures.required(d.resourceId(), "resourceId of a resource group member"),
                Fixtures.required(d.group(), "group of a resource group member"));
        return true;
    }
}
