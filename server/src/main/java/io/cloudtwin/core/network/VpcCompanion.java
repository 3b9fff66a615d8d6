package io.cloudtwin.core.network;

import java.util.List;

import io.cloudtwin.core.Cidr;

/**
 * What another area keeps with each VPC (its system route table) and its subnets, given as a bean by that area, so
 * that this area depends on none of them: told in the VPC's creation, its deletion, a change of its blocks and a
 * subnet's deletion, each in that transaction, the VPC's row locked (deletion, blocks, subnet) or just written
 * (creation).
 */
public interface VpcCompanion {
    /** The VPC was made. */
    default void vpcCreated(Vpc vpc) {}

    /**
     * The VPC goes, nothing standing in it any more: remove what was made with it, or throw the DomainException
     * (VPC_IN_USE) that keeps it.
     */
    default void vpcDeleting(Vpc vpc) {}

    /**
     * The subnet (locked, its VPC too) goes: remove what was kept with it (a UCloud subnet's binding to a custom route
     * table), or throw the DomainException that keeps it; before the subnet's own dependents are counted.
     */
    default void subnetDeleting(Subnet subnet) {}

    /** The VPC (locked) is to hold these blocks from now on: throw the DomainException that keeps them out. */
    default void blocksChanging(Vpc vpc, List<Cidr> blocks) {}
}
