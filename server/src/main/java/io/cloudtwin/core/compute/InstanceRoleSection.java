package io.cloudtwin.core.compute;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "instanceRamRoles" of the state document: the instance RAM role of each instance that has one. */
@Section(name = "instanceRamRoles", order = 58)
record InstanceRoleSection(InstanceRoleStore store) implements StateSection<InstanceRoleSection.Document> {
    /** instance: an instance of the same document (or already in the store); role: its RAM role's name. */
    public record Document(String instance, String role) {}

    @Override
    public List<Document> export() {
        return store.all();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String instance = Fixtures.required(d.instance(), "instance of an instance RAM role");
        try {
            store.put(instance, Fixtures.required(d.role(), "role of an instance RAM role"));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidFixture("instance RAM role " + d.role() + ": no instance " + instance);
        }
        return true;
    }
}
