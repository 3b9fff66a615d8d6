package io.cloudtwin.dialect.ucloud;

import static io.cloudtwin.core.DomainError.*;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import io.cloudtwin.core.DomainError;

/**
 * UCloud's one table from the core's refusals to RetCodes: a code for every product, refined where a product or an
 * action answers its own (UHost says 8039 for a host that does not exist; the actions that need a stopped host say
 * 8010). A refusal UCloud cannot raise (rule peers, tag limits) has no row: it would be a bug to reach here, answered
 * 5000. Every number is one the product documents, a gateway code, or one the Terraform provider, UCloud's SDK
 * scenarios or its CNI plugin is written against (UcloudRetCodeTableTest).
 */
public final class UcloudErrors {
    private static final Map<DomainError, UcloudRetCode> EVERY_PRODUCT = new EnumMap<>(DomainError.class);
    private static final Map<String, Map<DomainError, UcloudRetCode>> BY_PRODUCT = Map.of(
            "uhost", Map.of(INSTANCE_NOT_FOUND, UcloudRetCode.UHOST_NOT_EXIST),
            "udisk", Map.of(DISK_NOT_FOUND, UcloudRetCode.UDISK_NOT_FOUND, DISK_STATE, UcloudRetCode.UDISK_ATTACHED,
                    DISK_IN_USE, UcloudRetCode.UDISK_IN_USE, DISK_NOT_ATTACHED, UcloudRetCode.UDISK_DETACH_FAILED,
                    ZONE_MISMATCH, UcloudRetCode.UDISK_ATTACH_FAILED, DISK_LIMIT_EXCEEDED,
                    UcloudRetCode.UDISK_ATTACH_FAILED, DISK_SIZE_TOO_SMALL, UcloudRetCode.UDISK_RESIZE_FAILED,
                    INVALID_DISK_SIZE, UcloudRetCode.UDISK_SIZE, SNAPSHOT_NOT_FOUND, UcloudRetCode.SNAPSHOT_NOT_FOUND,
                    SNAPSHOT_LIMIT_EXCEEDED, UcloudRetCode.SNAPSHOT_DISK_QUOTA));
    private static final Map<DomainError, UcloudRetCode> NEEDS_STOPPED = Map.of(
            INCORRECT_INSTANCE_STATUS, UcloudRetCode.SHUT_DOWN_FIRST);
    /** A backend that is no host of the ULB's VPC: 4120, "the node's information is empty or wrong". */
    private static final Map<DomainError, UcloudRetCode> NOT_A_BACKEND = Map.of(
            INSTANCE_NOT_FOUND, UcloudRetCode.BACKEND_NOT_USABLE, NETWORK_MISMATCH, UcloudRetCode.BACKEND_NOT_USABLE);
    /** An SNAT rule, which the NATGW keys by its SourceIp and whose EIP is named by its address (SnatIp). */
    private static final Map<DomainError, UcloudRetCode> SNAT_RULE = Map.of(
            NAT_ENTRY_NOT_FOUND, UcloudRetCode.NATGW_SNAT_NOT_FOUND, NAT_ENTRY_EXISTS, UcloudRetCode.NATGW_SNAT_EXISTS,
            NAT_IP_NOT_BOUND, UcloudRetCode.NATGW_SNAT_IP_NOT_BOUND, NAT_INTERNAL_IP_OUTSIDE,
            UcloudRetCode.NATGW_SOURCE_NOT_HOST);
    /** A SnatDnat rule, which the NATGW keys by its PrivateIp and EIP (an address). */
    private static final Map<DomainError, UcloudRetCode> SNAT_DNAT_RULE = Map.of(
            NAT_ENTRY_NOT_FOUND, UcloudRetCode.NATGW_SNAT_DNAT_NOT_FOUND, NAT_ENTRY_EXISTS,
            UcloudRetCode.NATGW_SNAT_DNAT_MAPPED, NAT_IP_IN_USE, UcloudRetCode.NATGW_SNAT_DNAT_EIP_MAPPED,
            NAT_IP_NOT_BOUND, UcloudRetCode.NATGW_SNAT_DNAT_EIP_NOT_BOUND, NAT_INTERNAL_IP_OUTSIDE,
            UcloudRetCode.NATGW_SNAT_DNAT_NOT_HOST);
    /** The host ObjectId names (found, then locked as the holder of its card's addresses). */
    private static final Map<DomainError, UcloudRetCode> SECONDARY_IP_HOST = Map.of(
            INSTANCE_NOT_FOUND, UcloudRetCode.SECONDARY_IP_HOST_NOT_FOUND, INTERFACE_NOT_FOUND,
            UcloudRetCode.SECONDARY_IP_HOST_NOT_FOUND);
    /** A subnet named SubnetworkId, which must be of the network ACL's VPC. */
    private static final Map<DomainError, UcloudRetCode> ACL_SUBNET = Map.of(
            SUBNET_NOT_FOUND, UcloudRetCode.ACL_SUBNET_NOT_FOUND, NETWORK_MISMATCH, UcloudRetCode.ACL_SUBNET_OTHER_VPC);
    private static final Map<String, Map<DomainError, UcloudRetCode>> BY_ACTION = Map.ofEntries(
            Map.entry("CreateNetworkAclAssociation", ACL_SUBNET),
            Map.entry("DeleteNetworkAclAssociation", ACL_SUBNET),
            Map.entry("DescribeNetworkAclAssociationBySubnet", ACL_SUBNET),
            Map.entry("GetNetworkAclTargetResource", ACL_SUBNET),
            Map.entry("AllocateBackend", NOT_A_BACKEND),
            Map.entry("AttachUDisk", Map.of(INCORRECT_INSTANCE_STATUS, UcloudRetCode.UDISK_ATTACH_FAILED)),
            Map.entry("DetachUDisk", Map.of(INCORRECT_INSTANCE_STATUS, UcloudRetCode.UDISK_DETACH_FAILED,
                    DISK_STATE, UcloudRetCode.UDISK_CHANGING)),
            Map.entry("CreateUDiskSnapshot", Map.of(DISK_STATE, UcloudRetCode.SNAPSHOT_DISK_BUSY)),
            Map.entry("CloneUDiskSnapshot", Map.of(DISK_SIZE_TOO_SMALL, UcloudRetCode.SNAPSHOT_CLONE_FAILED)),
            Map.entry("CloneUDisk", Map.of(DISK_SIZE_TOO_SMALL, UcloudRetCode.UDISK_CLONE_FAILED, ZONE_MISMATCH,
                    UcloudRetCode.UDISK_CLONE_FAILED)),
            Map.entry("RestoreUDisk", Map.of(DISK_IN_USE, UcloudRetCode.UDISK_RESTORE_ATTACHED, DISK_STATE,
                    UcloudRetCode.UDISK_RESTORE_ATTACHED, SNAPSHOT_DISK_MISMATCH, UcloudRetCode.UDISK_RESTORE_FAILED)),
            Map.entry("ModifyEIPBandwidth", Map.of(EIP_IN_SHARED_BANDWIDTH, UcloudRetCode.EIP_SHARES_BANDWIDTH)),
            Map.entry("SetEIPPayMode", Map.of(EIP_IN_SHARED_BANDWIDTH, UcloudRetCode.EIP_SHARES_BANDWIDTH)),
            Map.entry("AssociateEIPWithShareBandwidth", Map.of(EIP_HAS_BANDWIDTH_PACKAGE,
                    UcloudRetCode.EIP_PACKAGE_NOT_SHARABLE)),
            Map.entry("AddSnatRule", SNAT_RULE),
            Map.entry("UpdateSnatRule", SNAT_RULE),
            Map.entry("DeleteSnatRule", SNAT_RULE),
            Map.entry("CreateSnatDnatRule", SNAT_DNAT_RULE),
            Map.entry("DeleteSnatDnatRule", SNAT_DNAT_RULE),
            Map.entry("ResizeAttachedDisk", Map.of(INCORRECT_INSTANCE_STATUS, UcloudRetCode.SHUT_DOWN_FIRST,
                    DISK_NOT_ATTACHED, UcloudRetCode.HOST_DISK_WRONG, DISK_STATE, UcloudRetCode.HOST_UDISK_STATE,
                    DISK_SIZE_TOO_SMALL, UcloudRetCode.WRONG_DISK_SIZE, INVALID_DISK_SIZE, UcloudRetCode.WRONG_DISK_SIZE)),
            Map.entry("ResizeUHostInstance", NEEDS_STOPPED),
            Map.entry("ResetUHostInstancePassword", NEEDS_STOPPED),
            Map.entry("ReinstallUHostInstance", NEEDS_STOPPED),
            Map.entry("ModifyUHostIP", NEEDS_STOPPED),
            Map.entry("TerminateUHostInstance", NEEDS_STOPPED),
            // terraform-provider-ucloud's describeFirewallById reads only 54002 as "not found"
            Map.entry("DescribeFirewall", Map.of(FIREWALL_NOT_FOUND, UcloudRetCode.FIREWALL_NOT_FOUND_DESCRIBE)),
            // the host a secondary address is for is ObjectId
            Map.entry("AllocateSecondaryIp", SECONDARY_IP_HOST),
            // an address the card does not hold: 58221, which the CNI plugin reads as deleted already
            Map.entry("DeleteSecondaryIp", Map.of(INSTANCE_NOT_FOUND, UcloudRetCode.SECONDARY_IP_HOST_NOT_FOUND,
                    INTERFACE_NOT_FOUND, UcloudRetCode.SECONDARY_IP_HOST_NOT_FOUND, ADDRESS_NOT_ASSIGNED,
                    UcloudRetCode.SECONDARY_IP_GONE)),
            // UCloud's SDK regression scenario for custom routes: 8039 deleting a table that is not there
            Map.entry("DeleteRouteTable", Map.of(ROUTE_TABLE_NOT_FOUND, UcloudRetCode.ROUTE_TABLE_GONE)),
            // a rule's next hop outside the table's VPC is no next hop of it; its DstAddr is the block in question
            Map.entry("ModifyRouteRule", Map.of(ROUTE_VPC_MISMATCH, UcloudRetCode.NEXT_HOP_NOT_FOUND, INVALID_CIDR,
                    UcloudRetCode.ROUTE_RULE_DESTINATION)),
            // the CNI plugin's readings of an interface attached or detached already
            Map.entry("AttachNetworkInterface", Map.of(INTERFACE_STATE, UcloudRetCode.UNI_ATTACHED)),
            Map.entry("DetachNetworkInterface", Map.of(INTERFACE_STATE, UcloudRetCode.UNI_NOT_ATTACHED)),
            // its describeVPCIntercomById reads only 58103 as "not found"
            Map.entry("DescribeVPCIntercom", Map.of(VPC_NOT_FOUND, UcloudRetCode.INTERCOM_NOT_FOUND)));

    static {
        row(INSTANCE_NOT_FOUND, UcloudRetCode.RESOURCE_NOT_FOUND);
        row(INSTANCE_DELETED, UcloudRetCode.UHOST_NOT_EXIST);
        // custom images (CreateCustomImage, TerminateCustomImage): UHost's code for one that is not there; a name
        // taken has none (230)
        row(IMAGE_NOT_FOUND, UcloudRetCode.CUSTOM_IMAGE_NOT_FOUND);
        row(IMAGE_NAME_EXISTS, UcloudRetCode.CUSTOM_IMAGE_NAME_TAKEN);
        row(SECURITY_GROUP_NOT_FOUND, UcloudRetCode.SEC_GROUP_NOT_FOUND);
        row(INCORRECT_INSTANCE_STATUS, UcloudRetCode.WRONG_POWER_STATE);
        row(INSTANCE_LOCKED, UcloudRetCode.WRONG_POWER_STATE);
        row(NOT_IN_GROUP, UcloudRetCode.SEC_GROUP_NOT_FOUND);
        row(LAST_GROUP, UcloudRetCode.LAST_SEC_GROUP);
        row(ALREADY_IN_GROUP, UcloudRetCode.PARAMS_NOT_VALID);
        row(GROUP_LIMIT_EXCEEDED, UcloudRetCode.SEC_GROUP_LIMIT);
        row(GROUP_IN_USE, UcloudRetCode.SEC_GROUP_IN_USE);
        row(NETWORK_MISMATCH, UcloudRetCode.NETWORK_MISMATCH);
        row(GROUP_VPC_MISMATCH, UcloudRetCode.NETWORK_MISMATCH);
        row(RULE_NOT_FOUND, UcloudRetCode.RULE_NOT_FOUND);
        row(BUSY, UcloudRetCode.TIMEOUT);
        row(VPC_NOT_FOUND, UcloudRetCode.VPC_NOT_FOUND);
        row(ZONE_NOT_FOUND, UcloudRetCode.ZONE_NOT_AVAILABLE);
        row(SUBNET_NOT_FOUND, UcloudRetCode.SUBNET_NOT_FOUND);
        row(VPC_IN_USE, UcloudRetCode.VPC_IN_USE);
        row(CIDR_BLOCK_IN_USE, UcloudRetCode.NETWORK_IN_USE);
        row(SUBNET_IN_USE, UcloudRetCode.SUBNET_IN_USE);
        row(INVALID_CIDR, UcloudRetCode.INVALID_NETWORK);
        row(CIDR_CONFLICT, UcloudRetCode.NETWORK_OVERLAPS);
        row(INVALID_ADDRESS, UcloudRetCode.INVALID_PRIVATE_IP);
        row(ADDRESS_IN_USE, UcloudRetCode.PRIVATE_IP_IN_USE);
        row(SUBNET_FULL, UcloudRetCode.SUBNET_ADDRESSES_EXHAUSTED);
        row(FIREWALL_NOT_FOUND, UcloudRetCode.FIREWALL_NOT_FOUND);
        row(FIREWALL_IN_USE, UcloudRetCode.FIREWALL_IN_USE);
        row(FIREWALL_NAME_EXISTS, UcloudRetCode.FIREWALL_NAME_EXISTS);
        row(FIREWALL_NOT_DELETABLE, UcloudRetCode.RECOMMENDED_FIREWALL);
        row(INVALID_FIREWALL_RULE, UcloudRetCode.INVALID_FIREWALL_RULE);
        row(INVALID_FIREWALL_PRIORITY, UcloudRetCode.FIREWALL_PRIORITY);
        row(GROUP_QUOTA_EXCEEDED, UcloudRetCode.SEC_GROUP_QUOTA);
        row(INSTANCE_QUOTA_EXCEEDED, UcloudRetCode.UHOST_QUOTA);
        row(KEY_PAIR_NOT_FOUND, UcloudRetCode.KEY_PAIR_NOT_FOUND);
        row(KEY_PAIR_EXISTS, UcloudRetCode.KEY_PAIR_EXISTS);
        row(INVALID_PUBLIC_KEY, UcloudRetCode.INVALID_PUBLIC_KEY);
        row(LOAD_BALANCER_NOT_FOUND, UcloudRetCode.LB_NOT_FOUND);
        row(LISTENER_NOT_FOUND, UcloudRetCode.VSERVER_NOT_FOUND);
        row(BACKEND_NOT_FOUND, UcloudRetCode.BACKEND_NOT_FOUND);
        row(BACKEND_EXISTS, UcloudRetCode.BACKEND_EXISTS);
        row(LISTENER_PORT_IN_USE, UcloudRetCode.PORT_IN_USE);
        row(LISTEN_TYPE_MISMATCH, UcloudRetCode.LISTEN_TYPE_MISMATCH);
        row(PEERING_NOT_FOUND, UcloudRetCode.INTERCOM_NOT_FOUND);
        row(PEERING_EXISTS, UcloudRetCode.PEERING_EXISTS);
        row(INVALID_PEERING, UcloudRetCode.INVALID_PEERING);
        row(FORWARDING_RULE_NOT_FOUND, UcloudRetCode.POLICY_NOT_FOUND);
        row(FORWARDING_RULE_PROTOCOL, UcloudRetCode.POLICY_PROTOCOL);
        row(BACKEND_IN_RULE, UcloudRetCode.BACKEND_IN_POLICY);
        row(VIP_NOT_FOUND, UcloudRetCode.VIP_NOT_FOUND);
        row(CERTIFICATE_NOT_FOUND, UcloudRetCode.CERTIFICATE_NOT_FOUND);
        row(CERTIFICATE_IN_USE, UcloudRetCode.CERTIFICATE_IN_USE);
        row(INVALID_CERTIFICATE, UcloudRetCode.INVALID_CERTIFICATE);
        row(CERTIFICATE_NOT_BINDABLE, UcloudRetCode.CERTIFICATE_NOT_BINDABLE);
        row(ISOLATION_GROUP_NOT_FOUND, UcloudRetCode.ISOLATION_GROUP_NOT_FOUND);
        row(ISOLATION_GROUP_IN_USE, UcloudRetCode.ISOLATION_GROUP_IN_USE);
        row(ISOLATION_GROUP_FULL, UcloudRetCode.ISOLATION_GROUP_FULL);
        row(NOT_IN_ISOLATION_GROUP, UcloudRetCode.NOT_IN_ISOLATION_GROUP);
        // EIPs: UNet's codes, wherever an action names one
        row(EIP_NOT_FOUND, UcloudRetCode.EIP_NOT_FOUND);
        row(EIP_IN_USE, UcloudRetCode.EIP_USED);
        row(EIP_BOUND, UcloudRetCode.EIP_USED);
        row(TARGET_HAS_EIP, UcloudRetCode.EIP_HOLDER);
        row(EIP_NOT_BOUND_TO, UcloudRetCode.EIP_NOT_BOUND);
        row(EIP_TARGET_NOT_FOUND, UcloudRetCode.EIP_TARGET);
        row(NO_FREE_ADDRESS, UcloudRetCode.EIP_POOL);
        // share bandwidth: UNet's codes; joining one while in another has none (230). ReleaseShareBandwidth always
        // takes its EIPs out, and EIPs have no caps of their own inside one: SHARED_BANDWIDTH_IN_USE and
        // EIP_BANDWIDTH_ABOVE_SHARED are not raised here
        row(SHARED_BANDWIDTH_NOT_FOUND, UcloudRetCode.SHARE_BANDWIDTH_NOT_FOUND);
        row(EIP_IN_SHARED_BANDWIDTH, UcloudRetCode.EIP_IN_OTHER_SHARE_BANDWIDTH);
        row(EIP_NOT_IN_SHARED_BANDWIDTH, UcloudRetCode.EIP_NOT_SHARING);
        // bandwidth packages: UNet's codes (releasing an EIP with one: 4223; joining a share bandwidth: BY_ACTION)
        row(BANDWIDTH_PACKAGE_NOT_FOUND, UcloudRetCode.BANDWIDTH_PACKAGE_NOT_FOUND);
        row(EIP_HAS_BANDWIDTH_PACKAGE, UcloudRetCode.EIP_HAS_PACKAGE);
        // NAT gateways: terraform-provider-ucloud's describeNatGatewayById reads only 54002 as "not found"; UNet's code
        // where an EIP's unbinding is refused, else 230 (vpc.json documents none)
        row(NAT_GATEWAY_NOT_FOUND, UcloudRetCode.NATGW_NOT_FOUND);
        row(NAT_GATEWAY_IN_USE, UcloudRetCode.NATGW_IN_USE);
        row(NAT_SUBNET_TAKEN, UcloudRetCode.NATGW_SUBNET_TAKEN);
        row(NAT_LAST_EIP, UcloudRetCode.NATGW_LAST_EIP);
        // the gateway of a policy or SNAT rule is the gateway (54002); a policy's refusals (SNAT rules': BY_ACTION)
        row(NAT_TABLE_NOT_FOUND, UcloudRetCode.NATGW_NOT_FOUND);
        row(NAT_ENTRY_NOT_FOUND, UcloudRetCode.NATGW_POLICY_NOT_FOUND);
        row(NAT_ENTRY_EXISTS, UcloudRetCode.NATGW_PORT_TAKEN);
        row(NAT_IP_NOT_BOUND, UcloudRetCode.NATGW_EIP_NOT_BOUND);
        row(NAT_INTERNAL_IP_OUTSIDE, UcloudRetCode.NATGW_DST_NOT_HOST);
        row(INVALID_NAT_ENTRY, UcloudRetCode.PARAMS_NOT_VALID);
        row(NAT_IP_IN_USE, UcloudRetCode.NATGW_EIP_IN_USE);
        // secondary addresses of a host's card
        row(ADDRESS_LIMIT_EXCEEDED, UcloudRetCode.SECONDARY_IP_QUOTA);
        row(ADDRESS_NOT_ASSIGNED, UcloudRetCode.SECONDARY_IP_NOT_FOUND);
        // network interfaces (UNI): attaching or detaching, BY_ACTION
        row(INTERFACE_NOT_FOUND, UcloudRetCode.UNI_NOT_FOUND);
        row(INTERFACE_STATE, UcloudRetCode.UNI_IN_USE);
        row(INTERFACE_VPC_MISMATCH, UcloudRetCode.UNI_OTHER_VPC);
        row(INTERFACE_LIMIT_EXCEEDED, UcloudRetCode.UNI_QUOTA);
        row(INTERFACE_FEATURE_OFF, UcloudRetCode.UNI_FEATURE_OFF);
        row(DEFAULT_INTERFACE, UcloudRetCode.DEFAULT_UNI);
        // route tables (vpc.json documents no codes; DeleteRouteTable's: BY_ACTION)
        row(ROUTE_TABLE_NOT_FOUND, UcloudRetCode.ROUTE_TABLE_NOT_FOUND);
        row(SYSTEM_ROUTE_TABLE, UcloudRetCode.DEFAULT_ROUTE_TABLE);
        row(ROUTE_TABLE_ASSOCIATED, UcloudRetCode.ROUTE_TABLE_BOUND);
        row(ROUTE_VPC_MISMATCH, UcloudRetCode.ROUTE_OTHER_VPC);
        row(ROUTE_ENTRY_NOT_FOUND, UcloudRetCode.ROUTE_RULE_NOT_FOUND);
        row(ROUTE_ENTRY_CONFLICT, UcloudRetCode.ROUTE_RULE_EXISTS);
        row(ROUTE_ENTRY_QUOTA, UcloudRetCode.ROUTE_RULE_QUOTA);
        row(NEXT_HOP_NOT_FOUND, UcloudRetCode.NEXT_HOP_NOT_FOUND);
        row(NEXT_HOP_IN_USE, UcloudRetCode.NEXT_HOP_IN_USE);
        // network ACLs (vpc.json documents no codes)
        row(NETWORK_ACL_NOT_FOUND, UcloudRetCode.ACL_NOT_FOUND);
        row(NETWORK_ACL_LIMIT, UcloudRetCode.ACL_QUOTA);
        row(NETWORK_ACL_ENTRY_LIMIT, UcloudRetCode.ACL_ENTRY_QUOTA);
        row(NETWORK_ACL_ENTRY_NOT_FOUND, UcloudRetCode.ACL_ENTRY_NOT_FOUND);
        row(NETWORK_ACL_ENTRY_EXISTS, UcloudRetCode.ACL_PRIORITY_TAKEN);
        row(NETWORK_ACL_NOT_BOUND, UcloudRetCode.ACL_NOT_BOUND);
        row(NETWORK_ACL_IN_USE, UcloudRetCode.ACL_IN_USE);
    }

    private UcloudErrors() {}

    private static void row(DomainError e, UcloudRetCode code) {
        EVERY_PRODUCT.put(e, code);
    }

    /** The RetCode of a refusal in an action of a product: the action's own, else the product's, else everyone's. */
    public static UcloudRetCode of(DomainError e, String product, String action) {
        UcloudRetCode c = BY_ACTION.getOrDefault(action, Map.of()).get(e);
        if (c == null) c = BY_PRODUCT.getOrDefault(product, Map.of()).get(e);
        if (c == null) c = EVERY_PRODUCT.get(e);
        return c == null ? UcloudRetCode.INTERNAL_ERROR : c;
    }

    /** Every RetCode the table can answer, for the check against the documented codes. */
    public static Map<String, UcloudRetCode> rows() {
        Map<String, UcloudRetCode> out = new TreeMap<>();
        EVERY_PRODUCT.forEach((e, c) -> out.put("*." + e, c));
        BY_PRODUCT.forEach((p, m) -> m.forEach((e, c) -> out.put(p + "." + e, c)));
        BY_ACTION.forEach((a, m) -> m.forEach((e, c) -> out.put(a + "." + e, c)));
        return out;
    }
}
