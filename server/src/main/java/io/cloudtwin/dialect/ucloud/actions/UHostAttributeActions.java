package io.cloudtwin.dialect.ucloud.actions;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/**
 * ModifyUHostInstanceName (Name, <= 63), ModifyUHostInstanceTag (Tag, "Default" when empty, as Terraform sends it),
 * ModifyUHostInstanceRemark (Remark, may be empty): UHostId -> UHostId. Any power state; unknown host 8039.
 */
@Configuration
class UHostAttributeActions {
    /** One attribute change: which parameter it reads and which of name / remark / tag it sets. */
    record Modify(String name, String param, InstanceService instances) implements UcloudAction {
        @Override
        public UcloudRetCode retCodeFor(DomainError e) {
            return UhostErrors.of(e);
        }

        @Override
        public Map<String, Object> handle(UcloudRequest r) {
            String id = r.string("UHostId");
            String value = r.string(param, "");
            switch (param) {
                case "Name" -> {
                    if (value.isEmpty() || value.length() > 63) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Name");
                    instances.modify(r.scope(), id, value, null, null);
                }
                case "Tag" -> instances.modify(r.scope(), id, null, null, value.isEmpty() ? "Default" : value);
                default -> instances.modify(r.scope(), id, null, value, null);
            }
            return Map.of("UHostId", id);
        }
    }

    @Bean
    UcloudAction modifyUHostInstanceName(InstanceService instances) {
        return new Modify("ModifyUHostInstanceName", "Name", instances);
    }

    @Bean
    UcloudAction modifyUHostInstanceTag(InstanceService instances) {
        return new Modify("ModifyUHostInstanceTag", "Tag", instances);
    }

    @Bean
    UcloudAction modifyUHostInstanceRemark(InstanceService instances) {
        return new Modify("ModifyUHostInstanceRemark", "Remark", instances);
    }
}
