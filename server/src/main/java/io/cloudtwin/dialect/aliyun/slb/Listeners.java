package io.cloudtwin.dialect.aliyun.slb;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.balancing.AccessListService;
import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.balancing.ListenerRuleService;
import io.cloudtwin.core.balancing.LoadBalancerFilter;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.balancing.ServerGroup;
import io.cloudtwin.core.balancing.ServerGroupService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.HealthCheckAnswer;
import io.cloudtwin.dialect.aliyun.api.HttpListenerAnswer;
import io.cloudtwin.dialect.aliyun.api.HttpListenerSettings;
import io.cloudtwin.dialect.aliyun.api.ListenerAnswer;
import io.cloudtwin.dialect.aliyun.api.ListenerSettings;
import io.cloudtwin.dialect.aliyun.api.TcpListenerAnswer;
import io.cloudtwin.dialect.aliyun.api.TcpListenerSettings;
import io.cloudtwin.dialect.aliyun.api.UdpListenerAnswer;
import io.cloudtwin.dialect.aliyun.api.UdpListenerSettings;
import io.cloudtwin.dialect.aliyun.slb.api.CreateLoadBalancerHTTPListenerRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateLoadBalancerTCPListenerRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateLoadBalancerUDPListenerRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteLoadBalancerListenerRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerHTTPListenerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerHTTPListenerAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerListenersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerListenersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerTCPListenerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerTCPListenerAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerUDPListenerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerUDPListenerAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetLoadBalancerHTTPListenerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetLoadBalancerTCPListenerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetLoadBalancerUDPListenerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;
import io.cloudtwin.dialect.aliyun.slb.api.StartLoadBalancerListenerRequest;
import io.cloudtwin.dialect.aliyun.slb.api.StopLoadBalancerListenerRequest;

/**
 * Listeners of a load balancer (TCP, UDP, HTTP), one per port of a family (TCP and HTTP share the ports; UDP has its
 * own), kept by the core under the id lb-x:protocol:port. A new listener is stopped until StartLoadBalancerListener, as
 * on the real service (the Terraform provider waits for stopped, then starts it). Scheduler, Description, the sticky
 * session, the timeouts and the health check's switch, domain and URI are the core's listener fields; the other
 * settings are kept under their API names and answered back with the API's defaults.
 */
@Component
record Listeners(LoadBalancerService lbs, AccessListService acls, ListenerRuleService rules,
                 ServerGroupService groups)
        implements SlbApi.CreateLoadBalancerTCPListener, SlbApi.DescribeLoadBalancerTCPListenerAttribute,
        SlbApi.SetLoadBalancerTCPListenerAttribute, SlbApi.CreateLoadBalancerUDPListener,
        SlbApi.DescribeLoadBalancerUDPListenerAttribute, SlbApi.SetLoadBalancerUDPListenerAttribute,
        SlbApi.CreateLoadBalancerHTTPListener, SlbApi.DescribeLoadBalancerHTTPListenerAttribute,
        SlbApi.SetLoadBalancerHTTPListenerAttribute, SlbApi.StartLoadBalancerListener, SlbApi.StopLoadBalancerListener,
        SlbApi.DeleteLoadBalancerListener, SlbApi.DescribeLoadBalancerListeners {
    private static final Set<String> SCHEDULERS = Set.of("wrr", "wlc", "rr", "sch", "tch", "qch");
    private static final Set<String> ON_OFF = Set.of("on", "off");

    static String listenerId(String loadBalancerId, String protocol, int port) {
        return loadBalancerId + ":" + protocol + ":" + port;
    }

    /** The checks every create shares: the ports, the scheduler, the switches. */
    static void common(AliyunCall call, Integer port, Integer backendPort, String vServerGroupId,
                               String scheduler, Integer bandwidth, String... switches) {
        if (port == null || port < 1 || port > 65535) throw call.firstError("ListenerPort", "InvalidParam.ListenerPort");
        if (backendPort == null && (vServerGroupId == null || vServerGroupId.isEmpty())) {
            throw call.missing("BackendServerPort");
        }
        if (backendPort != null && (backendPort < 1 || backendPort > 65535)) throw call.invalid("BackendServerPort");
        scheduler(call, scheduler);
        if (bandwidth != null && bandwidth != -1 && (bandwidth < 1 || bandwidth > 5120)) throw call.invalid("Bandwidth");
        switches(call, switches);
    }

    static void scheduler(AliyunCall call, String scheduler) {
        if (scheduler != null && !SCHEDULERS.contains(scheduler)) throw call.invalid("Scheduler");
    }

    /** Pairs of a switch's name and its value: each given one on or off. */
    static void switches(AliyunCall call, String... switches) {
        for (int i = 0; i + 1 < switches.length; i += 2) {
            if (switches[i + 1] != null && !ON_OFF.contains(switches[i + 1])) throw call.invalid(switches[i]);
        }
    }

    /**
     * The listener a Set*ListenerAttribute changes (its protocol's, on that port), after the checks of what the
     * request names: the server groups, the scheduler.
     */
    private Listener changed(AliyunCall call, String loadBalancerId, Integer port, String protocol, String vServerGroupId,
                             String masterSlaveServerGroupId, String scheduler) {
        Listener l = lbs.listenerAt(call.scope(), loadBalancerId, port, protocol);
        references(call, groups, vServerGroupId, masterSlaveServerGroupId);
        scheduler(call, scheduler);
        return l;
    }

    /** The load balancer first (InvalidLoadBalancerId.NotFound), then what the listener names, then the listener. */
    private void create(AliyunCall call, String loadBalancerId, LoadBalancerService.NewListener listener,
                        String vServerGroupId, String masterSlaveServerGroupId, ListenerSettings r) {
        lbs.get(call.scope(), loadBalancerId);
        references(call, groups, vServerGroupId, masterSlaveServerGroupId);
        if (given(r.aclId())) acls.find(call.scope(), r.aclId());
        String id = listenerId(loadBalancerId, listener.protocol(), listener.port());
        acls.changingListener(call.scope(), loadBalancerId, id, acl(r, null),
                () -> lbs.createListener(call.scope(), loadBalancerId, id, listener));
    }

    /** A Set*ListenerAttribute's changes and the list the listener uses after it, in one transaction. */
    private void update(AliyunCall call, String loadBalancerId, Listener l, LoadBalancerService.ListenerChanges changes,
                        ListenerSettings r) {
        if (given(r.aclId())) acls.find(call.scope(), r.aclId());
        acls.changingListener(call.scope(), loadBalancerId, l.id(), acl(r, l),
                () -> lbs.updateListener(call.scope(), loadBalancerId, l.id(), changes));
    }

    /**
     * The access control list a listener uses after a request (current: the listener before it, null for a new one):
     * while its AclStatus is on, the AclId the request names, else the one it had; with AclStatus off, none (""). Null:
     * as it was (a new listener: none). An AclId named is a list of the region whatever the status (AclNotExist).
     */
    static String acl(ListenerSettings r, Listener current) {
        Settings had = current == null ? new Settings() : new Settings(current);
        if ("off".equals(r.aclStatus())) return current == null ? null : "";
        boolean on = "on".equals(r.aclStatus()) || (r.aclStatus() == null && "on".equals(had.text("AclStatus", "off")));
        if (!on) return null;
        if (given(r.aclId())) return r.aclId();
        String kept = had.text("AclId", "");
        return kept.isEmpty() ? null : kept;
    }

    /**
     * Where a Set*ListenerAttribute sends the listener: VServerGroup off, back to the default pool (""); a
     * VServerGroupId (VServerGroup on or not given), that group; else nowhere new (null).
     */
    static String forwardTo(AliyunCall call, String vServerGroup, String vServerGroupId) {
        switches(call, "VServerGroup", vServerGroup);
        if ("off".equals(vServerGroup)) return "";
        if ("on".equals(vServerGroup) && !given(vServerGroupId)) throw call.missing("VServerGroupId");
        return given(vServerGroupId) ? vServerGroupId : null;
    }

    /** The group a TCP or UDP listener forwards to: its VServer group, else its master-slave group (null: none). */
    private static String group(String vServerGroupId, String masterSlaveServerGroupId) {
        return given(vServerGroupId) ? vServerGroupId : given(masterSlaveServerGroupId) ? masterSlaveServerGroupId : null;
    }

    /** A Set*ListenerAttribute's group: a master-slave group named, else as forwardTo reads the VServer group. */
    private static String forwardTo(AliyunCall call, String vServerGroup, String vServerGroupId,
                                    String masterSlaveServerGroupId) {
        return given(masterSlaveServerGroupId) ? masterSlaveServerGroupId
                : forwardTo(call, vServerGroup, vServerGroupId);
    }

    /** The master-slave group the listener forwards to, or "" (its group is a VServer group, or none). */
    private static String masterSlave(Listener l, Settings s) {
        String id = s.text("MasterSlaveServerGroupId", "");
        return !id.isEmpty() && id.equals(l.serverGroupId()) ? id : "";
    }

    static boolean given(String id) {
        return id != null && !id.isBlank();
    }

    /**
     * The server groups a listener names must be its load balancer's own: a VServerGroupId or a
     * MasterSlaveServerGroupId (TCP and UDP) the core checks (one of the load balancer's groups, under its lock:
     * ResourceNotFound.VServerGroup or InvalidParam.VServerGroupId where documented). Both at once:
     * Abs.VServerGroupIdAndMasterSlaveServerGroupId.MissMatch where documented. Empty values name nothing (the
     * provider sends AclId "" without ACLs). An AclId is checked apart ({@link #acl}). Each must name a group of its
     * kind: a VServerGroupId naming a master-slave group is not found, as any other; a MasterSlaveServerGroupId
     * naming no master-slave group is InvalidParameter naming it.
     */
    static void references(AliyunCall call, ServerGroupService groups, String vServerGroupId,
                           String masterSlaveServerGroupId) {
        if (given(vServerGroupId) && given(masterSlaveServerGroupId)) {
            throw call.firstError("MasterSlaveServerGroupId", "Abs.VServerGroupIdAndMasterSlaveServerGroupId.MissMatch");
        }
        if (given(vServerGroupId) && groups.exists(call.scope(), vServerGroupId, ServerGroup.MASTER_SLAVE)) {
            throw call.firstError("VServerGroupId", "ResourceNotFound.VServerGroup", "InvalidParam.VServerGroupId");
        }
        if (given(masterSlaveServerGroupId)
                && !groups.exists(call.scope(), masterSlaveServerGroupId, ServerGroup.MASTER_SLAVE)) {
            throw call.firstError("MasterSlaveServerGroupId");
        }
    }

    // ---- TCP

    @Override
    public void createLoadBalancerTCPListener(AliyunCall call, CreateLoadBalancerTCPListenerRequest r) {
        common(call, r.listenerPort(), r.backendServerPort(), r.vServerGroupId(), r.scheduler(), r.bandwidth(),
                "AclStatus", r.aclStatus(), "HealthCheckSwitch", r.healthCheckSwitch(), "ConnectionDrain",
                r.connectionDrain());
        var s = tcp(r);
        create(call, r.loadBalancerId(),
                new LoadBalancerService.NewListener(or(r.description(), ""), "tcp", r.listenerPort(),
                        or(r.scheduler(), "wrr"), "off", "", r.establishedTimeout() == null ? 900 : r.establishedTimeout(),
                        or(r.healthCheckSwitch(), "on"), or(r.healthCheckDomain(), ""), or(r.healthCheckURI(), ""), null,
                        r.backendServerPort(), r.bandwidth() == null ? -1 : r.bandwidth(), Listener.STOPPED, s.map(),
                        group(r.vServerGroupId(), r.masterSlaveServerGroupId())),
                r.vServerGroupId(), r.masterSlaveServerGroupId(), r);
    }

    @Override
    public DescribeLoadBalancerTCPListenerAttributeResponse describeLoadBalancerTCPListenerAttribute(AliyunCall call,
            DescribeLoadBalancerTCPListenerAttributeRequest r) {
        Listener l = lbs.listenerAt(call.scope(), r.loadBalancerId(), r.listenerPort(), "tcp");
        var s = new Settings(l);
        return tcp(listener(new DescribeLoadBalancerTCPListenerAttributeResponse(), l, s), l, s)
                .setHealthCheckMethod("").setSynProxy("disable").setProxyProtocolV2Enabled(s.flag("ProxyProtocolV2Enabled"));
    }

    /** What every listener answers (Describe*ListenerAttribute, an item of DescribeLoadBalancerListeners). */
    static <T extends ListenerAnswer> T listener(T out, Listener l, Settings s) {
        out.setLoadBalancerId(l.loadBalancerId()).setListenerPort(l.port()).setBackendServerPort(l.backendPort())
                .setBandwidth(l.bandwidth()).setStatus(l.status()).setScheduler(l.method()).setDescription(l.name())
                .setVServerGroupId(l.serverGroupId() == null || !masterSlave(l, s).isEmpty() ? "" : l.serverGroupId())
                .setAclStatus(s.text("AclStatus", "off"))
                .setAclType(s.text("AclType", "")).setAclId(s.text("AclId", "")).setAclIds(acls(s));
        return out;
    }

    /** A TCP listener's own settings, with the API's defaults. */
    private static <T extends TcpListenerAnswer> T tcp(T out, Listener l, Settings s) {
        healthCheck(out, l, s);
        out.setHealthCheckType(s.text("HealthCheckType", "tcp"))
                .setHealthCheckDomain(l.healthDomain()).setHealthCheckURI(l.healthPath())
                .setHealthCheckHttpCode(s.text("HealthCheckHttpCode", "http_2xx"))
                .setHealthCheckConnectTimeout(s.number("HealthCheckConnectTimeout", 5)).setEstablishedTimeout(l.idleTimeout())
                .setPersistenceTimeout(s.number("PersistenceTimeout", 0))
                .setMasterSlaveServerGroupId(masterSlave(l, s))
                .setConnectionDrain(s.text("ConnectionDrain", "off"))
                .setConnectionDrainTimeout(s.number("ConnectionDrainTimeout", null));
        return out;
    }

    private static List<String> acls(Settings s) {
        String ids = s.text("AclId", "");
        return ids.isEmpty() ? List.of() : AliyunFormats.commaList(ids);
    }

    /** What a request of every protocol sets: the health check's thresholds, port and interval, server group, ACL. */
    private static Settings settings(ListenerSettings r) {
        return new Settings().put("HealthyThreshold", r.healthyThreshold()).put("UnhealthyThreshold", r.unhealthyThreshold())
                .put("HealthCheckConnectPort", r.healthCheckConnectPort()).put("HealthCheckInterval", r.healthCheckInterval())
                .put("AclId", r.aclId()).put("AclType", r.aclType())
                .put("AclStatus", r.aclStatus());
    }

    /** The health check every protocol's listener answers, with the API's defaults. */
    private static void healthCheck(HealthCheckAnswer out, Listener l, Settings s) {
        out.setHealthCheck(l.healthCheck()).setHealthCheckConnectPort(s.number("HealthCheckConnectPort", null))
                .setHealthCheckInterval(s.number("HealthCheckInterval", 2))
                .setHealthyThreshold(s.number("HealthyThreshold", 3))
                .setUnhealthyThreshold(s.number("UnhealthyThreshold", 3));
    }

    @Override
    public void setLoadBalancerTCPListenerAttribute(AliyunCall call, SetLoadBalancerTCPListenerAttributeRequest r) {
        Listener l = changed(call, r.loadBalancerId(), r.listenerPort(), "tcp", r.vServerGroupId(),
                r.masterSlaveServerGroupId(), r.scheduler());
        var changes = new LoadBalancerService.ListenerChanges(r.description(), r.scheduler(), null, null,
                r.establishedTimeout(), r.healthCheckSwitch(), r.healthCheckDomain(), r.healthCheckURI(), null,
                r.bandwidth(), tcp(r).map(), forwardTo(call, r.vServerGroup(), r.vServerGroupId(),
                        r.masterSlaveServerGroupId()));
        update(call, r.loadBalancerId(), l, changes, r);
    }

    private static Settings tcp(TcpListenerSettings r) {
        return settings(r).put("PersistenceTimeout", r.persistenceTimeout())
                .put("HealthCheckConnectTimeout", r.healthCheckConnectTimeout())
                .put("HealthCheckHttpCode", r.healthCheckHttpCode()).put("HealthCheckType", r.healthCheckType())
                .put("MasterSlaveServerGroupId", r.masterSlaveServerGroupId())
                .put("ConnectionDrain", r.connectionDrain()).put("ConnectionDrainTimeout", r.connectionDrainTimeout())
                .put("ProxyProtocolV2Enabled", r.proxyProtocolV2Enabled());
    }

    // ---- UDP

    @Override
    public void createLoadBalancerUDPListener(AliyunCall call, CreateLoadBalancerUDPListenerRequest r) {
        common(call, r.listenerPort(), r.backendServerPort(), r.vServerGroupId(), r.scheduler(), r.bandwidth(),
                "AclStatus", r.aclStatus(), "HealthCheckSwitch", r.healthCheckSwitch());
        var s = udp(r);
        create(call, r.loadBalancerId(),
                new LoadBalancerService.NewListener(or(r.description(), ""), "udp", r.listenerPort(),
                        or(r.scheduler(), "wrr"), "off", "", 0, or(r.healthCheckSwitch(), "on"), "", "", null,
                        r.backendServerPort(), r.bandwidth() == null ? -1 : r.bandwidth(), Listener.STOPPED, s.map(),
                        group(r.vServerGroupId(), r.masterSlaveServerGroupId())),
                r.vServerGroupId(), r.masterSlaveServerGroupId(), r);
    }

    private static Settings udp(UdpListenerSettings r) {
        return settings(r).put("HealthCheckConnectTimeout", r.healthCheckConnectTimeout())
                .put("HealthCheckReq", r.healthCheckReq()).put("HealthCheckExp", r.healthCheckExp())
                .put("MasterSlaveServerGroupId", r.masterSlaveServerGroupId())
                .put("ProxyProtocolV2Enabled", r.proxyProtocolV2Enabled());
    }

    @Override
    public DescribeLoadBalancerUDPListenerAttributeResponse describeLoadBalancerUDPListenerAttribute(AliyunCall call,
            DescribeLoadBalancerUDPListenerAttributeRequest r) {
        Listener l = lbs.listenerAt(call.scope(), r.loadBalancerId(), r.listenerPort(), "udp");
        var s = new Settings(l);
        return udp(listener(new DescribeLoadBalancerUDPListenerAttributeResponse(), l, s), l, s)
                .setProxyProtocolV2Enabled(s.flag("ProxyProtocolV2Enabled"));
    }

    /** A UDP listener's own settings, with the API's defaults. */
    private static <T extends UdpListenerAnswer> T udp(T out, Listener l, Settings s) {
        healthCheck(out, l, s);
        out.setHealthCheckConnectTimeout(s.number("HealthCheckConnectTimeout", 5))
                .setHealthCheckReq(s.text("HealthCheckReq", "")).setHealthCheckExp(s.text("HealthCheckExp", ""))
                .setMasterSlaveServerGroupId(masterSlave(l, s));
        return out;
    }

    @Override
    public void setLoadBalancerUDPListenerAttribute(AliyunCall call, SetLoadBalancerUDPListenerAttributeRequest r) {
        Listener l = changed(call, r.loadBalancerId(), r.listenerPort(), "udp", r.vServerGroupId(),
                r.masterSlaveServerGroupId(), r.scheduler());
        var changes = new LoadBalancerService.ListenerChanges(r.description(), r.scheduler(), null, null, null,
                r.healthCheckSwitch(), null, null, null, r.bandwidth(), udp(r).map(),
                forwardTo(call, r.vServerGroup(), r.vServerGroupId(), r.masterSlaveServerGroupId()));
        update(call, r.loadBalancerId(), l, changes, r);
    }

    // ---- HTTP

    @Override
    public void createLoadBalancerHTTPListener(AliyunCall call, CreateLoadBalancerHTTPListenerRequest r) {
        common(call, r.listenerPort(), r.backendServerPort(), r.vServerGroupId(), r.scheduler(), r.bandwidth(),
                "AclStatus", r.aclStatus(), "HealthCheck", r.healthCheck(), "StickySession", r.stickySession(),
                "Gzip", r.gzip(), "XForwardedFor", r.xForwardedFor(), "ListenerForward", r.listenerForward());
        sticky(call, r.stickySession(), r.stickySessionType(), r.cookieTimeout(), r.cookie());
        var s = http(r).put("ListenerForward", r.listenerForward()).put("ForwardPort", r.forwardPort());
        create(call, r.loadBalancerId(),
                new LoadBalancerService.NewListener(or(r.description(), ""), "http", r.listenerPort(),
                        or(r.scheduler(), "wrr"), or(r.stickySession(), "off"), or(r.cookie(), ""),
                        r.idleTimeout() == null ? 15 : r.idleTimeout(), or(r.healthCheck(), "on"),
                        or(r.healthCheckDomain(), ""), or(r.healthCheckURI(), "/"), null, r.backendServerPort(),
                        r.bandwidth() == null ? -1 : r.bandwidth(), Listener.STOPPED, s.map(), r.vServerGroupId()),
                r.vServerGroupId(), null, r);
    }

    /** StickySession on: StickySessionType insert (with CookieTimeout) or server (with Cookie). */
    static void sticky(AliyunCall call, String on, String type, Integer cookieTimeout, String cookie) {
        if (!"on".equals(on)) return;
        if ("insert".equals(type)) {
            if (cookieTimeout == null) throw call.missing("CookieTimeout");
        } else if ("server".equals(type)) {
            if (cookie == null || cookie.isEmpty()) throw call.missing("Cookie");
        } else {
            throw type == null ? call.missing("StickySessionType") : call.invalid("StickySessionType");
        }
    }

    static Settings http(HttpListenerSettings r) {
        return settings(r).put("StickySessionType", r.stickySessionType()).put("CookieTimeout", r.cookieTimeout())
                .put("HealthCheckMethod", r.healthCheckMethod()).put("HealthCheckTimeout", r.healthCheckTimeout())
                .put("HealthCheckHttpCode", r.healthCheckHttpCode())
                .put("XForwardedFor", r.xForwardedFor()).put("XForwardedFor_SLBIP", r.xForwardedForSLBIP())
                .put("XForwardedFor_SLBID", r.xForwardedForSLBID()).put("XForwardedFor_proto", r.xForwardedForProto())
                .put("XForwardedFor_SLBPORT", r.xForwardedForSLBPORT())
                .put("XForwardedFor_ClientSrcPort", r.xForwardedForClientSrcPort()).put("Gzip", r.gzip())
                .put("RequestTimeout", r.requestTimeout());
    }

    @Override
    public DescribeLoadBalancerHTTPListenerAttributeResponse describeLoadBalancerHTTPListenerAttribute(AliyunCall call,
            DescribeLoadBalancerHTTPListenerAttributeRequest r) {
        Listener l = lbs.listenerAt(call.scope(), r.loadBalancerId(), r.listenerPort(), "http");
        var s = new Settings(l);
        return http(listener(new DescribeLoadBalancerHTTPListenerAttributeResponse(), l, s), l, s)
                .setXForwardedForSLBIP(s.text("XForwardedFor_SLBIP", "off"))
                .setXForwardedForSLBID(s.text("XForwardedFor_SLBID", "off"))
                .setXForwardedForProto(s.text("XForwardedFor_proto", "off"))
                .setXForwardedForSLBPORT(s.text("XForwardedFor_SLBPORT", "off"))
                .setXForwardedForClientSrcPort(s.text("XForwardedFor_ClientSrcPort", "off"))
                .setListenerForward(s.text("ListenerForward", "off")).setForwardPort(s.number("ForwardPort", null))
                .setSecurityStatus("").setRules(Rules.brief(rules.ofListener(call.scope(), l.loadBalancerId(),
                        l.id()), DescribeLoadBalancerHTTPListenerAttributeResponse.Rule::new));
    }

    /** An HTTP listener's own settings, with the API's defaults. */
    static <T extends HttpListenerAnswer> T http(T out, Listener l, Settings s) {
        healthCheck(out, l, s);
        out.setStickySession(l.persistence()).setStickySessionType(s.text("StickySessionType", ""))
                .setCookieTimeout(s.number("CookieTimeout", null)).setCookie(l.persistenceInfo())
                .setHealthCheckMethod(s.text("HealthCheckMethod", "head"))
                .setHealthCheckDomain(l.healthDomain()).setHealthCheckURI(l.healthPath())
                .setHealthCheckTimeout(s.number("HealthCheckTimeout", 5))
                .setHealthCheckHttpCode(s.text("HealthCheckHttpCode", "http_2xx"))
                .setXForwardedFor(s.text("XForwardedFor", "on")).setGzip(s.text("Gzip", "on"))
                .setIdleTimeout(l.idleTimeout()).setRequestTimeout(s.number("RequestTimeout", 60));
        return out;
    }

    @Override
    public void setLoadBalancerHTTPListenerAttribute(AliyunCall call, SetLoadBalancerHTTPListenerAttributeRequest r) {
        Listener l = changed(call, r.loadBalancerId(), r.listenerPort(), "http", r.vServerGroupId(), null,
                r.scheduler());
        switches(call, "StickySession", r.stickySession(), "HealthCheck", r.healthCheck(), "Gzip", r.gzip(),
                "XForwardedFor", r.xForwardedFor(), "AclStatus", r.aclStatus());
        sticky(call, r.stickySession(), r.stickySessionType(), r.cookieTimeout(), r.cookie());
        var changes = new LoadBalancerService.ListenerChanges(r.description(), r.scheduler(), r.stickySession(),
                r.cookie(), r.idleTimeout(), r.healthCheck(), r.healthCheckDomain(), r.healthCheckURI(), null,
                r.bandwidth(), http(r).map(), forwardTo(call, r.vServerGroup(), r.vServerGroupId()));
        update(call, r.loadBalancerId(), l, changes, r);
    }

    // ---- every protocol

    private static String protocol(AliyunCall call, String protocol) {
        if (protocol == null || protocol.isEmpty()) return null;
        String p = protocol.toLowerCase(Locale.ROOT);
        if (!Set.of("tcp", "udp", "http", "https").contains(p)) throw call.invalid("ListenerProtocol");
        return p;
    }

    @Override
    public void startLoadBalancerListener(AliyunCall call, StartLoadBalancerListenerRequest r) {
        status(call, r.loadBalancerId(), r.listenerPort(), r.listenerProtocol(), Listener.RUNNING);
    }

    /** Start or stop: the listener on the port (of ListenerProtocol, when given) gets that status. */
    private void status(AliyunCall call, String loadBalancerId, Integer port, String protocol, String status) {
        Scope scope = call.scope();
        Listener l = lbs.listenerAt(scope, loadBalancerId, port, protocol(call, protocol));
        lbs.setListenerStatus(scope, loadBalancerId, l.id(), status);
    }

    @Override
    public void stopLoadBalancerListener(AliyunCall call, StopLoadBalancerListenerRequest r) {
        status(call, r.loadBalancerId(), r.listenerPort(), r.listenerProtocol(), Listener.STOPPED);
    }

    @Override
    public void deleteLoadBalancerListener(AliyunCall call, DeleteLoadBalancerListenerRequest r) {
        Scope scope = call.scope();
        Listener l = lbs.listenerAt(scope, r.loadBalancerId(), r.listenerPort(), protocol(call, r.listenerProtocol()));
        lbs.deleteListener(scope, r.loadBalancerId(), l.id());
    }

    @Override
    public DescribeLoadBalancerListenersResponse describeLoadBalancerListeners(AliyunCall call,
                                                                             DescribeLoadBalancerListenersRequest r) {
        Scope scope = call.scope();
        String protocol = protocol(call, r.listenerProtocol());
        List<String> ids = r.loadBalancerId();
        List<Listener> all = new ArrayList<>();
        for (var v : lbs.list(scope, new LoadBalancerFilter(ids == null || ids.isEmpty() ? null : ids, null, null), 0,
                Integer.MAX_VALUE).items()) {
            for (var lv : v.listeners()) {
                Listener l = lv.listener();
                if (protocol != null && !l.protocol().equals(protocol)) continue;
                if (r.listenerPort() != null && l.port() != r.listenerPort()) continue;
                if (r.description() != null && !r.description().isEmpty() && !l.name().equals(r.description())) continue;
                all.add(l);
            }
        }
        var paging = call.paging(20);
        var out = new DescribeLoadBalancerListenersResponse();
        call.paged(out, paging, all.size());
        return out.setListeners(AliyunFormats.page(all, paging).stream().map(Listeners::listing).toList());
    }

    private static DescribeLoadBalancerListenersResponse.Listeners listing(Listener l) {
        var s = new Settings(l);
        var out = listener(new DescribeLoadBalancerListenersResponse.Listeners(), l, s).setListenerProtocol(l.protocol());
        switch (l.protocol()) {
            case "tcp" -> out.setTcpListenerConfig(tcp(new DescribeLoadBalancerListenersResponse.TCPListenerConfig(), l, s)
                    .setProxyProtocolV2Enabled(String.valueOf(s.flag("ProxyProtocolV2Enabled"))));
            case "udp" -> out.setUdpListenerConfig(udp(new DescribeLoadBalancerListenersResponse.UDPListenerConfig(), l, s)
                    .setProxyProtocolV2Enabled(String.valueOf(s.flag("ProxyProtocolV2Enabled"))));
            default -> out.setHttpListenerConfig(http(new DescribeLoadBalancerListenersResponse.HTTPListenerConfig(), l, s));
        }
        return out;
    }
}
