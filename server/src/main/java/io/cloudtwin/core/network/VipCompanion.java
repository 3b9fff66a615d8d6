package io.cloudtwin.core.network;

/**
 * What another area keeps with a virtual IP (the hosts bound to it, an EIP), given as a bean by that area, so that
 * this area depends on none of them: told in the VIP's release, in that transaction, the VIP's row locked.
 */
public interface VipCompanion {
    /** The VIP goes: throw the DomainException (VIP_IN_USE) that keeps it. */
    void vipReleasing(Vip vip);
}
