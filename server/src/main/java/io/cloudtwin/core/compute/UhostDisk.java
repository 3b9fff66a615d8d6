package io.cloudtwin.core.compute;

/** A disk of a UCloud host, as it was created with. */
public record UhostDisk(String diskId, boolean boot, String type, int sizeGb) {}
