package io.cloudtwin.core.balancing;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "loadBalancers" of the state document, each with its listeners and their backends, made through
 * LoadBalancerService as CreateULB, CreateVServer and AllocateBackend make them: in a subnet of the scope (an internal
 * one at its exported address), listeners on free ports, backends on instances of the same VPC. After the instances
 * and firewalls, before the EIPs (order 65) that may be bound to them.
 */
@Section(name = "loadBalancers", order = 62)
record LoadBalancerSection(LoadBalancerStore store, LoadBalancerService service,
                           ServerGroupService serverGroups) implements StateSection<LoadBalancerSection.Document> {
    /**
     * internal: UCloud InnerMode, Aliyun intranet; listenType and firewall: UCloud's (RequestProxy / PacketsTransmit; a
     * FWId); spec, bandwidth, chargeType, status, deleteProtection, publicAddress, modificationProtection (with its
     * reason) and members: Aliyun's (an SLB without
     * vpcId and subnetId stands in no VPC).
     */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String tag, String remark, String vpcId, String subnetId, Boolean internal, String privateIp,
                           String listenType, String firewall, String spec, Integer bandwidth, String chargeType,
                           String status, Boolean deleteProtection, String publicAddress,
                           String modificationProtection, String modificationProtectionReason,
                           List<ListenerDocument> listeners, List<MemberDocument> members,
                           List<ServerGroupDocument> serverGroups) {}

    /** A server group (Aliyun VServer group) with its members: servers (type eni for an ENI) on ports. */
    /** A server group; kind: vserver (absent) or master_slave, whose members have their role (Master, Slave). */
    public record ServerGroupDocument(String id, String name, String kind, List<ServerGroupMemberDocument> members) {}

    public record ServerGroupMemberDocument(String server, String type, Integer port, Integer weight,
                                            String description, String role) {}

    /**
     * A listener (UCloud VServer, Aliyun listener): words as the cloud spells them (Roundrobin, None, Port; wrr);
     * Aliyun's backendPort, bandwidth, status (running, stopped) and settings (its other settings by name).
     */
    public record ListenerDocument(String id, String name, String protocol, Integer port, String method,
                                   String persistence, String persistenceInfo, Integer idleTimeout, String healthCheck,
                                   String healthDomain, String healthPath, String listenType, Integer backendPort,
                                   Integer bandwidth, String status, Map<String, String> settings,
                                   List<BackendDocument> backends, String serverGroupId) {}

    /** A member of the default server pool (Aliyun BackendServers): server (an instance, or an ENI: type eni). */
    public record MemberDocument(String id, String server, String type, Integer weight, String description) {}

    public record BackendDocument(String id, String instance, Integer port, Integer weight, Boolean enabled,
                                  Boolean backup) {}

    @Override
    public List<Document> export() {
        List<LoadBalancer> all = store.all();
        List<String> ids = all.stream().map(LoadBalancer::id).toList();
        var listeners = store.listenersOf(ids);
        var backends = store.backendsOf(listeners.values().stream().flatMap(List::stream).map(Listener::id).toList());
        var members = store.membersOf(ids);
        var groups = serverGroups.ofLoadBalancers(ids);
        return all.stream().map(lb -> new Document(lb.cloud().key(), lb.accountId(), lb.region(),
                lb.projectId(), lb.id(), lb.name(), lb.tag(), lb.remark(), lb.vpcId(), lb.subnetId(), lb.internal(),
                Fixtures.absent(lb.privateIp()), lb.listenType(), lb.firewallId(), Fixtures.absent(lb.spec()),
                lb.bandwidth() == 0 ? null : lb.bandwidth(), Fixtures.absent(lb.chargeType()), lb.status(),
                lb.deleteProtection() ? true : null, lb.publicAddress(), Fixtures.absent(lb.modificationProtection()),
                Fixtures.absent(lb.modificationProtectionReason()),
                listeners.getOrDefault(lb.id(), List.of()).stream().map(l -> new ListenerDocument(l.id(), l.name(),
                        l.protocol(), l.port(), l.method(), l.persistence(), l.persistenceInfo(), l.idleTimeout(),
                        l.healthCheck(), l.healthDomain(), l.healthPath(), l.listenType(), l.backendPort(),
                        l.bandwidth(), l.status(), l.settings().isEmpty() ? null : ListenerSettings.parse(l.settings()),
                        backends.getOrDefault(l.id(), List.of()).stream().map(b -> new BackendDocument(b.id(),
                                b.instanceId(), b.port(), b.weight(), b.enabled(), b.backup())).toList(),
                        l.serverGroupId())).toList(),
                members.getOrDefault(lb.id(), List.of()).stream().map(m -> new MemberDocument(m.id(), m.serverId(),
                        m.serverType(), m.weight(), Fixtures.absent(m.description()))).toList(),
                groups.getOrDefault(lb.id(), List.of()).stream().map(g -> new ServerGroupDocument(g.group().id(),
                        g.group().name(), ServerGroup.VSERVER.equals(g.group().kind()) ? null : g.group().kind(),
                        g.members().stream().map(m -> new ServerGroupMemberDocument(m.serverId(), m.serverType(),
                                m.port(), m.weight(), Fixtures.absent(m.description()),
                                Fixtures.absent(m.role()))).toList()))
                        .toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "load balancer " + d.id());
        String id = Fixtures.required(d.id(), "id of a load balancer");
        if (store.exists(id)) return false;
        boolean aliyun = d.spec() != null || d.chargeType() != null || d.publicAddress() != null
                || d.members() != null || d.status() != null;
        var offer = aliyun ? new LoadBalancerService.Offer(Fixtures.text(d.spec()),
                d.bandwidth() == null ? 0 : d.bandwidth(), Fixtures.text(d.chargeType()),
                Boolean.TRUE.equals(d.deleteProtection()), d.status() == null ? LoadBalancer.ACTIVE : d.status(),
                d.publicAddress() != null, d.publicAddress(), Fixtures.text(d.modificationProtection()),
                Fixtures.text(d.modificationProtectionReason())) : null;
        service.create(scope, id, new LoadBalancerService.NewLoadBalancer(Fixtures.text(d.name()), Fixtures.text(d.tag()),
                Fixtures.text(d.remark()), d.vpcId(), d.subnetId(), Boolean.TRUE.equals(d.internal()), d.listenType(),
                d.firewall(), d.privateIp(), offer));
        for (ServerGroupDocument g : Fixtures.list(d.serverGroups())) {
            String group = Fixtures.required(g.id(), "id of a server group of load balancer " + id);
            String kind = g.kind() == null ? ServerGroup.VSERVER : g.kind();
            if (!kind.equals(ServerGroup.VSERVER) && !kind.equals(ServerGroup.MASTER_SLAVE)) {
                throw new InvalidFixture("server group " + group + ": kind must be vserver or master_slave, not " + kind);
            }
            serverGroups.create(scope, id, group, kind, Fixtures.text(g.name()), Fixtures.list(g.members()).stream()
                    .map(m -> new ServerGroupService.NewMember(
                            Fixtures.required(m.server(), "server of group " + group),
                            m.type() == null ? Member.INSTANCE : m.type(),
                            port(m.port(), group), m.weight(), m.description(), m.role())).toList(), Map.of());
        }
        for (ListenerDocument l : Fixtures.list(d.listeners())) {
            String listener = Fixtures.required(l.id(), "id of a listener of load balancer " + id);
            if (store.listeners().exists(listener)) throw new InvalidFixture("listener " + listener + " exists already");
            if (l.port() == null) throw new InvalidFixture("listener " + listener + " has no port");
            service.createListener(scope, id, listener, new LoadBalancerService.NewListener(Fixtures.text(l.name()),
                    Fixtures.required(l.protocol(), "protocol of listener " + listener), l.port(),
                    Fixtures.required(l.method(), "method of listener " + listener),
                    Fixtures.required(l.persistence(), "persistence of listener " + listener),
                    Fixtures.text(l.persistenceInfo()), l.idleTimeout() == null ? 60 : l.idleTimeout(),
                    Fixtures.required(l.healthCheck(), "healthCheck of listener " + listener),
                    Fixtures.text(l.healthDomain()), Fixtures.text(l.healthPath()), l.listenType(), l.backendPort(),
                    l.bandwidth(), l.status() == null ? Listener.RUNNING : l.status(),
                    l.settings() == null ? Map.of() : l.settings(), l.serverGroupId()));
            for (BackendDocument b : Fixtures.list(l.backends())) {
                String backend = Fixtures.required(b.id(), "id of a backend of listener " + listener);
                if (store.backends().exists(backend)) throw new InvalidFixture("backend " + backend + " exists already");
                if (b.port() == null) throw new InvalidFixture("backend " + backend + " has no port");
                service.addBackend(scope, id, listener, backend, new LoadBalancerService.NewBackend(
                        Fixtures.required(b.instance(), "instance of backend " + backend), b.port(),
                        b.weight() == null ? 1 : b.weight(), !Boolean.FALSE.equals(b.enabled()),
                        Boolean.TRUE.equals(b.backup())));
            }
        }
        for (MemberDocument m : Fixtures.list(d.members())) {
            String member = Fixtures.required(m.id(), "id of a member of load balancer " + id);
            if (store.members().exists(member)) throw new InvalidFixture("member " + member + " exists already");
            service.addMembers(scope, id, List.of(new LoadBalancerService.NewMember(member,
                    Fixtures.required(m.server(), "server of member " + member),
                    m.type() == null ? Member.INSTANCE : m.type(), m.weight() == null ? 100 : m.weight(),
                    Fixtures.text(m.description()))));
        }
        return true;
    }

    private static int port(Integer port, String group) {
        if (port == null) throw new InvalidFixture("a member of server group " + group + " has no port");
        return port;
    }
}
