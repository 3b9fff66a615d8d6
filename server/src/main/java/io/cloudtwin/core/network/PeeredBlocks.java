package io.cloudtwin.core.network;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;

/**
 * A peering's rule kept when a VPC's blocks change: they overlap none of the blocks of the VPCs it is peered with
 * (CIDR_CONFLICT), as when the peering was made. Each peer is locked for the check, so that both sides changing at once
 * cannot each miss the other's new block.
 */
@Component
record PeeredBlocks(PeeringStore peerings, NetworkStore networks) implements VpcCompanion {
    @Override
    public void blocksChanging(Vpc vpc, List<Cidr> blocks) {
        for (VpcPeering p : peerings.of(vpc.id())) {
            boolean requester = p.vpcId().equals(vpc.id());
            Scope scope = new Scope(p.cloud(), p.accountId(), requester ? p.peerRegion() : p.region(),
                    requester ? p.peerProjectId() : p.projectId());
            Vpc other = networks.vpcs().locked(scope, p.otherVpc(vpc.id()), DomainError.VPC_NOT_FOUND);
            for (String theirs : other.cidrBlocks()) {
                Cidr block = Cidr.parse(theirs);
                for (Cidr ours : blocks) {
                    if (ours.overlaps(block)) throw new DomainException(DomainError.CIDR_CONFLICT, ours.toString());
                }
            }
        }
    }
}
