package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Launch templates and their versions. A template is made with its first version, which is its default; each new
 * version takes the number after the last one made. A template holds at most VERSIONS versions, and its default
 * version cannot be deleted. Versions are made, deleted and chosen as default under the template's row lock, so the
 * count and the default hold when two requests race.
 */
@Service
public record LaunchTemplateService(LaunchTemplateStore store, WallClock clock, TagService tags, Transactions tx)
        implements KindService<LaunchTemplate> {
    /** The most versions one template holds (Alibaba's quota; Terraform deletes the oldest before a 31st). */
    public static final int VERSIONS = 30;

    /** A template with its first version (number 1, the default); its name must be free in the scope. */
    public LaunchTemplate create(Scope scope, String id, String name, String description, String data,
                                 Map<String, String> tagged) {
        return tx.call(() -> {
            var now = clock.now();
            LaunchTemplate t = new LaunchTemplate(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), name, 1, 1, now, now);
            Constraints.enforce(() -> store.insert(t), DomainError.LAUNCH_TEMPLATE_NAME_EXISTS, name);
            store.insert(new LaunchTemplate.Version(id, 1, description, data, now));
            tags.tagNew(scope, ResourceType.LAUNCH_TEMPLATE, id, tagged);
            return t;
        });
    }

    /**
     * A template as a state document has it: its versions keep their numbers (the next one made takes the number
     * after the highest), the default must be one of them.
     */
    public void restore(Scope scope, String id, String name, List<LaunchTemplate.Version> versions, long defaultVersion) {
        tx.run(() -> {
            if (versions.size() > VERSIONS) throw new DomainException(DomainError.LAUNCH_TEMPLATE_VERSION_LIMIT, id);
            var first = versions.get(0);
            create(scope, id, name, first.description(), first.data(), Map.of());
            store.deleteVersion(id, 1);
            var now = clock.now();
            for (var v : versions) {
                store.insert(new LaunchTemplate.Version(id, v.versionNumber(), v.description(), v.data(), now));
            }
            long latest = versions.stream().mapToLong(LaunchTemplate.Version::versionNumber).max().orElseThrow();
            store.update(id, RowChanges.of("latestVersion", latest));
            setDefault(scope, id, defaultVersion);
        });
    }

    /** A new version of the template: the number after the last one made. */
    public long addVersion(Scope scope, String id, String description, String data) {
        return tx.call(() -> {
            LaunchTemplate t = store.locked(scope, id);
            if (store.versionCount(id) >= VERSIONS) {
                throw new DomainException(DomainError.LAUNCH_TEMPLATE_VERSION_LIMIT, id);
            }
            long number = t.latestVersion() + 1;
            var now = clock.now();
            store.insert(new LaunchTemplate.Version(id, number, description, data, now));
            store.update(id, RowChanges.of("latestVersion", number, "modifiedAt", now));
            return number;
        });
    }

    /** The version instances launch from when none is named becomes this one, which must exist. */
    public void setDefault(Scope scope, String id, long number) {
        tx.run(() -> {
            store.locked(scope, id);
            if (store.versions(List.of(id), List.of(number), null, null).isEmpty()) {
                throw new DomainException(DomainError.LAUNCH_TEMPLATE_VERSION_NOT_FOUND, String.valueOf(number));
            }
            store.update(id, RowChanges.of("defaultVersion", number, "modifiedAt", clock.now()));
        });
    }

    /** Deletes these versions, all or none: the default one, or one the template does not have, refuses them all. */
    public void deleteVersions(Scope scope, String id, Collection<Long> numbers) {
        tx.run(() -> {
            LaunchTemplate t = store.locked(scope, id);
            for (long n : new TreeSet<>(numbers)) {
                if (n == t.defaultVersion()) {
                    throw new DomainException(DomainError.LAUNCH_TEMPLATE_DEFAULT_VERSION, String.valueOf(n));
                }
                if (!store.deleteVersion(id, n)) {
                    throw new DomainException(DomainError.LAUNCH_TEMPLATE_VERSION_NOT_FOUND, String.valueOf(n));
                }
            }
            store.update(id, RowChanges.of("modifiedAt", clock.now()));
        });
    }

    /** Deletes a template with its versions and tags; answers the numbers of the versions it had. */
    public List<Long> delete(Scope scope, String id) {
        return tx.call(() -> {
            store.locked(scope, id);
            var numbers = store.versions(List.of(id), List.of(), null, null).stream()
                    .map(LaunchTemplate.Version::versionNumber).toList();
            tags.deleting(id, () -> store.delete(id));
            return numbers;
        });
    }

    /**
     * The settings a launch takes from a template of the scope (named by id, else by name): the version of that
     * number, or the template's default version when number is null.
     */
    public LaunchTemplate.Version launchVersion(Scope scope, String id, String name, Long number) {
        return tx.read(() -> {
            LaunchTemplate t = id == null || id.isEmpty() ? named(scope, name) : get(scope, id);
            long n = number == null ? t.defaultVersion() : number;
            return store.versions(List.of(t.id()), List.of(n), null, null).stream().findFirst().orElseThrow(
                    () -> new DomainException(DomainError.LAUNCH_TEMPLATE_VERSION_NOT_FOUND, String.valueOf(n)));
        });
    }

    /** The scope's template of that name. */
    public LaunchTemplate named(Scope scope, String name) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().equal("name", name), 0, 1).items().stream()
                .findFirst().orElseThrow(() -> new DomainException(DomainError.LAUNCH_TEMPLATE_NOT_FOUND, name)));
    }

    /** A page of the scope's templates of these ids and names (null or empty: any), in creation order. */
    public Page<LaunchTemplate> list(Scope scope, Collection<String> ids, Collection<String> names, int offset,
                                     int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids).in("name", names), offset, limit));
    }

    /** The versions of a template of the scope, as LaunchTemplateStore.versions selects them. */
    public List<LaunchTemplate.Version> versions(Scope scope, String id, Collection<Long> numbers, Long min, Long max) {
        return tx.read(() -> {
            store.get(scope, id);
            return store.versions(List.of(id), numbers, min, max);
        });
    }
}
