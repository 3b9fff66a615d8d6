package io.cloudtwin.dialect.aliyun.slb;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.cloudtwin.dialect.aliyun.slb.api.CreateMasterSlaveServerGroupRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateMasterSlaveServerGroupResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteMasterSlaveServerGroupRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeMasterSlaveServerGroupAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeMasterSlaveServerGroupAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeMasterSlaveServerGroupsRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeMasterSlaveServerGroupsResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;

/**
 * Master-slave server groups (alicloud_slb_master_slave_server_group): exactly two servers of the load balancer's VPC,
 * one Master that takes the traffic and one Slave that stands by, each on its own port. The core's server groups of
 * kind master_slave; a TCP or UDP listener forwards to one (MasterSlaveServerGroupId) as to a VServer group, and a
 * group a listener forwards to is not deleted (RspoolVipExist).
 */
@Component
record MasterSlaveServerGroups(ServerGroupService groups, TagService tags)
        implements SlbApi.CreateMasterSlaveServerGroup, SlbApi.DescribeMasterSlaveServerGroups,
        SlbApi.DescribeMasterSlaveServerGroupAttribute, SlbApi.DeleteMasterSlaveServerGroup {
    private static final String SERVERS = "MasterSlaveBackendServers";
    private static final Set<String> ROLES = Set.of(ServerGroupMember.MASTER, ServerGroupMember.SLAVE);

    @Override
    public CreateMasterSlaveServerGroupResponse createMasterSlaveServerGroup(AliyunCall call,
                                                                           CreateMasterSlaveServerGroupRequest r) {
        if (r.masterSlaveBackendServers() == null) throw call.error("BACKEND_SERVERS_NUM_MUST_BE_TWO");
        var servers = ServerList.parse(call, SERVERS, r.masterSlaveBackendServers(), true);
        if (servers.size() != 2) throw call.error("BACKEND_SERVERS_NUM_MUST_BE_TWO");
        Set<String> roles = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (var s : servers) {
            if (s.serverType() == null || !ROLES.contains(s.serverType())) throw call.error("INVALID_SERVER_TYPE");
            roles.add(s.serverType());
            if (!places.add(s.id() + ":" + s.port())) throw call.error("BACKEND_SERVERS_HAVE_SAME_PORT_AND_SERVERID");
        }
        if (roles.size() != 2) throw call.error("BACKEND_SERVERS_CAN_ONLY_CONTAIN_ONE_MASTER_AND_ONE_SLAVE");
        List<NewMember> members = servers.stream().map(s -> new NewMember(s.id(), s.type(), s.port(), s.weight(),
                s.description(), s.serverType())).toList();
        View v = groups.create(call.scope(), r.loadBalancerId(), Ids.random("rsp-", 13),
                ServerGroup.MASTER_SLAVE, r.masterSlaveServerGroupName(), members, call.tags(r.tag()));
        return new CreateMasterSlaveServerGroupResponse().setMasterSlaveServerGroupId(v.group().id())
                .setMasterSlaveBackendServers(v.members().stream().map(m -> VServerGroups.server(
                        new CreateMasterSlaveServerGroupResponse.MasterSlaveBackendServer(), m)
                        .setServerType(m.role())).toList());
    }

    @Override
    public DescribeMasterSlaveServerGroupsResponse describeMasterSlaveServerGroups(
            AliyunCall call, DescribeMasterSlaveServerGroupsRequest r) {
        List<View> views = groups.ofLoadBalancer(call.scope(), r.loadBalancerId(),
                AliyunFormats.blank(r.description()) ? null : r.description()).stream()
                .filter(v -> ServerGroup.MASTER_SLAVE.equals(v.group().kind())).toList();
        var wanted = tags.narrow(call.scope(), ResourceType.SERVER_GROUP, List.of(), call.tags(r.tag()));
        var tagged = tags.of(views.stream().map(v -> v.group().id()).toList());
        return new DescribeMasterSlaveServerGroupsResponse().setMasterSlaveServerGroups(views.stream()
                .filter(v -> wanted.isPresent() && (wanted.get().isEmpty() || wanted.get().contains(v.group().id())))
                .map(v -> {
                    var out = new DescribeMasterSlaveServerGroupsResponse.MasterSlaveServerGroup()
                            .setMasterSlaveServerGroupId(v.group().id()).setMasterSlaveServerGroupName(v.group().name())
                            .setCreateTime(AliyunFormats.time(v.group().createdAt()))
                            .setTags(AliyunFormats.tags(tagged.getOrDefault(v.group().id(), Map.of()),
                                    DescribeMasterSlaveServerGroupsResponse.Tag::new));
                    if (Boolean.TRUE.equals(r.includeListener())) {
                        out.setAssociatedObjects(new DescribeMasterSlaveServerGroupsResponse.AssociatedObjects()
                                .setListeners(v.listeners().stream().map(l -> new DescribeMasterSlaveServerGroupsResponse
                                        .Listener().setPort(l.port()).setProtocol(l.protocol())).toList()));
                    }
                    return out;
                }).toList());
    }

    @Override
    public DescribeMasterSlaveServerGroupAttributeResponse describeMasterSlaveServerGroupAttribute(
            AliyunCall call, DescribeMasterSlaveServerGroupAttributeRequest r) {
        View v = groups.get(call.scope(), r.masterSlaveServerGroupId(), ServerGroup.MASTER_SLAVE);
        return new DescribeMasterSlaveServerGroupAttributeResponse().setMasterSlaveServerGroupId(v.group().id())
                .setMasterSlaveServerGroupName(v.group().name()).setLoadBalancerId(v.group().loadBalancerId())
                .setCreateTime(AliyunFormats.time(v.group().createdAt()))
                .setTags(AliyunFormats.tags(tags.of(v.group().id()),
                        DescribeMasterSlaveServerGroupAttributeResponse.Tag::new))
                .setMasterSlaveBackendServers(v.members().stream().map(m -> VServerGroups.server(
                        new DescribeMasterSlaveServerGroupAttributeResponse.MasterSlaveBackendServer(), m)
                        .setServerType(m.role())).toList());
    }

    @Override
    public void deleteMasterSlaveServerGroup(AliyunCall call, DeleteMasterSlaveServerGroupRequest r) {
        groups.delete(call.scope(), r.masterSlaveServerGroupId(), ServerGroup.MASTER_SLAVE);
    }
}
