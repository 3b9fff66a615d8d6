package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.compute.InterfacePermission;
import io.cloudtwin.core.compute.InterfacePermissionService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.InterfacePermissionAnswer;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateNetworkInterfacePermissionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateNetworkInterfacePermissionResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteNetworkInterfacePermissionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeNetworkInterfacePermissionsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeNetworkInterfacePermissionsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/**
 * Permissions on a network interface for another account (alicloud_ecs_network_interface_permission): granted at once
 * (the provider waits for Granted), read back by id, revoked by DeleteNetworkInterfacePermission. The grantee's side
 * (attaching the card to its own instances) is not modelled: Force changes nothing.
 */
@Component
record NetworkInterfacePermissions(InterfacePermissionService permissions)
        implements EcsApi.CreateNetworkInterfacePermission, EcsApi.DescribeNetworkInterfacePermissions,
        EcsApi.DeleteNetworkInterfacePermission {
    /** The permissions a card may give: the only one Aliyun documents. */
    private static final List<String> PERMISSIONS = List.of("InstanceAttach");

    /** AccountId (the grantee), NetworkInterfaceId, Permission (InstanceAttach) -> the permission, Granted. */
    @Override
    public CreateNetworkInterfacePermissionResponse createNetworkInterfacePermission(AliyunCall call,
            CreateNetworkInterfacePermissionRequest r) {
        if (r.accountId() <= 0) throw call.invalid("AccountId");
        if (!PERMISSIONS.contains(r.permission())) throw call.invalid("Permission");
        InterfacePermission p = permissions.grant(call.scope(), Ids.random("eni-perm-", 20), r.networkInterfaceId(),
                r.accountId(), r.permission());
        return new CreateNetworkInterfacePermissionResponse().setNetworkInterfacePermission(
                answer(new CreateNetworkInterfacePermissionResponse.NetworkInterfacePermission(), p));
    }

    /** NetworkInterfacePermissionId.N, NetworkInterfaceId; PageNumber/PageSize (10): oldest first. */
    @Override
    public DescribeNetworkInterfacePermissionsResponse describeNetworkInterfacePermissions(AliyunCall call,
            DescribeNetworkInterfacePermissionsRequest r) {
        var out = new DescribeNetworkInterfacePermissionsResponse();
        List<InterfacePermission> shown = call.listed(out, call.paging(10), false, permissions.listing(call.scope(),
                permissions.where(r.networkInterfacePermissionId(), AliyunFormats.orNull(r.networkInterfaceId()))));
        return out.setNetworkInterfacePermissions(AliyunFormats.each(shown,
                DescribeNetworkInterfacePermissionsResponse.NetworkInterfacePermission::new, this::answer));
    }

    @Override
    public void deleteNetworkInterfacePermission(AliyunCall call, DeleteNetworkInterfacePermissionRequest r) {
        permissions.revoke(call.scope(), r.networkInterfacePermissionId());
    }

    private <T extends InterfacePermissionAnswer> T answer(T item, InterfacePermission p) {
        item.setNetworkInterfacePermissionId(p.id()).setNetworkInterfaceId(p.interfaceId())
                .setAccountId(p.granteeAccountId()).setPermission(p.permission()).setPermissionState("Granted")
                .setServiceName("");
        return item;
    }
}
