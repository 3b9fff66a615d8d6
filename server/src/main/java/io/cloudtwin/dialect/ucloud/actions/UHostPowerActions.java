package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;
import java.util.function.BiConsumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.Scope;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** StartUHostInstance, StopUHostInstance, PoweroffUHostInstance: UHostId, Zone -> UHostId. */
@Configuration
class UHostPowerActions {
    /** One power action: its name and the state change it asks of the core. */
    record Power(String name, BiConsumer<Scope, String> change) implements UcloudAction {
        @Override
        public UcloudRetCode retCodeFor(DomainError e) {
            return UhostErrors.of(e);
        }

        @Override
        public Map<String, Object> handle(UcloudRequest r) {
            String id = r.string("UHostId");
            change.accept(r.scope(), id);
            return Map.of("UHostId", id);
        }
    }

    @Bean
    UcloudAction startUHostInstance(InstanceService instances) {
        return new Power("StartUHostInstance", instances::start);
    }

    @Bean
    UcloudAction stopUHostInstance(InstanceService instances) {
        return new Power("StopUHostInstance", instances::stop);
    }

    /** Powering off is a stop without the guest's shutdown: the same state change here. */
    @Bean
    UcloudAction poweroffUHostInstance(InstanceService instances) {
        return new Power("PoweroffUHostInstance", instances::stop);
    }
}
