package io.cloudtwin.core.compute;

/** A disk's state, in neutral words each cloud spells its own way (Aliyun Available / In_use, UCloud InUse). */
public enum DiskStatus {
    AVAILABLE, IN_USE
}
