package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.AliyunViews;

/** The parameters RunInstances and CreateInstance share. The instance's VPC is its security groups' VPC. */
final class InstanceSpecs {
    private InstanceSpecs() {}

    static InstanceService.NewInstance from(AliyunRequest r, InstanceStatus target) {
        String imageId = r.required("ImageId");
        String instanceType = r.required("InstanceType");
        Set<String> groups = new LinkedHashSet<>();
        String single = r.string("SecurityGroupId");
        List<String> many = r.list("SecurityGroupIds");
        if (single != null && !many.isEmpty()) throw r.error("InvalidSecurityGroupId.SingleIdAndMultiIdConflict",
                "SecurityGroupId and SecurityGroupIds.N cannot both be given.");
        if (single != null) groups.add(single);
        groups.addAll(many);
        if (groups.size() < many.size()) throw r.error("InvalidParameter.SecurityGroupIdRepeated",
                "SecurityGroupIds.N names a security group more than once.");
        if (groups.isEmpty()) throw r.missing("SecurityGroupId");
        String name = r.string("InstanceName", "");
        if (name.length() > 128) throw r.invalid("InstanceName");
        String description = r.string("Description", "");
        if (description.length() > 256) throw r.invalid("Description");
        int[] shape = AliyunViews.shape(instanceType);
        List<InstanceService.GroupRef> refs = groups.stream().map(g -> new InstanceService.GroupRef(g, 1)).toList();
        String vSwitchId = r.string("VSwitchId", "");
        String privateIp = r.string("PrivateIpAddress", "");
        return new InstanceService.NewInstance(r.string("ZoneId", ""), name, description, imageId,
                instanceType, "", shape[0], shape[1], target, refs, "", vSwitchId, privateIp);
    }

    /**
     * Names, host names, user data, system disk and tags. With Amount above one and UniqueSuffix, InstanceName and
     * HostName get a three-digit sequence (001, 002, ...), as the real API does; an absent InstanceName becomes the
     * instance id and an absent HostName iZ&lt;id suffix&gt;Z (InstanceLifecycle).
     */
    static io.cloudtwin.core.InstanceLifecycle.Extras extras(AliyunRequest r, int amount) {
        String name = r.string("InstanceName", "");
        String host = r.string("HostName", "");
        if (host.length() > 64 || host.startsWith(".") || host.startsWith("-")) throw r.invalid("HostName");
        boolean suffix = r.has("UniqueSuffix") && r.bool("UniqueSuffix", false) && amount > 1;
        List<String> names = new java.util.ArrayList<>();
        List<String> hosts = new java.util.ArrayList<>();
        for (int n = 1; n <= amount; n++) {
            String seq = suffix ? String.format("%03d", n) : "";
            names.add(name.isEmpty() ? "" : name + seq);
            hosts.add(host.isEmpty() ? "" : host + seq);
        }
        String userData = r.string("UserData", "");
        if (!userData.isEmpty()) {
            if (userData.length() > 32768) throw io.cloudtwin.dialect.aliyun.Documented.first(r, "UserData",
                    "InvalidUserData.SizeExceeded");
            try {
                java.util.Base64.getDecoder().decode(userData);
            } catch (IllegalArgumentException e) {
                throw io.cloudtwin.dialect.aliyun.Documented.first(r, "UserData", "InvalidUserData.Base64FormatInvalid");
            }
        }
        String category = "cloud_efficiency";
        int size = 40;
        var disk = r.has("SystemDisk") ? r.object("SystemDisk") : null;
        if (disk != null) {
            category = disk.string("Category", category);
            size = disk.integer("Size", size);
        } else {
            if (r.has("SystemDisk.Category")) category = r.string("SystemDisk.Category");
            if (r.has("SystemDisk.Size")) size = r.integer("SystemDisk.Size", size);
        }
        return new io.cloudtwin.core.InstanceLifecycle.Extras(names, hosts, userData, category, size, r.tags("Tag"));
    }

    /** The instance creation's refusals in the action's own codes. */
    static RuntimeException refused(AliyunRequest r, io.cloudtwin.core.DomainException e) {
        return switch (e.error()) {
            case NETWORK_MISMATCH -> io.cloudtwin.dialect.aliyun.Documented.first(r, e.subject(),
                    "InvalidSecurityGroup.VpcMismatch", "InvalidNetworkType.Mismatch");
            case INVALID_ADDRESS -> io.cloudtwin.dialect.aliyun.Documented.first(r, e.subject(), "InvalidPrivateIpAddress");
            default -> e;
        };
    }

    /**
     * Groups in a VPC need VSwitchId (InvalidVSwitchId.Necessary); groups of different VPCs are left to the
     * creation, which answers the mismatch.
     */
    static void requireVSwitch(AliyunRequest r, io.cloudtwin.core.SecurityGroupService groups,
                               io.cloudtwin.core.Scope scope) {
        if (r.has("VSwitchId")) return;
        Set<String> ids = new LinkedHashSet<>();
        if (r.string("SecurityGroupId") != null) ids.add(r.string("SecurityGroupId"));
        ids.addAll(r.list("SecurityGroupIds"));
        Set<String> vpcs = new LinkedHashSet<>();
        for (String id : ids) {
            try {
                vpcs.add(groups.get(scope, id).vpcId());
            } catch (io.cloudtwin.core.DomainException e) {
                return; // an unknown group is answered by the creation itself
            }
        }
        if (vpcs.size() == 1 && !vpcs.iterator().next().isEmpty()) throw r.error("InvalidVSwitchId.Necessary");
    }
}
