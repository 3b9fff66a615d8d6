package io.cloudtwin.dialect.ucloud;

/** One element of an array-of-objects parameter (Rule.N, Disks.N) in a typed request: where it stood on the wire. */
public interface UcloudElement {
    /** How one field of this element is named on the wire ({@code Rule.3.Priority}), for an error naming it. */
    String keyOf(String field);

    /** The element's index as the client sent it (0-based). */
    int indexInRequest();
}
