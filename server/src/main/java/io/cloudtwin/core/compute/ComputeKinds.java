package io.cloudtwin.core.compute;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.ResourceKind;
import io.cloudtwin.core.ResourceType;

/** The resource kinds of this area: instances, their secondary network interfaces, key pairs, disks,
 * snapshots, custom images. */
@Configuration
class ComputeKinds {
    @Bean
    ResourceKind instanceKind(InstanceStore instances) {
        return ResourceKind.of(ResourceType.INSTANCE, (scope, id) -> instances.lock(scope, id).isPresent());
    }

    @Bean
    ResourceKind keyPairKind(KeyPairStore keyPairs) {
        return ResourceKind.of(ResourceType.KEY_PAIR, (scope, id) -> keyPairs.lock(scope, id).isPresent());
    }

    @Bean
    ResourceKind diskKind(DiskStore disks) {
        return ResourceKind.of(ResourceType.DISK, (scope, id) -> disks.lock(scope, id).isPresent());
    }

    @Bean
    ResourceKind snapshotKind(SnapshotStore snapshots) {
        return ResourceKind.of(ResourceType.SNAPSHOT, (scope, id) -> snapshots.lock(scope, id).isPresent());
    }

    @Bean
    ResourceKind imageKind(ImageStore images) {
        return ResourceKind.of(ResourceType.IMAGE, (scope, id) -> images.lock(scope, id).isPresent());
    }

    @Bean
    ResourceKind interfaceKind(InterfaceStore interfaces) {
        return ResourceKind.of(ResourceType.NETWORK_INTERFACE, (scope, id) -> interfaces.lock(scope, id).isPresent());
    }
}
