package io.cloudtwin.core.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.ResourceKind;
import io.cloudtwin.core.ResourceType;

/** The resource kinds of this area: security groups. */
@Configuration
class SecurityKinds {
    @Bean
    ResourceKind securityGroupKind(SecurityGroupStore groups) {
        return ResourceKind.of(ResourceType.SECURITY_GROUP, groups::lock);
    }
}
