package io.cloudtwin.core.security;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.tag.TagService;

/**
 * Security groups placed in a VPC and tagged: creation locks the VPC (so DeleteVpc cannot remove it underneath) and
 * tags the group in the same transaction; deletion removes the group's tags with it.
 */
@Service
public class GroupLifecycle {
    private final SecurityGroupService groups;
    private final NetworkService networks;
    private final TagService tags;

    public GroupLifecycle(SecurityGroupService groups, NetworkService networks, TagService tags) {
        this.groups = groups;
        this.networks = networks;
        this.tags = tags;
    }

    /** Creates a group; its VPC, when named, must exist in the scope (DomainError.VPC_NOT_FOUND). */
    @Transactional
    public SecurityGroup create(Scope scope, SecurityGroupService.NewGroup spec, Map<String, String> tagged) {
        if (spec.vpcId() != null && !spec.vpcId().isEmpty()) networks.lockVpc(scope, spec.vpcId());
        SecurityGroup g = groups.create(scope, spec);
        tags.tagNew(scope, ResourceType.SECURITY_GROUP, g.id(), tagged);
        return g;
    }

    @Transactional
    public void delete(Scope scope, String id) {
        tags.deleting(id, () -> groups.delete(scope, id));
    }
}
