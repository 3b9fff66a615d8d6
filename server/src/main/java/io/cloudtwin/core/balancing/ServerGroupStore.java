package io.cloudtwin.core.balancing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** Server groups of load balancers and their members (V84); the rules are ServerGroupService's. */
@Component
public class ServerGroupStore extends ScopedStore<ServerGroup> {
    private final ScopedTable<ServerGroupMember> members;

    public ServerGroupStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "lb_server_group", ServerGroup.class, DomainError.SERVER_GROUP_NOT_FOUND);
        this.members = new ScopedTable<>(jdbc, locks, "lb_server_group_member", ServerGroupMember.class);
    }

    /** Members; inserting one, the unique index refuses a server on a port the group has. */
    public ScopedTable<ServerGroupMember> members() {
        return members;
    }

    /** The groups of these load balancers, by load balancer, in creation order. */
    public Map<String, List<ServerGroup>> groupsOf(Collection<String> loadBalancerIds) {
        return table.groupedBy("load_balancer_id", loadBalancerIds);
    }

    /** The members of these groups, by group, in the order they joined. */
    public Map<String, List<ServerGroupMember>> membersOf(Collection<String> groupIds) {
        return members.groupedBy("server_group_id", groupIds);
    }
}
