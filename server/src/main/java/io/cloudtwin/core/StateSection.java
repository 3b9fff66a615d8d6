package io.cloudtwin.core;

import java.util.List;

/**
 * One section of the state document (a seed file, GET /_cloudtwin/state): a kind of resource with its document type,
 * registered as a bean by the area that owns the kind. Export reads every resource of the kind; import creates them
 * through the area's own services, so that a fixture obeys the rules a request does (CIDR blocks inside their VPC,
 * addresses inside their subnet and not taken twice, names unique where the cloud wants them so). The admin API
 * iterates the sections: a new kind adds a section, not a change to the state service.
 *
 * @param <D> the document of one resource, a record whose components are the section's JSON fields
 */
public abstract class StateSection<D> {
    private final String name;
    private final Class<D> documentType;
    private final int order;

    /**
     * @param name the section's key in the document ("vpcs", "securityGroups")
     * @param order sections are imported (and exported) in this order: one comes after those its documents refer to
     */
    protected StateSection(String name, Class<D> documentType, int order) {
        this.name = name;
        this.documentType = documentType;
        this.order = order;
    }

    public final String name() { return name; }
    public final Class<D> documentType() { return documentType; }
    public final int order() { return order; }

    /** Every resource of the kind, of every cloud and account. */
    public abstract List<D> export();

    /**
     * Creates the resource one document describes; false when a resource with its id exists already (left as it is,
     * so importing a file twice changes nothing). Refuses with {@link InvalidFixture}, or with the DomainException a
     * request would get.
     */
    public abstract boolean load(D document, Fixtures fixtures);

    /** After every section of a document is loaded: what a section completes of what others made (default: nothing). */
    public void finish(Fixtures fixtures) {}
}
