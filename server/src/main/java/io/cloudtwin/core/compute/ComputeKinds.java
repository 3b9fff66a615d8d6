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
        return ResourceKind.of(ResourceType.INSTANCE, instances::lock);
    }

    @Bean
    ResourceKind keyPairKind(KeyPairStore keyPairs) {
        return ResourceKind.of(ResourceType.KEY_PAIR, keyPairs::lock);
    }

    @Bean
    ResourceKind diskKind(DiskStore disks) {
        return ResourceKind.of(ResourceType.DISK, disks::lock);
    }

    @Bean
    ResourceKind snapshotKind(SnapshotStore snapshots) {
        return ResourceKind.of(ResourceType.SNAPSHOT, snapshots::lock);
    }

    @Bean
    ResourceKind imageKind(ImageStore images) {
        return ResourceKind.of(ResourceType.IMAGE, images::lock);
    }

    @Bean
    ResourceKind interfaceKind(InterfaceStore interfaces) {
        return ResourceKind.of(ResourceType.NETWORK_INTERFACE, interfaces::lock);
    }
}
