package io.cloudtwin.core.routing;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.network.VpcCompanion;
import io.cloudtwin.core.tag.TagService;

/**
 * The system route table of each VPC ({@link RouteTable#systemId}: Aliyun's system table, UCloud's default table),
 * made in the VPC's creation and removed, with its tags, in its deletion. An Aliyun VPC's custom entries refuse its
 * deletion (VPC_IN_USE, route_entry), and its custom tables by foreign key; a UCloud VPC takes its custom tables and
 * their rules with it, and a UCloud subnet its binding to a custom table (UCloud's own SDK regression scenario deletes
 * a bound subnet, then the VPC, and finds the tables gone).
 */
@Component
record SystemRouteTables(RouteStore store, TagService tags) implements VpcCompanion {
    @Override
    public void vpcCreated(Vpc v) {
        store.insert(new RouteTable(RouteTable.systemId(v.cloud(), v.id()), v.cloud(), v.accountId(), v.region(),
                v.projectId(), v.id(), true, "", "", "VSwitch", v.createdAt()));
    }

    @Override
    public void vpcDeleting(Vpc v) {
        var scope = new Scope(v.cloud(), v.accountId(), v.region(), v.projectId());
        if (v.cloud() == Cloud.UCLOUD) {
            for (RouteTable t : store.tablesOfVpcs(List.of(v.id())).getOrDefault(v.id(), List.of())) {
                if (!t.system() && store.lock(scope, t.id()).isPresent()) drop(t.id());
            }
        }
        String id = RouteTable.systemId(v.cloud(), v.id());
        if (store.lock(scope, id).isEmpty()) return;
        if (store.entryCount(id) > 0) throw new DomainException(DomainError.VPC_IN_USE, "route_entry");
        tags.deleting(id, () -> store.delete(id));
    }

    @Override
    public void subnetDeleting(Subnet s) {
        if (s.cloud() == Cloud.UCLOUD) store.unbind(s.id());
    }

    private void drop(String id) {
        store.deleteEntriesOf(id);
        tags.deleting(id, () -> store.delete(id));
    }
}
