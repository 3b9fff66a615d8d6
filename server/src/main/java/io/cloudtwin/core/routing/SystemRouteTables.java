package io.cloudtwin.core.routing;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.network.VpcCompanion;
import io.cloudtwin.core.tag.TagService;

/**
 * The system route table of each Aliyun VPC ({@link RouteTable#systemId}), made in the VPC's creation and removed, with
 * its tags, in its deletion, which its custom entries refuse (VPC_IN_USE, route_entry). UCloud VPCs have none here.
 */
@Component
record SystemRouteTables(RouteStore store, TagService tags) implements VpcCompanion {
    @Override
    public void vpcCreated(Vpc v) {
        if (v.cloud() != Cloud.ALIYUN) return;
        store.insert(new RouteTable(RouteTable.systemId(v.id()), v.cloud(), v.accountId(), v.region(), v.projectId(),
                v.id(), true, "", "", "VSwitch", v.createdAt()));
    }

    @Override
    public void vpcDeleting(Vpc v) {
        if (v.cloud() != Cloud.ALIYUN) return;
        String id = RouteTable.systemId(v.id());
        var scope = new Scope(v.cloud(), v.accountId(), v.region(), v.projectId());
        if (store.lock(scope, id).isEmpty()) return;
        if (store.entryCount(id) > 0) throw new DomainException(DomainError.VPC_IN_USE, "route_entry");
        tags.deleting(id, () -> store.delete(id));
    }
}
