package io.cloudtwin.core.eip;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.ResourceKind;
import io.cloudtwin.core.ResourceType;

/** The resource kinds of this area, which carry tags: elastic IPs and shared bandwidths. */
@Configuration
class EipKinds {
    @Bean
    ResourceKind eipKind(ElasticIpStore eips) {
        return ResourceKind.of(ResourceType.EIP, eips::lock);
    }

    @Bean
    ResourceKind sharedBandwidthKind(SharedBandwidthStore sharedBandwidths) {
        return ResourceKind.of(ResourceType.SHARED_BANDWIDTH, sharedBandwidths::lock);
    }
}
