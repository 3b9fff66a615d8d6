package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.compute.InterfaceStore;
import io.cloudtwin.core.compute.NetworkInterface;

/**
 * The servers a load balancer's pools (its default pool, its server groups) take: instances (Member.INSTANCE) and
 * network interfaces (Member.INTERFACE) of its VPC (any of the region for one in no VPC). Locked in the caller's
 * transaction after the load balancer: instances, then interfaces, each in id order, so a concurrent release of a
 * server either comes first (not found) or waits and takes its memberships with it (the foreign keys cascade).
 */
@Component
record PoolServers(InstanceStore instances, InterfaceStore interfaces) {
    /** A server named in a request: its id and type. */
    record Server(String id, String type) {}

    /** Locks the servers and checks them; the private address of each interface by id (instances: none). */
    Map<String, String> lock(Scope scope, LoadBalancer lb, Collection<Server> servers) {
        Map<String, String> vpcs = new HashMap<>();
        Map<String, String> ips = new HashMap<>();
        List<String> instanceIds = servers.stream().filter(s -> Member.INSTANCE.equals(s.type())).map(Server::id)
                .distinct().toList();
        for (Instance i : instances.lockAll(scope, instanceIds)) vpcs.put(i.id(), i.vpcId());
        for (String id : instanceIds) {
            if (!vpcs.containsKey(id)) throw new DomainException(DomainError.INSTANCE_NOT_FOUND, id);
        }
        for (String id : new TreeSet<>(servers.stream().filter(s -> Member.INTERFACE.equals(s.type()))
                .map(Server::id).toList())) {
            NetworkInterface eni = interfaces.lock(scope, id)
                    .orElseThrow(() -> new DomainException(DomainError.INTERFACE_NOT_FOUND, id));
            vpcs.put(id, eni.vpcId());
            ips.put(id, eni.privateIp());
        }
        for (Server s : servers) {
            if (!vpcs.containsKey(s.id())) throw new DomainException(DomainError.INSTANCE_NOT_FOUND, s.id());
            if (lb.vpcId() != null && !lb.vpcId().equals(vpcs.get(s.id()))) {
                throw new DomainException(DomainError.NETWORK_MISMATCH, s.id());
            }
        }
        return ips;
    }
}
