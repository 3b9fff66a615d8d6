package io.cloudtwin.core.network;

import java.util.Collection;

/** Filters of a listing; null or empty means "any". */
public record VpcFilter(Collection<String> ids, String name, String tag) {
    public VpcFilter(Collection<String> ids, String name) {
        this(ids, name, null);
    }
}
