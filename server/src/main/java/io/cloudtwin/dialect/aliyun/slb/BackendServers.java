package io.cloudtwin.dialect.aliyun.slb;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.balancing.Member;
import io.cloudtwin.core.balancing.ServerHealth;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.BackendServerAnswer;
import io.cloudtwin.dialect.aliyun.slb.api.AddBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.AddBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeHealthStatusRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeHealthStatusResponse;
import io.cloudtwin.dialect.aliyun.slb.api.RemoveBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.RemoveBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;

/**
 * The default server pool of a load balancer (BackendServers): ECS instances (Type ecs, the default) or ENIs (eni) of
 * its VPC (any of the region for one in no VPC), each with a weight of 0 to 100 (default 100). BackendServers is a
 * string holding a JSON array ({@link ServerList}).
 */
@Component
record BackendServers(LoadBalancerService lbs, ServerHealth health)
        implements SlbApi.AddBackendServers, SlbApi.SetBackendServers, SlbApi.RemoveBackendServers,
        SlbApi.DescribeHealthStatus {
    /** The servers a BackendServers parameter names (Weight 100 when not given). */
    private static List<LoadBalancerService.NewMember> servers(AliyunCall call, String text) {
        return ServerList.parse(call, "BackendServers", text, false).stream()
                .map(s -> new LoadBalancerService.NewMember(null, s.id(), s.type(), s.weight() == null ? 100
                        : s.weight(), s.description())).toList();
    }

    @Override
    public AddBackendServersResponse addBackendServers(AliyunCall call, AddBackendServersRequest r) {
        List<Member> members = lbs.addMembers(call.scope(), r.loadBalancerId(), servers(call, r.backendServers()));
        return new AddBackendServersResponse().setLoadBalancerId(r.loadBalancerId())
                .setBackendServers(members(members, AddBackendServersResponse.BackendServer::new));
    }

    @Override
    public SetBackendServersResponse setBackendServers(AliyunCall call, SetBackendServersRequest r) {
        List<Member> members = lbs.setMembers(call.scope(), r.loadBalancerId(), servers(call, r.backendServers()));
        return new SetBackendServersResponse().setLoadBalancerId(r.loadBalancerId())
                .setBackendServers(members(members, SetBackendServersResponse.BackendServer::new));
    }

    /** The members as Add and Set answer them (Weight as text). */
    private static <T extends BackendServerAnswer> List<T> members(List<Member> members, Supplier<T> item) {
        return AliyunFormats.each(members, item, (t, m) -> t.setServerId(m.serverId())
                .setWeight(String.valueOf(m.weight())).setType(m.serverType()).setDescription(m.description()));
    }

    @Override
    public RemoveBackendServersResponse removeBackendServers(AliyunCall call, RemoveBackendServersRequest r) {
        List<String> ids = servers(call, r.backendServers()).stream().map(LoadBalancerService.NewMember::serverId).toList();
        List<Member> members = lbs.removeMembers(call.scope(), r.loadBalancerId(), ids);
        return new RemoveBackendServersResponse().setLoadBalancerId(r.loadBalancerId())
                .setBackendServers(members.stream().map(m -> new RemoveBackendServersResponse.BackendServer()
                        .setServerId(m.serverId()).setWeight(m.weight()).setType(m.serverType())
                        .setDescription(m.description())).toList());
    }

    @Override
    public DescribeHealthStatusResponse describeHealthStatus(AliyunCall call, DescribeHealthStatusRequest r) {
        Scope scope = call.scope();
        List<Listener> listeners = lbs.view(scope, r.loadBalancerId()).listeners().stream()
                .map(LoadBalancerService.ListenerView::listener)
                .filter(l -> r.listenerPort() == null || l.port() == r.listenerPort())
                .filter(l -> r.listenerProtocol() == null || l.protocol().equalsIgnoreCase(r.listenerProtocol()))
                .toList();
        if (r.listenerPort() != null && listeners.size() > 1) throw call.error("TooManyListeners");
        return new DescribeHealthStatusResponse().setBackendServers(health.of(scope, r.loadBalancerId(), listeners)
                .stream().map(c -> new DescribeHealthStatusResponse.BackendServer().setListenerPort(c.listener().port())
                        .setProtocol(c.listener().protocol()).setServerId(c.serverId()).setServerIp(c.serverIp())
                        .setPort(c.port()).setServerHealthStatus(c.status())).toList());
    }
}
