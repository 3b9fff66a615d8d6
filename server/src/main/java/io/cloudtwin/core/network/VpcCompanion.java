package io.cloudtwin.core.network;

import java.util.List;

import io.cloudtwin.core.Cidr;

/**
 * What another area keeps with each VPC (its system route table), given as a bean by that area, so that this area
 * depends on none of them: told in the VPC's creation, its deletion and a change of its blocks, each in that
 * transaction, the VPC's row locked (deletion, blocks) or just written (creation).
 */
public interface VpcCompanion {
    /** The VPC was made. */
    default void vpcCreated(Vpc vpc) {}

    /**
     * The VPC goes, nothing standing in it any more: remove what was made with it, or throw the DomainException
     * (VPC_IN_USE) that keeps it.
     */
    default void vpcDeleting(Vpc vpc) {}

    /** The VPC (locked) is to hold these blocks from now on: throw the DomainException that keeps them out. */
    default void blocksChanging(Vpc vpc, List<Cidr> blocks) {}
}
