package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceSettings;
import io.cloudtwin.core.compute.InstanceSettings.RoleChange;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunErrors;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.AttachInstanceRamRoleRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AttachInstanceRamRoleResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceRamRoleRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceRamRoleResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DetachInstanceRamRoleRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DetachInstanceRamRoleResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/**
 * Instance RAM roles (alicloud_instance's role_name, alicloud_ecs_ram_role_attachment): one role per instance of a
 * VPC, given by RunInstances' RamRoleName or AttachInstanceRamRole, taken by DetachInstanceRamRole. No RAM product is
 * served, so any well-formed role name names a role that exists and trusts ECS.
 */
@Component
record RamRoles(InstanceSettings settings, InstanceService instances)
        implements EcsApi.AttachInstanceRamRole, EcsApi.DetachInstanceRamRole, EcsApi.DescribeInstanceRamRole {
    /** A RAM role's name: 1-64 letters, digits, dots and hyphens. */
    private static final String NAME = "[A-Za-z0-9.-]{1,64}";

    /** RunInstances' and CreateInstance's RamRoleName (null: none): well-formed, and for an instance of a VPC. */
    static String requested(AliyunCall call, String role, String vSwitchId) {
        if (AliyunFormats.blank(role)) return null;
        name(call, role);
        if (AliyunFormats.blank(vSwitchId)) throw call.error("InvalidNetworkType.MismatchRamRole");
        return role;
    }

    private static void name(AliyunCall call, String role) {
        if (!role.matches(NAME)) throw call.error("InvalidRamRole.NotFound");
    }

    @Override
    public AttachInstanceRamRoleResponse attachInstanceRamRole(AliyunCall call, AttachInstanceRamRoleRequest r) {
        name(call, r.ramRoleName());
        var outcome = settings.attachRole(call.scope(), r.ramRoleName(), r.instanceIds());
        return new AttachInstanceRamRoleResponse().setRamRoleName(r.ramRoleName()).setTotalCount(outcome.size())
                .setFailCount(failed(outcome)).setAttachInstanceRamRoleResults(outcome.entrySet().stream()
                        .map(e -> new AttachInstanceRamRoleResponse.AttachInstanceRamRoleResult()
                                .setInstanceId(e.getKey()).setSuccess(e.getValue().error() == null)
                                .setCode(code(e.getValue())).setMessage(message(e.getValue()))).toList());
    }

    @Override
    public DetachInstanceRamRoleResponse detachInstanceRamRole(AliyunCall call, DetachInstanceRamRoleRequest r) {
        String role = AliyunFormats.blank(r.ramRoleName()) ? null : r.ramRoleName();
        var outcome = settings.detachRole(call.scope(), role, r.instanceIds());
        return new DetachInstanceRamRoleResponse().setRamRoleName(AliyunFormats.nz(role))
                .setTotalCount(outcome.size()).setFailCount(failed(outcome))
                .setDetachInstanceRamRoleResults(outcome.entrySet().stream()
                        .map(e -> new DetachInstanceRamRoleResponse.DetachInstanceRamRoleResult()
                                .setInstanceId(e.getKey()).setSuccess(e.getValue().error() == null)
                                .setCode(code(e.getValue())).setMessage(message(e.getValue()))
                                .setInstanceRamRoleSets(e.getValue().role() == null ? List.of() : List.of(
                                        new DetachInstanceRamRoleResponse.InstanceRamRoleSet()
                                                .setInstanceId(e.getKey()).setRamRoleName(e.getValue().role()))))
                        .toList());
    }

    @Override
    public DescribeInstanceRamRoleResponse describeInstanceRamRole(AliyunCall call, DescribeInstanceRamRoleRequest r) {
        var paging = call.paging(50);
        List<String> ids = r.instanceIds();
        if (!AliyunFormats.blank(r.ramRoleName())) {
            List<String> having = settings.withRole(call.scope(), r.ramRoleName());
            ids = ids.isEmpty() ? having : ids.stream().filter(having::contains).toList();
            if (ids.isEmpty()) ids = List.of("");
        }
        var page = instances.list(call.scope(), new InstanceFilter(ids, null, null, null, null, null),
                paging.offset(), paging.limit());
        Map<String, String> roles = settings.rolesOf(page.items().stream().map(i -> i.id()).toList());
        return call.paged(new DescribeInstanceRamRoleResponse().setRegionId(call.region())
                .setInstanceRamRoleSets(page.items().stream().map(i -> new DescribeInstanceRamRoleResponse
                        .InstanceRamRoleSet().setInstanceId(i.id()).setRamRoleName(roles.getOrDefault(i.id(), "")))
                        .toList()), paging, page.total());
    }

    private static int failed(Map<String, RoleChange> outcome) {
        return (int) outcome.values().stream().filter(c -> c.error() != null).count();
    }

    /** Per instance: Code 200, or the code of its refusal. */
    private static String code(RoleChange c) {
        return c.error() == null ? "200" : AliyunErrors.codesOf(c.error()).get(0);
    }

    private static String message(RoleChange c) {
        if (c.error() == null) return "success";
        return switch (c.error()) {
            case RAM_ROLE_ATTACHED -> "The instance has the RAM role " + c.role() + ": detach it first.";
            case RAM_ROLE_MISMATCH -> "The instance's RAM role is " + c.role() + ".";
            case RAM_ROLE_CLASSIC -> "Ram role cannot be applied to instances of Classic network type.";
            case INSTANCE_LOCKED -> "The specified instance is locked for security.";
            default -> "The specified instanceId does not exist.";
        };
    }
}
