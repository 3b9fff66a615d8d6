package io.cloudtwin.core.eip;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.ResourceKind;
import io.cloudtwin.core.ResourceType;

/** The resource kind of this area: elastic IPs, which carry tags. */
@Configuration
class EipKinds {
    @Bean
    ResourceKind eipKind(ElasticIpStore eips) {
        return ResourceKind.of(ResourceType.EIP, eips::lock);
    }
}
