package io.cloudtwin.core.network;

/**
 * What another area keeps with each VPC (its system route table), given as a bean by that area, so that this area
 * depends on none of them: told in the VPC's creation and its deletion, each in that transaction, the VPC's row
 * locked (deletion) or just written (creation).
 */
public interface VpcCompanion {
    /** The VPC was made. */
    void vpcCreated(Vpc vpc);

    /**
     * The VPC goes, nothing standing in it any more: remove what was made with it, or throw the DomainException
     * (VPC_IN_USE) that keeps it.
     */
    void vpcDeleting(Vpc vpc);
}
