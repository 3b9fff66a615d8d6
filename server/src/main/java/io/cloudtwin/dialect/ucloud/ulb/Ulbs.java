package io.cloudtwin.dialect.ucloud.ulb;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.empty;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.balancing.Backend;
import io.cloudtwin.core.balancing.Certificate;
import io.cloudtwin.core.balancing.CertificateService;
import io.cloudtwin.core.balancing.ForwardingRuleService;
import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.balancing.LoadBalancer;
import io.cloudtwin.core.balancing.LoadBalancerFilter;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.balancing.LoadBalancerService.BackendView;
import io.cloudtwin.core.balancing.LoadBalancerService.ListenerView;
import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.ulb.api.AllocateBackendRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.AllocateBackendResponse;
import io.cloudtwin.dialect.ucloud.ulb.api.CreateULBRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.CreateULBResponse;
import io.cloudtwin.dialect.ucloud.ulb.api.CreateVServerRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.CreateVServerResponse;
import io.cloudtwin.dialect.ucloud.ulb.api.DeleteULBRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.DeleteVServerRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.DescribeULBRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.DescribeULBResponse;
import io.cloudtwin.dialect.ucloud.ulb.api.DescribeVServerRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.DescribeVServerResponse;
import io.cloudtwin.dialect.ucloud.ulb.api.FirewallSet;
import io.cloudtwin.dialect.ucloud.ulb.api.ReleaseBackendRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.ULBBackendSet;
import io.cloudtwin.dialect.ucloud.ulb.api.ULBIPSet;
import io.cloudtwin.dialect.ucloud.ulb.api.ULBSet;
import io.cloudtwin.dialect.ucloud.ulb.api.ULBVServerSet;
import io.cloudtwin.dialect.ucloud.ulb.api.UlbApi;
import io.cloudtwin.dialect.ucloud.ulb.api.UpdateBackendAttributeRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.UpdateULBAttributeRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.UpdateVServerAttributeRequest;

/**
 * ULB load balancers, their VServers (listeners) and backends, on the cloud-neutral load balancers of the core. A ULB
 * stands in a subnet of a VPC (the named one, else the VPC's first, else the default network); an internal one
 * (InnerMode) holds an address there. Every VServer of a ULB listens with the ULB's ListenType (RequestProxy for an
 * OuterMode ULB, PacketsTransmit for an InnerMode one, unless CreateULB names it). Backends are hosts of the ULB's VPC;
 * a host that is terminated leaves every VServer with it. Names: at most 50 characters (4114).
 */
@Component
public record Ulbs(LoadBalancerService lbs, FirewallService firewalls, ElasticIpService eips,
                   CertificateService certificates, ForwardingRuleService rules)
        implements UlbApi.CreateULB, UlbApi.DescribeULB, UlbApi.UpdateULBAttribute, UlbApi.DeleteULB,
        UlbApi.CreateVServer, UlbApi.DescribeVServer, UlbApi.UpdateVServerAttribute, UlbApi.DeleteVServer,
        UlbApi.AllocateBackend, UlbApi.UpdateBackendAttribute, UlbApi.ReleaseBackend {
    /** The doc's longest name of a ULB or VServer (4114). */
    private static final int NAME = 50;
    /** DescribeULB and DescribeVServer document no maximum Limit: this keeps a page bounded. */
    private static final int MAX_LIMIT = 10_000;
    private static final List<String> PERSISTENCE = List.of("None", "ServerInsert", "UserDefined");

    @Override
    public CreateULBResponse createULB(UcloudCall call, CreateULBRequest r) {
        boolean inner = yes(call, r.innerMode(), "InnerMode");
        boolean outer = yes(call, r.outerMode(), "OuterMode");
        if (inner && outer) throw call.invalid("InnerMode");
        if (r.businessId() != null && !r.businessId().isEmpty()) throw call.invalid("BusinessId");
        ListenKind kind = ListenKind.ofUlb(r.listenType(), inner);
        LoadBalancer lb = lbs.create(call.scope(), Ids.random("ulb-", 8), new LoadBalancerService.NewLoadBalancer(
                name(call, r.ulbName()), UcloudFormats.text(r.tag(), "Default", "Tag", TAG),
                UcloudFormats.text(r.remark(), "", "Remark", REMARK), r.vpcId(), r.subnetId(), inner, kind.word(),
                empty(r.firewallId()) ? null : r.firewallId(), null));
        return new CreateULBResponse().setUlbId(lb.id());
    }

    @Override
    public DescribeULBResponse describeULB(UcloudCall call, DescribeULBRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        if (r.businessId() != null && !r.businessId().isEmpty()) {
            return new DescribeULBResponse().setTotalCount(0).setDataSet(List.of());
        }
        var page = lbs.list(call.scope(), new LoadBalancerFilter(empty(r.ulbId()) ? null : List.of(r.ulbId()),
                r.vpcId(), r.subnetId()), window.offset(), window.limit());
        List<ULBSet> out = new ArrayList<>();
        for (LoadBalancerService.View v : page.items()) out.add(ulb(call, v));
        return new DescribeULBResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(out);
    }

    @Override
    public void updateULBAttribute(UcloudCall call, UpdateULBAttributeRequest r) {
        lbs.update(call.scope(), r.ulbId(), r.name() == null ? null : name(call, r.name()),
                UcloudFormats.text(r.tag(), "Tag", TAG), UcloudFormats.text(r.remark(), "Remark", REMARK));
    }

    @Override
    public void deleteULB(UcloudCall call, DeleteULBRequest r) {
        lbs.delete(call.scope(), r.ulbId());
    }

    @Override
    public CreateVServerResponse createVServer(UcloudCall call, CreateVServerRequest r) {
        LoadBalancer lb = lbs.get(call.scope(), r.ulbId());
        ListenKind kind = ListenKind.of(lb.listenType()).orElse(ListenKind.REQUEST_PROXY);
        if (r.hasListenType() && ListenKind.of(r.listenType()).orElseThrow() != kind) {
            throw call.error(UcloudRetCode.LISTEN_TYPE_MISMATCH, lb.id());
        }
        String protocol = kind.protocol(r.protocol()).orElseThrow(() -> kind.transmitsPackets()
                ? call.error(UcloudRetCode.TRANSMIT_NO_HTTP, r.protocol()) : call.invalid("Protocol"));
        String method = kind.method(r.method()).orElseThrow(() -> call.invalid("Method"));
        int timeout = timeout(call, kind, r.clientTimeout());
        String persistence = persistence(call, r.persistenceType());
        String monitor = monitor(call, kind, protocol, r.monitorType());
        Listener l = lbs.createListener(call.scope(), lb.id(), Ids.random("vserver-", 8),
                new LoadBalancerService.NewListener(name(call, r.vServerName()), protocol, r.frontendPort(), method,
                        persistence, UcloudFormats.text(r.persistenceInfo(), "", "PersistenceInfo", REMARK), timeout,
                        monitor, UcloudFormats.text(r.domain(), "", "Domain", 256),
                        UcloudFormats.text(r.path(), "", "Path", 256), kind.word()));
        return new CreateVServerResponse().setVServerId(l.id());
    }

    @Override
    public DescribeVServerResponse describeVServer(UcloudCall call, DescribeVServerRequest r) {
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        if (empty(r.ulbId())) throw call.missing("ULBId");
        lbs.get(call.scope(), r.ulbId());
        List<ListenerView> all = lbs.listeners(call.scope(), r.ulbId(), empty(r.vServerId()) ? null : r.vServerId());
        return new DescribeVServerResponse().setTotalCount(UcloudFormats.count(all.size()))
                .setDataSet(vservers(call, window.of(all)));
    }

    @Override
    public void updateVServerAttribute(UcloudCall call, UpdateVServerAttributeRequest r) {
        Listener l = lbs.listener(call.scope(), r.ulbId(), r.vServerId());
        ListenKind kind = ListenKind.of(l.listenType()).orElse(ListenKind.REQUEST_PROXY);
        String method = r.hasMethod() ? kind.method(r.method()).orElseThrow(() -> call.invalid("Method")) : null;
        Integer timeout = r.hasClientTimeout() ? timeout(call, kind, r.clientTimeout()) : null;
        String persistence = r.persistenceType() == null ? null : persistence(call, r.persistenceType());
        String monitor = r.monitorType() == null ? null : monitor(call, kind, l.protocol(), r.monitorType());
        lbs.updateListener(call.scope(), r.ulbId(), l.id(), new LoadBalancerService.ListenerChanges(
                r.vServerName() == null ? null : name(call, r.vServerName()), method, persistence,
                UcloudFormats.text(r.persistenceInfo(), "PersistenceInfo", REMARK), timeout, monitor,
                UcloudFormats.text(r.domain(), "Domain", 256), UcloudFormats.text(r.path(), "Path", 256)));
    }

    @Override
    public void deleteVServer(UcloudCall call, DeleteVServerRequest r) {
        lbs.deleteListener(call.scope(), r.ulbId(), r.vServerId());
    }

    @Override
    public AllocateBackendResponse allocateBackend(UcloudCall call, AllocateBackendRequest r) {
        if (empty(r.resourceId())) throw call.missing("ResourceId");
        if (!r.resourceType().equalsIgnoreCase("UHost")) throw call.error(UcloudRetCode.BACKEND_NOT_USABLE, r.resourceId());
        Listener l = lbs.listener(call.scope(), r.ulbId(), r.vServerId());
        checkPort(call, l, r.port());
        Backend b = lbs.addBackend(call.scope(), r.ulbId(), l.id(), Ids.random("backend-", 8),
                new LoadBalancerService.NewBackend(r.resourceId(), r.port(), r.weight(), flag(call, r.enabled(), 1,
                        "Enabled"), flag(call, r.isBackup(), 0, "IsBackup")));
        return new AllocateBackendResponse().setBackendId(b.id());
    }

    @Override
    public void updateBackendAttribute(UcloudCall call, UpdateBackendAttributeRequest r) {
        Backend b = lbs.backend(call.scope(), r.ulbId(), r.backendId());
        if (r.port() != null) {
            if (r.port() < 1 || r.port() > 65535) throw call.invalid("Port");
            checkPort(call, lbs.listener(call.scope(), r.ulbId(), b.listenerId()), r.port());
        }
        if (r.hasWeight() && (r.weight() < 1 || r.weight() > 100)) throw call.invalid("Weight");
        lbs.updateBackend(call.scope(), r.ulbId(), b.id(), new LoadBalancerService.BackendChanges(r.port(),
                r.hasWeight() ? r.weight() : null, r.enabled() == null ? null : flag(call, r.enabled(), 1, "Enabled"),
                r.hasIsBackup() ? flag(call, r.isBackup(), 0, "IsBackup") : null));
    }

    @Override
    public void releaseBackend(UcloudCall call, ReleaseBackendRequest r) {
        lbs.releaseBackend(call.scope(), r.ulbId(), r.backendId());
    }

    // ---- answers

    /** ULBSet; IPSet: the EIP bound to it (BindEIP ResourceType ulb), if any; an InnerMode ULB's address is PrivateIP. */
    private ULBSet ulb(UcloudCall call, LoadBalancerService.View v) {
        LoadBalancer lb = v.loadBalancer();
        List<FirewallSet> fw = lb.firewallId() == null ? List.of() : List.of(new FirewallSet()
                .setFirewallId(lb.firewallId()).setFirewallName(firewalls.get(call.scope(), lb.firewallId()).name()));
        return new ULBSet().setUlbId(lb.id()).setName(lb.name()).setTag(lb.tag()).setRemark(lb.remark())
                .setBandwidthType(0).setBandwidth(0).setCreateTime(unix(lb.createdAt()))
                .setIpSet(eips.ofTarget(lb.id()).stream().map(e -> new ULBIPSet().setOperatorName(e.isp())
                        .setEip(e.address()).setEipId(e.id()).setBandwidthType(0).setBandwidth(e.bandwidthMbps())).toList())
                .setVServerSet(vservers(call, v.listeners()))
                .setUlbType(lb.internal() ? "InnerMode" : "OuterMode").setIpVersion("IPv4").setSnatIps(List.of())
                .setListenType(lb.listenType()).setVpcId(lb.vpcId()).setSubnetId(lb.subnetId()).setBusinessId("")
                .setPrivateIP(lb.privateIp()).setFirewallSet(fw).setEnableLog(0);
    }

    /**
     * ULBVServerSet. Status as the SDK model documents it: 0 when every backend is normal (or there is none), 1 when
     * none is, 2 when some are; a backend is normal (0) while its host runs and it is enabled, else 1.
     */
    /**
     * The VServers, each with the certificate it serves in SSLSet (HTTPS; none: empty) and its content forwarding
     * policies in PolicySet.
     */
    private List<ULBVServerSet> vservers(UcloudCall call, List<ListenerView> listeners) {
        List<String> ids = listeners.stream().map(v -> v.listener().id()).toList();
        var served = certificates.ofListeners(ids);
        var policies = rules.rulesOf(ids);
        return listeners.stream().map(v -> vserver(v, served.get(v.listener().id()))
                .setPolicySet(policies.getOrDefault(v.listener().id(), List.of()).stream()
                        .map(r -> Policies.policy(r, v)).toList())).toList();
    }

    private static ULBVServerSet vserver(ListenerView v, Certificate certificate) {
        Listener l = v.listener();
        List<ULBBackendSet> backends = v.backends().stream().map(Ulbs::backend).toList();
        long down = v.backends().stream().filter(b -> !normal(b)).count();
        int status = down == 0 ? 0 : down == backends.size() ? 1 : 2;
        return new ULBVServerSet().setUlbId(l.loadBalancerId()).setVServerId(l.id()).setVServerName(l.name())
                .setProtocol(l.protocol()).setFrontendPort(l.port()).setMethod(l.method())
                .setPersistenceType(l.persistence()).setPersistenceInfo(l.persistenceInfo())
                .setClientTimeout(l.idleTimeout()).setMonitorType(l.healthCheck()).setDomain(l.healthDomain())
                .setPath(l.healthPath()).setRequestMsg("").setResponseMsg("").setStatus(status)
                .setSslSet(certificate == null ? List.of() : List.of(Certificates.summary(certificate)))
                .setBackendSet(backends).setListenType(l.listenType()).setEnableCompression(0)
                .setForwardPort(0);
    }

    private static ULBBackendSet backend(BackendView v) {
        Backend b = v.backend();
        Instance i = v.instance();
        return new ULBBackendSet().setBackendId(b.id()).setResourceType("UHost").setResourceId(b.instanceId())
                .setResourceName(i == null ? "" : i.name()).setSubResourceType("").setSubResourceId("")
                .setSubResourceName("").setPrivateIP(i == null ? "" : UcloudFormats.address(i)).setPort(b.port())
                .setEnabled(b.enabled() ? 1 : 0).setStatus(normal(v) ? 0 : 1).setSubnetId(i == null ? "" : i.subnetId())
                .setVpcId(i == null ? "" : i.vpcId()).setIsBackup(b.backup() ? 1 : 0).setWeight(b.weight());
    }

    private static boolean normal(BackendView v) {
        return v.backend().enabled() && v.instance() != null && v.instance().status() == InstanceStatus.RUNNING;
    }

    // ---- checks

    private static String name(UcloudCall call, String name) {
        if (name.codePointCount(0, name.length()) > NAME) throw call.error(UcloudRetCode.ULB_NAME_TOO_LONG, name);
        return name;
    }

    private static boolean yes(UcloudCall call, String value, String param) {
        if (value == null || value.equalsIgnoreCase("No")) return false;
        if (value.equalsIgnoreCase("Yes")) return true;
        throw call.invalid(param);
    }

    private static int timeout(UcloudCall call, ListenKind kind, int seconds) {
        if (!kind.timeoutAllowed(seconds)) throw call.error(kind.timeoutRefusal(), String.valueOf(seconds));
        return seconds;
    }

    private static String persistence(UcloudCall call, String given) {
        if (given == null) return "None";
        return PERSISTENCE.stream().filter(p -> p.equalsIgnoreCase(given)).findFirst()
                .map(p -> given).orElseThrow(() -> call.invalid("PersistenceType"));
    }

    /** The health check, kept as sent when the kind offers it for the protocol; absent: the default. */
    private static String monitor(UcloudCall call, ListenKind kind, String protocol, String given) {
        List<String> offered = kind.healthChecks(protocol);
        if (given == null) return offered.get(0);
        if (offered.stream().noneMatch(m -> m.equalsIgnoreCase(given))) throw call.invalid("MonitorType");
        return given;
    }

    /** PacketsTransmit forwards TCP and UDP to the port it listens on (4118). */
    private static void checkPort(UcloudCall call, Listener l, int port) {
        if (ListenKind.of(l.listenType()).map(ListenKind::transmitsPackets).orElse(false) && port != l.port()) {
            throw call.error(UcloudRetCode.BACKEND_PORT_MISMATCH, String.valueOf(l.port()));
        }
    }

    private static boolean flag(UcloudCall call, Integer value, int fallback, String param) {
        int v = value == null ? fallback : value;
        if (v != 0 && v != 1) throw call.invalid(param);
        return v == 1;
    }
}
