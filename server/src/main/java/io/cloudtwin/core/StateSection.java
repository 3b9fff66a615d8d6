package io.cloudtwin.core;

import java.util.List;

import org.springframework.core.ResolvableType;

/**
 * One section of the state document (a seed file, GET /_cloudtwin/state): a kind of resource with its document type,
 * registered as a bean by the area that owns the kind ({@link Section}). Export reads every resource of the kind;
 * import creates them through the area's own services, so that a fixture obeys the rules a request does (CIDR blocks
 * inside their VPC, addresses inside their subnet and not taken twice, names unique where the cloud wants them so). The
 * admin API iterates the sections: a new kind adds a section, not a change to the state service.
 *
 * @param <D> the document of one resource, a record whose components are the section's JSON fields
 */
public interface StateSection<D> {
    /**
     * A document of one resource of a scope: its id, and the cloud, account, region and project it belongs to (its
     * record's components of those names answer these).
     */
    interface Scoped {
        String cloud();

        String account();

        String region();

        String project();

        String id();
    }

    /** Every resource of the kind, of every cloud and account. */
    List<D> export();

    /**
     * A section whose document is its row under the state file's names: its export copies every row of its store
     * ({@link Documents}), and a section record satisfies {@link #store()} with its component of that name.
     */
    interface Rows<D extends Record, R extends Record> extends StateSection<D> {
        ScopedStore<R> store();

        @Override
        default List<D> export() {
            return Documents.of(documentType(), store().rowType(), store().all());
        }
    }

    /**
     * Creates the resource one document describes; false when a resource with its id exists already (left as it is,
     * so importing a file twice changes nothing). Refuses with {@link InvalidFixture}, or with the DomainException a
     * request would get.
     */
    boolean load(D document, Fixtures fixtures);

    /** After every section of a document is loaded: what a section completes of what others made (default: nothing). */
    default void finish(Fixtures fixtures) {}

    /** The section's key in the document, from its {@link Section}. */
    default String name() {
        return registration().name();
    }

    /** Its place in the import order, from its {@link Section}. */
    default int order() {
        return registration().order();
    }

    /** The type of one document: the section's type argument D. */
    @SuppressWarnings("unchecked")
    default Class<D> documentType() {
        return (Class<D>) ResolvableType.forClass(getClass()).as(StateSection.class).resolveGeneric(0);
    }

    private Section registration() {
        Section s = getClass().getAnnotation(Section.class);
        if (s == null) throw new IllegalStateException(getClass().getName() + " has no @Section");
        return s;
    }
}
