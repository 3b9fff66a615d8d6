package io.cloudtwin.core.security;

import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.tag.TagService;

/**
 * Security groups placed in a VPC and tagged: creation locks the VPC (so DeleteVpc cannot remove it underneath) and
 * tags the group in the same transaction; deletion removes the group's tags with it.
 */
@Service
public record GroupLifecycle(SecurityGroupService groups, NetworkService networks, TagService tags, Transactions tx) {
    /** Creates a group; its VPC, when named, must exist in the scope (DomainError.VPC_NOT_FOUND). */
    public SecurityGroup create(Scope scope, SecurityGroupService.NewGroup spec, Map<String, String> tagged) {
        return tx.call(() -> {
            if (spec.vpcId() != null && !spec.vpcId().isEmpty()) networks.lockVpc(scope, spec.vpcId());
            SecurityGroup g = groups.create(scope, spec);
            tags.tagNew(scope, ResourceType.SECURITY_GROUP, g.id(), tagged);
            return g;
        });
    }

    /**
     * CopySecGroup: a copy of a group in a VPC of the destination scope, which must exist there (VPC_NOT_FOUND); the
     * VPC is locked before the source group, the order of a creation.
     */
    public SecurityGroupService.Copy copy(Scope from, String id, Scope to, String vpcId, String name,
                                         String description) {
        return tx.call(() -> {
            networks.lockVpc(to, vpcId);
            return groups.copy(from, id, to, vpcId, name, description);
        });
    }

    public void delete(Scope scope, String id) {
        tx.run(() -> tags.deleting(id, () -> groups.delete(scope, id)));
    }
}
