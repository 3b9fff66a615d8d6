package io.cloudtwin.core.network;

import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.tag.TagService;

/**
 * VPCs and subnets with what surrounds them: tags given at creation, removed at deletion, and the kind of resource
 * that keeps a VPC from being deleted (DomainError.VPC_IN_USE with argument "subnet", "security_group" or
 * "instance"), each in one transaction with the change, under the VPC's lock.
 */
@Service
public record NetworkLifecycle(NetworkService networks, TagService tags, NetworkUsageStore usage, Transactions tx) {
    public Vpc createVpc(Scope scope, NetworkService.NewVpc spec, Map<String, String> tagged) {
        return tx.call(() -> {
            Vpc v = networks.createVpc(scope, spec);
            tags.tagNew(scope, ResourceType.VPC, v.id(), tagged);
            return v;
        });
    }

    public Subnet createSubnet(Scope scope, NetworkService.NewSubnet spec, Map<String, String> tagged) {
        return tx.call(() -> {
            Subnet s = networks.createSubnet(scope, spec);
            tags.tagNew(scope, ResourceType.SUBNET, s.id(), tagged);
            return s;
        });
    }

    /** Deletes a VPC in which nothing stands; else names the first kind of resource still in it. */
    public void deleteVpc(Scope scope, String id) {
        tx.run(() -> {
            networks.lockVpc(scope, id);
            var cause = usage.firstDependent(id);
            if (cause.isPresent()) throw new DomainException(DomainError.VPC_IN_USE, cause.get());
            tags.deleting(id, () -> networks.deleteVpc(scope, id));
        });
    }

    public void deleteSubnet(Scope scope, String id) {
        tx.run(() -> tags.deleting(id, () -> networks.deleteSubnet(scope, id)));
    }
}
