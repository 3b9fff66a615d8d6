package io.cloudtwin.core.network;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * VPC peerings. Both VPCs are the caller's account's: the requester in the caller's scope, the peer in the scope the
 * request names (its region and project, by default the caller's). Rules: a VPC is not peered with itself, a pair
 * once (the unique pair key), and the two VPCs' blocks do not overlap (their addresses must route). Locks: both VPC
 * rows in id order (DeleteVpc locks its VPC, then refuses while peered, so a peering and a deletion are serialized).
 */
@Service
public record PeeringService(PeeringStore store, NetworkService networks, WallClock clock, Transactions tx) {
    /** A peering seen from one side: the other side's VPC as it is now. */
    public record View(VpcPeering peering, Vpc other) {}

    /** Peers vpcId (in scope) with peerVpcId (in peerScope, of the same cloud and account). */
    public VpcPeering create(Scope scope, String id, String vpcId, Scope peerScope, String peerVpcId) {
        return tx.call(() -> {
            if (vpcId.equals(peerVpcId)) throw new DomainException(DomainError.INVALID_PEERING, peerVpcId);
            Vpc[] locked = lockBoth(scope, vpcId, peerScope, peerVpcId);
            Vpc vpc = locked[0];
            Vpc peer = locked[1];
            for (String a : vpc.cidrBlocks()) {
                for (String b : peer.cidrBlocks()) {
                    if (Cidr.parse(a).overlaps(Cidr.parse(b))) throw new DomainException(DomainError.CIDR_CONFLICT, b);
                }
            }
            if (store.ofPair(vpcId, peerVpcId).isPresent()) throw new DomainException(DomainError.PEERING_EXISTS, peerVpcId);
            VpcPeering p = new VpcPeering(id, scope.cloud(), scope.accountId(), vpc.region(), vpc.projectId(), vpc.id(),
                    peer.region(), peer.projectId(), peer.id(), VpcPeering.pairKey(vpc.id(), peer.id()), clock.now());
            Constraints.enforce(() -> store.insert(p), DomainError.PEERING_EXISTS, peerVpcId);
            return p;
        });
    }

    /** The two VPCs, locked in id order: [the requester's, the peer]. */
    private Vpc[] lockBoth(Scope scope, String vpcId, Scope peerScope, String peerVpcId) {
        Vpc[] out = new Vpc[2];
        if (vpcId.compareTo(peerVpcId) < 0) {
            out[0] = networks.lockVpc(scope, vpcId);
            out[1] = networks.lockVpc(peerScope, peerVpcId);
        } else {
            out[1] = networks.lockVpc(peerScope, peerVpcId);
            out[0] = networks.lockVpc(scope, vpcId);
        }
        return out;
    }

    /**
     * The peerings of a VPC of the scope, each with its other side, filtered to the other sides in peerRegion and
     * peerProject when given (null: any).
     */
    public List<View> of(Scope scope, String vpcId, String peerRegion, String peerProject) {
        return tx.read(() -> {
            networks.vpc(scope, vpcId);
            List<View> out = new ArrayList<>();
            for (VpcPeering p : store.of(vpcId)) {
                boolean mine = p.vpcId().equals(vpcId);
                String region = mine ? p.peerRegion() : p.region();
                String project = mine ? p.peerProjectId() : p.projectId();
                if (peerRegion != null && !peerRegion.equals(region)) continue;
                if (peerProject != null && !peerProject.equals(project)) continue;
                Scope other = new Scope(scope.cloud(), scope.accountId(), region, project);
                out.add(new View(p, networks.vpc(other, p.otherVpc(vpcId))));
            }
            return out;
        });
    }

    /** Ends the peering of two VPCs, asked from either side. */
    public void delete(Scope scope, String vpcId, Scope peerScope, String peerVpcId) {
        tx.run(() -> {
            lockBoth(scope, vpcId, peerScope, peerVpcId);
            VpcPeering p = store.ofPair(vpcId, peerVpcId)
                    .orElseThrow(() -> new DomainException(DomainError.PEERING_NOT_FOUND, peerVpcId));
            store.delete(p.id());
        });
    }
}
