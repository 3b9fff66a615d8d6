package io.cloudtwin.core.eip;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.network.VipCompanion;
import io.cloudtwin.core.network.VipStore;

/**
 * Virtual IPs as EIP targets (kind havip; Aliyun's AssociateEipAddress with InstanceType HaVip): one EIP each, the
 * VIP's row locked in the binding's transaction; a VIP with an EIP is not released (VIP_IN_USE, subject eip).
 */
@Configuration
class VipEips {
    public static final String KIND = "havip";

    @Bean
    EipTarget vipTarget(VipStore vips) {
        return EipTarget.exclusive(KIND, (scope, id) -> vips.lock(scope, id)
                .map(v -> new EipTarget.Bindable(v.vpcId(), v.address())));
    }

    @Bean
    VipCompanion vipEipGuard(ElasticIpStore eips) {
        return vip -> {
            if (!eips.ofTarget(vip.id()).isEmpty()) throw new DomainException(DomainError.VIP_IN_USE, "eip");
        };
    }
}
