package io.cloudtwin.core.network;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.UniqueWrites;

/**
 * The default VPC and subnet of a scope, where a UCloud host that names neither VPCId nor SubnetId lands (UCloud
 * gives every region a DefaultVPC with a DefaultNetwork subnet; CreateUHostInstance documents VPCId and SubnetId as
 * defaulting to them). Made on demand, once per account, region and project, in a transaction of its own: the
 * primary key of default_network lets exactly one of several concurrent first callers create it, the others read it.
 */
@Service
public record DefaultNetworks(DefaultNetworkStore store, NetworkService networks, UniqueWrites writes) {
    /** Name, subnet name and block of each cloud's default network (the block is cloudtwin's choice). */
    private record Facts(String vpcName, String subnetName, String cidr) {}

    private static final Map<Cloud, Facts> FACTS = new EnumMap<>(Map.of(
            Cloud.UCLOUD, new Facts("DefaultVPC", "DefaultNetwork", "10.9.0.0/16")));

    /**
     * Makes a subnet of the scope its default network (a state document says so); false when the scope has one
     * already. Runs in the caller's transaction.
     */
    public boolean adopt(Scope scope, Subnet subnet) {
        if (!FACTS.containsKey(scope.cloud())) return false;
        try {
            store.insert(scope, new DefaultNetworkStore.Ids(subnet.vpcId(), subnet.id()));
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /** The default subnet of the scope, made (with its VPC) if the scope has none yet. */
    public Subnet subnet(Scope scope) {
        var ids = store.find(scope);
        if (ids.isEmpty()) {
            Facts f = FACTS.get(scope.cloud());
            if (f == null) throw new IllegalStateException("no default network for " + scope.cloud());
            writes.inOwnTransaction(() -> {
                if (store.find(scope).isPresent()) return;
                Vpc v = networks.createVpc(scope, new NetworkService.NewVpc(f.vpcName(), "", List.of(f.cidr()),
                        "Default"));
                Subnet s = networks.createSubnet(scope, new NetworkService.NewSubnet(v.id(), "", f.subnetName(), "",
                        f.cidr(), "Default"));
                store.insert(scope, new DefaultNetworkStore.Ids(v.id(), s.id()));
            });
            ids = store.find(scope);
        }
        String subnetId = ids.orElseThrow(() -> new DomainException(DomainError.BUSY, null)).subnetId();
        return networks.subnet(scope, subnetId);
    }
}
