package io.cloudtwin.admin.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The admin operations of docs/admin-api.md as methods of whatever runs a server: {@code CloudtwinServer}
 * (cloudtwin-junit, a child JVM) and {@code CloudtwinContainer} (cloudtwin-testcontainers) both implement it through
 * their {@link #admin()}.
 */
public interface AdminOperations {
    /** The server's admin API client. */
    CloudtwinAdmin admin();

    /** Forgets every resource, nonce, fault rule and logged request of both clouds (a seeded id sequence starts over). */
    default void reset() {
        admin().reset();
    }

    /** Imports a fixture file (YAML when it ends in .yaml/.yml, else JSON) in one transaction, all or nothing. */
    default Created seed(Path fixture) {
        try {
            String name = fixture.getFileName().toString();
            return admin().importState(Files.readString(fixture, StandardCharsets.UTF_8), isYaml(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a fixture from the class path, e.g. {@code seedResource("fixtures/two-groups.yaml")}. */
    default Created seedResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : AdminOperations.class.getClassLoader()).getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no resource " + resource + " on the class path");
            return admin().importState(new String(in.readAllBytes(), StandardCharsets.UTF_8), isYaml(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports a fixture given as YAML text. */
    default Created seedYaml(String yaml) {
        return admin().importState(yaml, true);
    }

    /** Imports a fixture given as JSON text. */
    default Created seedJson(String json) {
        return admin().importState(json, false);
    }

    /** Resets the store, then imports the fixture (YAML or JSON by the file name). */
    default Created replaceState(Path fixture) {
        reset();
        return seed(fixture);
    }

    /** The whole state as a fixture (JSON), account secrets left out: what {@link #seedJson} takes back. */
    default String exportState() {
        return admin().exportState();
    }

    /** Adds a fault rule; answers its id (for {@link #removeFault}). */
    default long addFault(Fault fault) {
        return admin().addFault(fault);
    }

    /** Removes one fault rule. @throws java.util.NoSuchElementException when there is none with that id */
    default void removeFault(long id) {
        admin().removeFault(id);
    }

    /** Removes every fault rule. */
    default void clearFaults() {
        admin().clearFaults();
    }

    /** Locks an instance (of either cloud) for security: Aliyun answers InstanceLockedForSecurity, UCloud 8905. */
    default void lockForSecurity(String instanceId) {
        admin().lockForSecurity(instanceId, "security");
    }

    /** The same, with the reason Aliyun lists in OperationLocks. */
    default void lockForSecurity(String instanceId, String reason) {
        admin().lockForSecurity(instanceId, reason);
    }

    /** Lifts the security lock. */
    default void unlockSecurity(String instanceId) {
        admin().unlockSecurity(instanceId);
    }

    /** From now on instances stay Pending/Starting/Stopping this long (Duration.ZERO: transitions are immediate). */
    default void setTransitionDelay(Duration delay) {
        admin().setTransitionDelay(delay);
    }

    default Duration transitionDelay() {
        return admin().transitionDelay();
    }

    /** Seeds every later id and request id (null: random again); see {@link CloudtwinAdmin#setIdSeed}. */
    default void setIdSeed(Long seed) {
        admin().setIdSeed(seed);
    }

    /** The last requests (at most 200), newest first: what the code under test really sent. */
    default List<LoggedRequest> requests(int limit) {
        return admin().requests(limit);
    }

    private static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
