package io.cloudtwin.core.compute;

/**
 * A disk's state, in neutral words each cloud spells its own way (Aliyun Available / In_use, UCloud InUse). ATTACHING
 * and DETACHING: an attach or detach under way (DiskService.beginAttach, beginDetach), while the transition delay runs.
 */
public enum DiskStatus {
    AVAILABLE, IN_USE, ATTACHING, DETACHING
}
