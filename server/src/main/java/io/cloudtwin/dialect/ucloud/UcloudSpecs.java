package io.cloudtwin.dialect.ucloud;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/** UCloud's documented API, read once at startup from the class path (ucloud-api/*.json). */
@Configuration
class UcloudSpecs {
    @Bean
    UcloudApiSpec ucloudApiSpec() {
        return new UcloudApiSpec();
    }
}
