package io.cloudtwin.core.network;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.ResourceKind;
import io.cloudtwin.core.ResourceType;

/** The resource kinds of this area: VPCs and subnets. */
@Configuration
class NetworkKinds {
    @Bean
    ResourceKind vpcKind(NetworkStore networks) {
        return ResourceKind.of(ResourceType.VPC, networks.vpcs()::lock);
    }

    @Bean
    ResourceKind subnetKind(NetworkStore networks) {
        return ResourceKind.of(ResourceType.SUBNET, networks.subnets()::lock);
    }
}
