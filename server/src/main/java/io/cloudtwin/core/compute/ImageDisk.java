package io.cloudtwin.core.compute;

/**
 * One disk of a custom image, in order (the first its system disk): the snapshot it is made from ("" for an empty
 * data disk), its device, kind (system or data) and size in GiB.
 */
public record ImageDisk(String snapshotId, String device, String kind, int sizeGb) {}
