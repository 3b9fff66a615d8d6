package io.cloudtwin.dialect.aliyun.actions.eni;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InterfaceService;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** A secondary interface in a vSwitch: PrimaryIpAddress or the lowest free address, SecurityGroupId or SecurityGroupIds.N (of its VPC), name, description, Tag.N. */
@Component
public class CreateNetworkInterface implements AliyunAction {
    private final InterfaceService interfaces;
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;
    private final TagService tags;

    public CreateNetworkInterface(InterfaceService interfaces, InstanceService instances, InstanceLifecycle lifecycle, TagService tags) {
        this.interfaces = interfaces;
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "CreateNetworkInterface";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        try {
            var scope = r.regionalScope();
            List<String> groups = new java.util.ArrayList<>(r.list("SecurityGroupIds"));
            String single = r.string("SecurityGroupId");
            if (single != null && !groups.isEmpty()) throw r.error("InvalidSecurityGroupId.SingleIdAndMultiIdConflict");
            if (single != null) groups.add(single);
            if (groups.isEmpty()) throw r.missing("SecurityGroupId");
            if (groups.size() != new java.util.HashSet<>(groups).size()) throw r.error("InvalidParameter.SecurityGroupIdRepeated");
            var row = interfaces.create(scope, r.required("VSwitchId"), r.string("PrimaryIpAddress"), groups,
                    r.string("NetworkInterfaceName", ""), r.string("Description", ""), r.tags("Tag"));
            var out = Interfaces.secondary(row, interfaces.groupsOf(List.of(row.id())).get(row.id()),
                    tags.of(List.of(row.id())).get(row.id()));
            out.remove("InstanceId");
            out.remove("CreationTime");
            return out;
        } catch (InterfaceService.Refused e) {
            throw Interfaces.refused(r, e);
        }
    }
}
