package io.cloudtwin.core.balancing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.compute.InterfaceStore;
import io.cloudtwin.core.compute.NetworkInterface;
import io.cloudtwin.core.compute.Transitions;

/**
 * The health of the servers behind a load balancer's listeners, as its health check finds them now: a listener
 * forwards to its server group's members on their ports, else to the default pool's on its backend port. A server of
 * a running listener that checks health is normal while its instance (an interface's: the instance it is attached to)
 * is Running, else abnormal; a stopped listener, or one whose check is off, checks none (unavailable).
 */
@Service
public record ServerHealth(LoadBalancerStore loadBalancers, ServerGroupStore serverGroups, InstanceStore instances,
                           InterfaceStore interfaces, Transitions transitions, Transactions tx) {
    public static final String NORMAL = "normal";
    public static final String ABNORMAL = "abnormal";
    public static final String UNAVAILABLE = "unavailable";

    /** A server a listener forwards to, on a port, with its address and health. */
    public record Checked(Listener listener, String serverId, String serverIp, int port, String status) {}

    /**
     * The servers of these listeners of a load balancer of the scope (LOAD_BALANCER_NOT_FOUND), listener by listener
     * (read-write: it settles transitions first).
     */
    public List<Checked> of(Scope scope, String loadBalancerId, List<Listener> listeners) {
        return tx.call(() -> {
            loadBalancers.get(scope, loadBalancerId);
            transitions.settle();
            List<Member> pool = loadBalancers.membersOf(List.of(loadBalancerId)).getOrDefault(loadBalancerId, List.of());
            Map<String, List<ServerGroupMember>> groups = serverGroups.membersOf(listeners.stream()
                    .map(Listener::serverGroupId).filter(g -> g != null).distinct().toList());
            Map<String, Server> servers = new HashMap<>();
            List<Checked> out = new ArrayList<>();
            for (Listener l : listeners) {
                boolean checked = Listener.RUNNING.equals(l.status()) && !"off".equals(l.healthCheck());
                if (l.serverGroupId() != null) {
                    for (ServerGroupMember m : groups.getOrDefault(l.serverGroupId(), List.of())) {
                        Server s = servers.computeIfAbsent(m.serverId(), id -> server(scope, m.instanceId(), m.interfaceId()));
                        out.add(new Checked(l, m.serverId(), s.ip(), m.port(), status(checked, s)));
                    }
                } else if (l.backendPort() != null) {
                    for (Member m : pool) {
                        Server s = servers.computeIfAbsent(m.serverId(), id -> server(scope, m.instanceId(), m.interfaceId()));
                        out.add(new Checked(l, m.serverId(), s.ip(), l.backendPort(), status(checked, s)));
                    }
                }
            }
            return out;
        });
    }

    private record Server(String ip, boolean running) {}

    private static String status(boolean checked, Server s) {
        return !checked ? UNAVAILABLE : s.running() ? NORMAL : ABNORMAL;
    }

    /** An instance, or an interface and the instance it is attached to (none: not running). */
    private Server server(Scope scope, String instanceId, String interfaceId) {
        String ip = "";
        if (interfaceId != null) {
            NetworkInterface eni = interfaces.find(scope, interfaceId).orElse(null);
            if (eni == null) return new Server("", false);
            ip = eni.privateIp();
            instanceId = eni.instanceId();
        }
        Instance i = instanceId == null ? null : instances.find(scope, instanceId).orElse(null);
        if (i == null) return new Server(ip, false);
        return new Server(interfaceId != null ? ip : i.privateIp() == null ? "" : i.privateIp(),
                i.status() == InstanceStatus.RUNNING);
    }
}
