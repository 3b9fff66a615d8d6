package io.cloudtwin.core.compute;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "launchTemplates" of the state document: each template with its versions (their data as the dialect wrote it)
 * and which is the default. Imported through LaunchTemplateService: the name must be free, at most VERSIONS versions
 * keep their numbers, the default must be one of them.
 */
@Section(name = "launchTemplates", order = 59)
record LaunchTemplateSection(LaunchTemplateStore store, LaunchTemplateService templates)
        implements StateSection<LaunchTemplateSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           long defaultVersion, List<VersionDocument> versions) {}

    /** data: the version's settings, a JSON document. */
    public record VersionDocument(long number, String description, String data) {}

    @Override
    public List<Document> export() {
        var versions = store.allVersions();
        return store.all().stream().map(t -> new Document(t.cloud().key(), t.accountId(), t.region(), t.projectId(),
                t.id(), t.name(), t.defaultVersion(), versions.stream().filter(v -> v.templateId().equals(t.id()))
                .map(v -> new VersionDocument(v.versionNumber(), v.description(), v.data())).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String name = Fixtures.required(d.name(), "name of a launch template");
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "launch template " + name);
        String id = Fixtures.required(d.id(), "id of launch template " + name);
        if (store.exists(id)) return false;
        var versions = Fixtures.list(d.versions()).stream().map(v -> new LaunchTemplate.Version(id, v.number(),
                v.description(), Fixtures.required(v.data(), "data of a version of launch template " + name), null))
                .toList();
        if (versions.isEmpty() || versions.stream().map(LaunchTemplate.Version::versionNumber).distinct().count()
                < versions.size() || versions.stream().anyMatch(v -> v.versionNumber() < 1)) {
            throw new InvalidFixture("launch template " + name + " needs versions of distinct numbers from 1");
        }
        templates.restore(scope, id, name, versions, d.defaultVersion());
        return true;
    }
}
