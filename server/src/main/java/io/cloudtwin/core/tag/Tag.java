package io.cloudtwin.core.tag;

/** One tag of a resource: the resource's kind (as stored) and id, the key and the value. */
public record Tag(String resourceType, String resourceId, String key, String value) {}
