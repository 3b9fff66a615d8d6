package io.cloudtwin.core.network;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * Grants of a VPC to cloud enterprise networks, each made or revoked under the VPC's row lock (so a grant never
 * outlives its VPC, whose deletion takes its grants). Granting again what is granted, or revoking what is not, changes
 * nothing.
 */
@Service
public record CenGrantService(CenGrantStore store, NetworkService networks, WallClock clock, Transactions tx)
        implements KindService<CenGrant> {
    public void grant(Scope scope, String vpcId, String cenId, long cenOwnerId) {
        grant(scope, Ids.random("cbngrant-", 20), vpcId, cenId, cenOwnerId);
    }

    /** The grant under that id (a state document's), unless the VPC has it already. */
    public void grant(Scope scope, String id, String vpcId, String cenId, long cenOwnerId) {
        tx.run(() -> {
            lockVpc(scope, vpcId);
            if (!granted(scope, vpcId, cenId, cenOwnerId)) {
                store.insert(new CenGrant(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                        vpcId, cenId, cenOwnerId, clock.now()));
            }
        });
    }

    public void revoke(Scope scope, String vpcId, String cenId, long cenOwnerId) {
        tx.run(() -> {
            lockVpc(scope, vpcId);
            store.revoke(vpcId, cenId, cenOwnerId);
        });
    }

    /** The VPC's grants, oldest first, one page (none for a VPC that is not the scope's). */
    public Page<CenGrant> grantsOf(Scope scope, String vpcId, int offset, int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().equal("instance_id", vpcId), offset, limit));
    }

    private boolean granted(Scope scope, String vpcId, String cenId, long cenOwnerId) {
        return store.list(scope, new ScopedTable.Where().equal("instance_id", vpcId).equal("cen_id", cenId)
                .equal("cen_owner_id", cenOwnerId), 0, 1).total() > 0;
    }

    private void lockVpc(Scope scope, String vpcId) {
        if (networks.lockedVpcOf(scope, vpcId, false).isEmpty()) {
            throw new DomainException(DomainError.CEN_GRANT_INSTANCE_NOT_FOUND, vpcId);
        }
    }
}
