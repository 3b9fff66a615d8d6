package io.cloudtwin.core;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a {@link StateSection} needs while it imports a document: the scope a document names (its cloud, account,
 * region, project, with the account's defaults), the time to stamp, and the checks every section makes.
 */
public final class Fixtures {
    private final Accounts accounts;
    private final WallClock clock;

    public Fixtures(Accounts accounts, WallClock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The scope of a document: its cloud, its account (the default one when absent), region and project. */
    public Scope scope(String cloud, String account, String region, String project, String what) {
        Cloud c = cloud(cloud);
        Account a = account(account);
        return new Scope(c, a.id(), required(region, "region of " + what), project(c, a, project));
    }

    /** The scope of a document of one resource, which must have an id; kind names it in a refusal ("IPv4 gateway"). */
    public Scope scope(StateSection.Scoped d, String kind) {
        required(d.id(), "id of " + kind);
        return scope(d.cloud(), d.account(), d.region(), d.project(), kind + " " + d.id());
    }

    /**
     * Imports the resource of a document in its scope with make, unless a resource of its id exists (state imported
     * again skips what it already made): true when it was made.
     */
    public boolean create(StateSection.Scoped d, String kind, Predicate<String> exists, Consumer<Scope> make) {
        Scope scope = scope(d, kind);
        if (exists.test(d.id())) return false;
        make.accept(scope);
        return true;
    }

    /** The scope of a document of a cloud that has regions but no projects (Aliyun's, or a region-wide one). */
    public Scope regionScope(String cloud, String account, String region, String what) {
        Cloud c = cloud(cloud);
        return new Scope(c, account(account).id(), required(region, "region of " + what), "");
    }

    public Account account(String id) {
        if (id == null || id.isBlank()) return accounts.defaultAccount();
        return accounts.byId(id).orElseThrow(() -> new InvalidFixture("unknown account " + id));
    }

    public OffsetDateTime now() {
        return clock.now();
    }

    public static Cloud cloud(String c) {
        try {
            return Cloud.valueOf(required(c, "cloud").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFixture("cloud must be aliyun or ucloud, not " + c);
        }
    }

    /** A UCloud project of the account (its default when absent); Aliyun has none (""). */
    public static String project(Cloud cloud, Account account, String project) {
        if (cloud == Cloud.ALIYUN) return "";
        if (project == null || project.isBlank()) return account.defaultUcloudProject();
        if (!account.ucloudProjects().contains(project)) throw new InvalidFixture("unknown project " + project);
        return project;
    }

    public static String required(String v, String what) {
        if (v == null || v.isBlank()) throw new InvalidFixture("missing " + what);
        return v;
    }

    /** A number a document must give. */
    public static long required(Long v, String what) {
        if (v == null) throw new InvalidFixture("missing " + what);
        return v;
    }

    /** An optional text: "" when absent. */
    public static String text(String v) {
        return v == null ? "" : v;
    }

    /** An optional text as a document writes it: absent (null) when "". */
    public static String absent(String v) {
        return v.isEmpty() ? null : v;
    }

    /** An optional text with a default: otherwise when absent or empty. */
    public static String text(String v, String otherwise) {
        return v == null || v.isEmpty() ? otherwise : v;
    }

    /** One of an enum's constants by its name (any case). */
    public static <E extends Enum<E>> E choice(Class<E> type, String v, String what) {
        try {
            return Enum.valueOf(type, required(v, what).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFixture(what + " must be one of " + List.of(type.getEnumConstants()) + ", not " + v);
        }
    }

    public static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
