package io.cloudtwin.dialect.aliyun.slb;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.balancing.ServerGroup;
import io.cloudtwin.core.balancing.ServerGroupMember;
import io.cloudtwin.core.balancing.ServerGroupService;
import io.cloudtwin.core.balancing.ServerGroupService.NewMember;
import io.cloudtwin.core.balancing.ServerGroupService.View;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.GroupServerAnswer;
import io.cloudtwin.dialect.aliyun.slb.api.AddVServerGroupBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.AddVServerGroupBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.CreateVServerGroupRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateVServerGroupResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteVServerGroupRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeVServerGroupAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeVServerGroupAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeVServerGroupsRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeVServerGroupsResponse;
import io.cloudtwin.dialect.aliyun.slb.api.ModifyVServerGroupBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.ModifyVServerGroupBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.RemoveVServerGroupBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.RemoveVServerGroupBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetVServerGroupAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetVServerGroupAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;

/**
 * VServer groups (rsp-): named server pools of a load balancer, each server (an ECS instance, Type ecs, or an ENI,
 * eni, of the load balancer's VPC) on its own port with a weight (default 100), which a listener forwards to
 * (VServerGroupId) instead of the default pool. The core's server groups; BackendServers as {@link ServerList} reads
 * them, each with its Port.
 */
@Component
record VServerGroups(ServerGroupService groups, TagService tags)
        implements SlbApi.CreateVServerGroup, SlbApi.DescribeVServerGroups, SlbApi.DescribeVServerGroupAttribute,
        SlbApi.SetVServerGroupAttribute, SlbApi.AddVServerGroupBackendServers,
        SlbApi.RemoveVServerGroupBackendServers, SlbApi.ModifyVServerGroupBackendServers, SlbApi.DeleteVServerGroup {
    @Override
    public CreateVServerGroupResponse createVServerGroup(AliyunCall call, CreateVServerGroupRequest r) {
        List<NewMember> members = r.backendServers() == null ? List.of() : members(call, "BackendServers",
                r.backendServers());
        View v = groups.create(call.scope(), r.loadBalancerId(), Ids.random("rsp-", 13),
                r.vServerGroupName(), members, call.tags(r.tag()));
        return new CreateVServerGroupResponse().setVServerGroupId(v.group().id())
                .setBackendServers(servers(v, CreateVServerGroupResponse.BackendServer::new));
    }

    @Override
    public DescribeVServerGroupsResponse describeVServerGroups(AliyunCall call, DescribeVServerGroupsRequest r) {
        List<View> views = groups.ofLoadBalancer(call.scope(), r.loadBalancerId(),
                AliyunFormats.blank(r.description()) ? null : r.description()).stream()
                .filter(v -> ServerGroup.VSERVER.equals(v.group().kind())).toList();
        // Tag.N: the groups carrying every pair (none: no group; an empty list: any)
        var wanted = tags.narrow(call.scope(), ResourceType.SERVER_GROUP, List.of(), call.tags(r.tag()));
        var tagged = tags.of(views.stream().map(v -> v.group().id()).toList());
        return new DescribeVServerGroupsResponse().setVServerGroups(views.stream()
                .filter(v -> wanted.isPresent() && (wanted.get().isEmpty() || wanted.get().contains(v.group().id())))
                .map(v -> {
                    var out = new DescribeVServerGroupsResponse.VServerGroup().setVServerGroupId(v.group().id())
                            .setVServerGroupName(v.group().name()).setServerCount((long) v.members().size())
                            .setCreateTime(AliyunFormats.time(v.group().createdAt()))
                            .setTags(AliyunFormats.tags(tagged.getOrDefault(v.group().id(), Map.of()),
                                    DescribeVServerGroupsResponse.Tag::new));
                    if (Boolean.TRUE.equals(r.includeListener()) || Boolean.TRUE.equals(r.includeRule())) {
                        out.setAssociatedObjects(new DescribeVServerGroupsResponse.AssociatedObjects()
                                .setListeners(Boolean.TRUE.equals(r.includeListener()) ? v.listeners().stream()
                                        .map(l -> new DescribeVServerGroupsResponse.Listener().setPort(l.port())
                                                .setProtocol(l.protocol())).toList() : List.of())
                                .setRules(Boolean.TRUE.equals(r.includeRule()) ? v.rules().stream()
                                        .map(rule -> new DescribeVServerGroupsResponse.Rule().setRuleId(rule.id())
                                                .setRuleName(rule.name()).setDomain(rule.domain())
                                                .setUrl(rule.url())).toList() : List.of()));
                    }
                    return out;
                }).toList());
    }

    @Override
    public DescribeVServerGroupAttributeResponse describeVServerGroupAttribute(AliyunCall call,
                                                                             DescribeVServerGroupAttributeRequest r) {
        View v = groups.get(call.scope(), r.vServerGroupId());
        var out = new DescribeVServerGroupAttributeResponse().setVServerGroupId(v.group().id())
                .setVServerGroupName(v.group().name()).setLoadBalancerId(v.group().loadBalancerId())
                .setCreateTime(AliyunFormats.time(v.group().createdAt()))
                .setTags(AliyunFormats.tags(tags.of(v.group().id()),
                        DescribeVServerGroupAttributeResponse.Tag::new));
        var servers = servers(v, DescribeVServerGroupAttributeResponse.BackendServer::new);
        for (int i = 0; i < servers.size(); i++) servers.get(i).setServerIp(v.members().get(i).serverIp());
        return out.setBackendServers(servers);
    }

    @Override
    public SetVServerGroupAttributeResponse setVServerGroupAttribute(AliyunCall call,
                                                                     SetVServerGroupAttributeRequest r) {
        if (r.vServerGroupName() == null && r.backendServers() == null) throw call.missing("VServerGroupName");
        View v = groups.modify(call.scope(), r.vServerGroupId(), r.vServerGroupName(),
                r.backendServers() == null ? List.of() : members(call, "BackendServers", r.backendServers()));
        return new SetVServerGroupAttributeResponse().setVServerGroupId(v.group().id())
                .setVServerGroupName(v.group().name())
                .setBackendServers(servers(v, SetVServerGroupAttributeResponse.BackendServer::new));
    }

    @Override
    public AddVServerGroupBackendServersResponse addVServerGroupBackendServers(AliyunCall call,
                                                                             AddVServerGroupBackendServersRequest r) {
        View v = groups.add(call.scope(), r.vServerGroupId(), members(call, "BackendServers",
                r.backendServers()));
        return new AddVServerGroupBackendServersResponse().setVServerGroupId(v.group().id())
                .setBackendServers(servers(v, AddVServerGroupBackendServersResponse.BackendServer::new));
    }

    @Override
    public RemoveVServerGroupBackendServersResponse removeVServerGroupBackendServers(
            AliyunCall call, RemoveVServerGroupBackendServersRequest r) {
        View v = groups.remove(call.scope(), r.vServerGroupId(), members(call, "BackendServers",
                r.backendServers()));
        return new RemoveVServerGroupBackendServersResponse().setVServerGroupId(v.group().id())
                .setBackendServers(v.members().stream().map(m -> new RemoveVServerGroupBackendServersResponse
                        .BackendServer().setServerId(m.serverId()).setPort(m.port()).setWeight(m.weight())
                        .setType(m.serverType())).toList());
    }

    @Override
    public ModifyVServerGroupBackendServersResponse modifyVServerGroupBackendServers(
            AliyunCall call, ModifyVServerGroupBackendServersRequest r) {
        if (r.oldBackendServers() == null) throw call.missing("OldBackendServers");
        if (r.newBackendServers() == null) throw call.missing("NewBackendServers");
        View v = groups.replace(call.scope(), r.vServerGroupId(),
                members(call, "OldBackendServers", r.oldBackendServers()),
                members(call, "NewBackendServers", r.newBackendServers()));
        return new ModifyVServerGroupBackendServersResponse().setVServerGroupId(v.group().id())
                .setBackendServers(servers(v, ModifyVServerGroupBackendServersResponse.BackendServer::new));
    }

    @Override
    public void deleteVServerGroup(AliyunCall call, DeleteVServerGroupRequest r) {
        groups.delete(call.scope(), r.vServerGroupId());
    }

    private static List<NewMember> members(AliyunCall call, String param, String text) {
        return ServerList.parse(call, param, text, true).stream()
                .map(s -> new NewMember(s.id(), s.type(), s.port(), s.weight(), s.description(), null)).toList();
    }

    /** The group's servers as the answers write them. */
    private static <T extends GroupServerAnswer> List<T> servers(View v, Supplier<T> item) {
        return v.members().stream().map(m -> server(item.get(), m)).toList();
    }

    /** A group's server as the answers write it (a master-slave group's adds its ServerType). */
    static <T extends GroupServerAnswer> T server(T out, ServerGroupMember m) {
        out.setServerId(m.serverId()).setPort(m.port()).setWeight(m.weight()).setType(m.serverType())
                .setDescription(m.description());
        return out;
    }
}
