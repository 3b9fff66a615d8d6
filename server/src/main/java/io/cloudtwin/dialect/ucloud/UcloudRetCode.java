package io.cloudtwin.dialect.ucloud;

import java.util.Optional;

/**
 * Every non-zero RetCode the UCloud dialect answers with, and its Message. %s takes a name or an id.
 * source "spec" rows are UCloud's documented codes; "cloudtwin" rows are the emulator's choice where UCloud
 * publishes none (see docs/ucloud.md).
 */
public enum UcloudRetCode {
    MISSING_ACTION(160, "Missing Action", "spec"),
    ACTION_NOT_FOUND(161, "Action [%s] not found", "spec"),
    NOT_SERVED(161, "Action [%s] is documented by UCloud but not served by cloudtwin (see the coverage table of docs/ucloud.md)", "cloudtwin"),
    MISSING_SIGNATURE(170, "Missing signature", "spec"),
    SIGNATURE_ERROR(171, "Signature VerifyAC Error", "spec"),
    USER_NOT_EXISTS(172, "User Not Exists", "spec"),
    MISSING_PARAMS(220, "Missing params [%s]", "spec"),
    PARAMS_NOT_VALID(230, "Params [%s] not valid", "spec"),
    REGION_NOT_AVAILABLE(230, "Params [%s] not available", "spec"),
    ZONE_NOT_AVAILABLE(230, "Params [%s] not available", "spec"),
    PROJECT_NOT_FOUND(292, "Project [%s] not found", "spec"),
    RATE_LIMITED(153, "Request rate limited, please retry later", "spec"),
    TIMEOUT(110, "Request timeout, please retry", "spec"),

    // UHost
    WRONG_CPU(8105, "UHost [%s]: the CPU count is not valid for this machine", "spec"),
    WRONG_MEMORY(8106, "UHost [%s]: the memory size is not valid for this machine", "spec"),
    SHUT_DOWN_FIRST(8010, "UHost [%s] is not stopped, shut it down first", "spec"),
    UHOST_NOT_EXIST(8039, "UHost [%s] not exist or has been deleted", "spec"),
    CUSTOM_IMAGE_NOT_FOUND(8956, "Image [%s] does not exist or is not a custom image", "spec"),
    CUSTOM_IMAGE_NAME_TAKEN(230, "Params [ImageName] not valid: the project has an image named [%s] already", "cloudtwin"),
    WRONG_DISK_SIZE(8107, "Operation failed: wrong disk size for [%s]", "spec"),
    HOST_DISK_WRONG(8906, "Disk [%s] is no disk of that UHost", "spec"),
    HOST_UDISK_STATE(8982, "UDisk [%s] is being attached or detached, retry later", "spec"),
    UHOST_QUOTA(8095, "Creation failed: UHost quota exceeded", "spec"),
    WRONG_POWER_STATE(8905, "UHost [%s] is in a state that does not allow this operation", "spec"),

    // UNet: the account's quota of security groups (firewalls)
    SEC_GROUP_QUOTA(4207, "Quota exceeded", "spec"),

    // VPC security groups: UCloud documents no codes for these; they answer 230 with a message naming the cause
    SEC_GROUP_NOT_FOUND(230, "Params [SecGroupId] not valid: security group [%s] not found", "cloudtwin"),
    RESOURCE_NOT_FOUND(230, "Params [ResourceId] not valid: resource [%s] not found", "cloudtwin"),
    LAST_SEC_GROUP(230, "Params [Force] not valid: resource [%s] must keep at least one security group, "
            + "pass Force=true to unbind its last one", "cloudtwin"),
    SEC_GROUP_LIMIT(230, "Params [SecGroupId] not valid: resource [%s] would exceed the security group limit", "cloudtwin"),
    SEC_GROUP_IN_USE(230, "Params [SecGroupId] not valid: security group [%s] is still bound to resources", "cloudtwin"),
    RULE_NOT_FOUND(230, "Params [RuleId] not valid: rule of security group [%s] not found", "cloudtwin"),
    NETWORK_MISMATCH(230, "Params [VPCId] not valid: security group [%s] is in another VPC", "cloudtwin"),
    SUBNET_ADDRESSES_EXHAUSTED(8847, "Subnet [%s] has no free IP address left", "spec"),
    VPC_NOT_FOUND(230, "Params [VPCId] not valid: VPC [%s] not found", "cloudtwin"),
    SUBNET_NOT_FOUND(230, "Params [SubnetId] not valid: subnet [%s] not found", "cloudtwin"),
    // network ACLs: vpc.json documents no codes; 230 naming the parameter and the cause
    ACL_NOT_FOUND(230, "Params [AclId] not valid: network ACL [%s] not found", "cloudtwin"),
    ACL_QUOTA(230, "Params [VpcId] not valid: the VPC has as many network ACLs as it may", "cloudtwin"),
    ACL_ENTRY_QUOTA(230, "Params [Direction] not valid: the network ACL has as many %s rules as it may", "cloudtwin"),
    ACL_ENTRY_NOT_FOUND(230, "Params [EntryId] not valid: rule [%s] of the network ACL not found", "cloudtwin"),
    ACL_PRIORITY_TAKEN(230, "Params [Priority] not valid: another rule of that direction has priority [%s]",
            "cloudtwin"),
    ACL_NOT_BOUND(230, "Params [SubnetworkId] not valid: subnet [%s] is not bound to the network ACL", "cloudtwin"),
    ACL_IN_USE(230, "Params [AclId] not valid: network ACL [%s] is still bound to subnets", "cloudtwin"),
    ACL_SUBNET_NOT_FOUND(230, "Params [SubnetworkId] not valid: subnet [%s] not found", "cloudtwin"),
    ACL_SUBNET_OTHER_VPC(230, "Params [SubnetworkId] not valid: subnet [%s] is in another VPC than the network ACL",
            "cloudtwin"),
    VPC_IN_USE(230, "Params [VPCId] not valid: VPC [%s] still has subnets or resources", "cloudtwin"),
    SUBNET_IN_USE(230, "Params [SubnetId] not valid: subnet [%s] still has resources", "cloudtwin"),
    INVALID_NETWORK(230, "Params [Network] not valid: [%s] is not a usable CIDR block here", "cloudtwin"),
    NETWORK_IN_USE(230, "Params [Network] not valid: a subnet lies in [%s], which the VPC would no longer hold",
            "cloudtwin"),
    NETWORK_OVERLAPS(230, "Params [Network] not valid: [%s] overlaps another subnet", "cloudtwin"),
    INVALID_PRIVATE_IP(230, "Params [PrivateIp] not valid: [%s] is not usable in the subnet", "cloudtwin"),
    PRIVATE_IP_IN_USE(230, "Params [PrivateIp] not valid: [%s] is already in use", "cloudtwin"),
    // UNet firewalls (unet.json retCodes); 54002 is what DescribeFirewall answers for an unknown FWId, per
    // terraform-provider-ucloud's describeFirewallById, which treats only that code as "not found"
    FIREWALL_NOT_FOUND(4600, "Firewall [%s] does not exist", "spec"),
    FIREWALL_NOT_FOUND_DESCRIBE(54002, "Firewall [%s] does not exist", "terraform-provider-ucloud"),
    FIREWALL_IN_USE(4361, "Delete failed, firewall [%s] is in use", "spec"),
    FIREWALL_NAME_EXISTS(4364, "Firewall name [%s] already exists, use another name", "spec"),
    RECOMMENDED_FIREWALL(4358, "Delete failed, recommended firewall [%s] cannot be deleted", "spec"),
    FIREWALL_PRIORITY(4359, "Invalid priority in rule [%s], see the API documentation", "spec"),
    INVALID_FIREWALL_RULE(230, "Params [Rule] not valid: [%s]", "cloudtwin"),
    // UHost key pairs: UCloud documents no codes for these; 230 naming the cause
    KEY_PAIR_NOT_FOUND(230, "Params [KeyPairId] not valid: key pair [%s] not found", "cloudtwin"),
    KEY_PAIR_EXISTS(230, "Params [KeyPairName] not valid: a key pair named [%s] already exists", "cloudtwin"),
    INVALID_PUBLIC_KEY(230, "Params [PublicKeyBody] not valid: not an OpenSSH or PEM public key", "cloudtwin"),
    // ULB (ulb.json retCodes); terraform-provider-ucloud reads 4103 from DescribeULB / DescribeVServer as "not found"
    LB_NOT_FOUND(4103, "Failed to get info: ULB [%s] does not exist", "spec"),
    VSERVER_NOT_FOUND(4088, "VServer [%s] does not exist, check the input", "spec"),
    BACKEND_NOT_FOUND(4093, "Backend [%s] does not exist, check the input", "spec"),
    BACKEND_EXISTS(4109, "Adding failed: resource [%s] is in the VServer's pool on that port already", "spec"),
    PORT_IN_USE(4107, "Port [%s] is taken, release it and retry", "spec"),
    ULB_NAME_TOO_LONG(4114, "Name [%s] is longer than the 50 characters allowed", "spec"),
    BACKEND_NOT_USABLE(4120, "Adding the backend failed: resource [%s] is not a host of the ULB's VPC", "spec"),
    BACKEND_PORT_MISMATCH(4118, "TCP/UDP packets transmit: the backend port must be the VServer's port [%s]", "spec"),
    TRANSMIT_NO_HTTP(4144, "PacketsTransmit does not support protocol [%s]", "spec"),
    TRANSMIT_TIMEOUT_RANGE(4121, "ClientTimeout [%s] must be between 60 and 900 seconds", "spec"),
    PROXY_TIMEOUT_RANGE(4122, "ClientTimeout [%s] must be between 1 and 86400 seconds", "spec"),
    LISTEN_TYPE_MISMATCH(230, "Params [ListenType] not valid: ULB [%s] listens with another ListenType", "cloudtwin"),
    // VPC intercom: vpc.json documents no RetCodes; terraform-provider-ucloud reads 58103 from DescribeVPCIntercom as
    // "not found"
    INTERCOM_NOT_FOUND(58103, "VPC intercom of [%s] does not exist", "terraform-provider-ucloud"),
    // ULB certificates (ulb.json retCodes 4108, 4111)
    CERTIFICATE_NOT_FOUND(230, "Params [SSLId] not valid: certificate [%s] not found", "cloudtwin"),
    CERTIFICATE_IN_USE(4108, "SSL certificate [%s] is in use, release it and retry", "spec"),
    INVALID_CERTIFICATE(4111, "SSL certificate content is not valid: [%s]", "spec"),
    CERTIFICATE_NOT_BINDABLE(230, "Params [VServerId] not valid: VServer [%s] is not HTTPS or serves another certificate",
            "cloudtwin"),
    // ULB content forwarding policies (ulb.json retCodes 4110, 4116)
    POLICY_NOT_FOUND(230, "Params [PolicyId] not valid: policy [%s] not found", "cloudtwin"),
    POLICY_PROTOCOL(4116, "VServer [%s] is TCP or UDP, which has no forwarding policies", "spec"),
    POLICY_MATCH_EMPTY(63030, "The content of a forwarding policy cannot be empty [%s]", "spec"),
    BACKEND_IN_POLICY(4110, "Backend [%s] is in a content forwarding policy of its VServer: take it out first", "spec"),
    VIP_NOT_FOUND(230, "Params [VIPId] not valid: VIP [%s] not found", "cloudtwin"),
    // isolation groups: uhost.json documents none of their codes; terraform-provider-ucloud reads 8037 from
    // DescribeIsolationGroup as "not found"
    ISOLATION_GROUP_NOT_FOUND(8037, "Isolation group [%s] does not exist", "terraform-provider-ucloud"),
    ISOLATION_GROUP_IN_USE(230, "Params [GroupId] not valid: isolation group [%s] still has hosts", "cloudtwin"),
    ISOLATION_GROUP_FULL(230, "Params [IsolationGroup] not valid: isolation group [%s] has 7 hosts in the zone already",
            "cloudtwin"),
    NOT_IN_ISOLATION_GROUP(230, "Params [UHostId] not valid: host [%s] is not in the isolation group", "cloudtwin"),
    PEERING_EXISTS(230, "Params [DstVPCId] not valid: VPC [%s] is connected already", "cloudtwin"),
    INVALID_PEERING(230, "Params [DstVPCId] not valid: a VPC cannot be connected with itself [%s]", "cloudtwin"),
    // secondary IPs of a card (a host's, a network interface's): vpc.json documents no RetCodes
    SECONDARY_IP_HOST_NOT_FOUND(230, "Params [ObjectId] not valid: no host or network interface [%s]", "cloudtwin"),
    SECONDARY_IP_QUOTA(230, "Params [Ip] not valid: the card of [%s] holds as many addresses as its host's vCPUs allow",
            "cloudtwin"),
    SECONDARY_IP_NOT_FOUND(230, "Params [Ip] not valid: [%s] is no secondary address of that card", "cloudtwin"),
    // UCloud's Kubernetes CNI plugin reads 58221 from DeleteSecondaryIp as "deleted already"
    SECONDARY_IP_GONE(58221, "Secondary IP [%s] does not exist", "uk8s-cni-vpc"),
    // route tables: vpc.json documents no RetCodes; UCloud's own SDK regression scenario for custom routes
    // (ucloud-sdk-go tests/scenario_4023) expects 58119 from DeleteRouteTable of a table subnets are bound to and 8039
    // from DeleteRouteTable of one that is gone; the other refusals answer 230 naming the cause
    // network interfaces (UNI): vpc.json documents no RetCodes; terraform-provider-ucloud's describeNetworkInterfaceById
    // reads 54002 as "not found"; UCloud's Kubernetes CNI plugin (uk8s-cni-vpc) reads 58205 from
    // AttachNetworkInterface as "attached already" and 58206 from DetachNetworkInterface as "detached already"
    UNI_NOT_FOUND(54002, "Network interface [%s] does not exist", "terraform-provider-ucloud"),
    UNI_ATTACHED(58205, "Network interface [%s] is attached already", "uk8s-cni-vpc"),
    UNI_NOT_ATTACHED(58206, "Network interface [%s] is not attached to that host", "uk8s-cni-vpc"),
    UNI_IN_USE(230, "Params [InterfaceId] not valid: network interface [%s] is attached to a host: detach it first",
            "cloudtwin"),
    UNI_OTHER_VPC(230, "Params [InstanceId] not valid: network interface [%s] is in another VPC than the host",
            "cloudtwin"),
    UNI_QUOTA(230, "Params [InstanceId] not valid: host [%s] has as many network interfaces as its vCPUs allow",
            "cloudtwin"),
    UNI_FEATURE_OFF(230, "Params [InstanceId] not valid: host [%s] was made without network interfaces (Features.UNI)",
            "cloudtwin"),
    DEFAULT_UNI(230, "Params [InterfaceId] not valid: [%s] is a host's default network interface, which goes with "
            + "the host", "cloudtwin"),
    ROUTE_TABLE_BOUND(58119, "Route table [%s] is bound to subnets: bind them to another table first", "ucloud-sdk-go"),
    ROUTE_TABLE_GONE(8039, "Route table [%s] does not exist", "ucloud-sdk-go"),
    ROUTE_TABLE_NOT_FOUND(230, "Params [RouteTableId] not valid: route table [%s] not found", "cloudtwin"),
    DEFAULT_ROUTE_TABLE(230, "Params [RouteTableId] not valid: [%s] is the VPC's default route table, which cannot be "
            + "edited, given rules or deleted", "cloudtwin"),
    ROUTE_OTHER_VPC(230, "Params [SubnetId] not valid: [%s] is not in the route table's VPC", "cloudtwin"),
    ROUTE_RULE_NOT_FOUND(230, "Params [RouteRule] not valid: the route table has no rule [%s]", "cloudtwin"),
    ROUTE_RULE_DESTINATION(230, "Params [RouteRule] not valid: [%s] is not a CIDR block", "cloudtwin"),
    ROUTE_RULE_EXISTS(230, "Params [RouteRule] not valid: the route table has a rule for [%s] already", "cloudtwin"),
    ROUTE_RULE_QUOTA(230, "Params [RouteRule] not valid: route table [%s] would hold more than 50 custom rules",
            "cloudtwin"),
    NEXT_HOP_NOT_FOUND(230, "Params [RouteRule] not valid: next hop [%s] not found in the route table's VPC",
            "cloudtwin"),
    NEXT_HOP_IN_USE(230, "Resource [%s] is the next hop of a route rule: delete the rule first", "cloudtwin"),
    // NAT gateways: vpc.json documents no RetCodes; terraform-provider-ucloud reads 54002 from DescribeNATGW as "not
    // found" (and ignores it from DeleteWhiteListResource); the other refusals answer 230 naming the cause
    NATGW_NOT_FOUND(54002, "NATGW [%s] does not exist", "terraform-provider-ucloud"),
    NATGW_IN_USE(230, "Params [NATGWId] not valid: NATGW still has [%s]", "cloudtwin"),
    NATGW_SUBNET_TAKEN(230, "Params [SubnetworkIds] not valid: subnet [%s] is in another NATGW already", "cloudtwin"),
    NATGW_LAST_EIP(4235, "Unbinding failed: NATGW [%s] needs one EIP at least", "spec"),
    // NAT gateway policies (port forwarding) and SNAT rules: vpc.json documents no RetCodes; 230 naming the cause
    NATGW_POLICY_NOT_FOUND(230, "Params [PolicyId] not valid: policy [%s] not found", "cloudtwin"),
    NATGW_PORT_TAKEN(230, "Params [SrcPort] not valid: [%s] is forwarded by another policy of the NATGW", "cloudtwin"),
    NATGW_EIP_NOT_BOUND(230, "Params [SrcEIPId] not valid: EIP [%s] is not bound to the NATGW", "cloudtwin"),
    NATGW_DST_NOT_HOST(230, "Params [DstIP] not valid: [%s] is no host of the NATGW's subnets", "cloudtwin"),
    NATGW_SNAT_NOT_FOUND(230, "Params [SourceIp] not valid: the NATGW has no SNAT rule for [%s]", "cloudtwin"),
    NATGW_SNAT_EXISTS(230, "Params [SourceIp] not valid: [%s] has an SNAT rule of the NATGW already", "cloudtwin"),
    NATGW_SNAT_IP_NOT_BOUND(230, "Params [SnatIp] not valid: [%s] is not the address of an EIP of the NATGW", "cloudtwin"),
    NATGW_SOURCE_NOT_HOST(230, "Params [SourceIp] not valid: [%s] is no host of the NATGW's subnets", "cloudtwin"),
    // SnatDnat rules (an EIP mapped one-to-one to a host's private address): vpc.json documents no RetCodes; 230
    NATGW_SNAT_DNAT_NOT_FOUND(230, "Params [PrivateIp] not valid: the NATGW has no SnatDnat rule of [%s] with that EIP", "cloudtwin"),
    NATGW_SNAT_DNAT_MAPPED(230, "Params [PrivateIp] not valid: [%s] is mapped by a SnatDnat rule of the NATGW already", "cloudtwin"),
    NATGW_SNAT_DNAT_EIP_MAPPED(230, "Params [EIP] not valid: [%s] is mapped by a SnatDnat rule of the NATGW already", "cloudtwin"),
    NATGW_SNAT_DNAT_EIP_NOT_BOUND(230, "Params [EIP] not valid: [%s] is not the address of an EIP of the NATGW", "cloudtwin"),
    NATGW_SNAT_DNAT_NOT_HOST(230, "Params [PrivateIp] not valid: [%s] is no host of the NATGW's subnets", "cloudtwin"),
    // UNet's "unbinding failed" where a policy, SNAT rule or SnatDnat rule of the NATGW still translates to the EIP
    NATGW_EIP_IN_USE(4203, "Unbinding failed: a [%s] of the NATGW translates to that EIP, delete it first", "spec"),
    // UDisk (udisk.json retCodes)
    UDISK_NOT_FOUND(17041, "UDisk [%s] does not exist", "spec"),
    UDISK_ATTACHED(17057, "UDisk [%s] is attached already", "spec"),
    UDISK_CHANGING(17061, "UDisk [%s] is being attached or detached, wait for it to finish", "spec"),
    UDISK_IN_USE(17026, "UDisk [%s] is attached: detach it, or retry later", "spec"),
    UDISK_ATTACH_FAILED(17055, "Attaching failed: [%s] is in another zone, not Running or Stopped, or full", "spec"),
    UDISK_DETACH_FAILED(17060, "Detaching failed: UDisk [%s] is not attached to that host", "spec"),
    UDISK_RESIZE_FAILED(17025, "Resizing failed: UDisk [%s] only grows", "spec"),
    UDISK_SIZE(230, "Params [Size] not valid: [%s]", "cloudtwin"),
    SNAPSHOT_NOT_FOUND(17045, "Failed to get snapshot info: snapshot [%s] does not exist", "spec"),
    SNAPSHOT_DISK_QUOTA(17011, "UDisk [%s] has as many manual snapshots as its quota allows: delete an old one first", "spec"),
    SNAPSHOT_DISK_BUSY(17101, "UDisk [%s] is being attached or detached, wait for it to finish", "spec"),
    SNAPSHOT_CLONE_FAILED(17020, "Cloning the snapshot failed: [%s] is larger than the size asked for", "spec"),
    UDISK_CLONE_FAILED(17015, "Cloning failed: a clone of UDisk [%s] is of its zone and at least its size", "spec"),
    UDISK_RESTORE_ATTACHED(17096, "UDisk [%s] is still attached and cannot be restored: detach it and retry", "spec"),
    UDISK_RESTORE_FAILED(17080, "Restoring UDisk [%s] failed: restore it from one of its own snapshots", "spec"),
    // UNet EIPs (unet.json retCodes)
    EIP_NOT_FOUND(4210, "Failed to get info: EIP [%s] does not exist", "spec"),
    EIP_USED(4212, "Operation failed: EIP [%s] is in use", "spec"),
    EIP_HOLDER(4154, "Operation failed: resource [%s] has an EIP bound already, unbind it first", "spec"),
    EIP_NOT_BOUND(4203, "Unbinding failed: EIP [%s] is not bound to that resource", "spec"),
    EIP_TARGET(4218, "Binding failed: EIP [%s] cannot be bound to that resource", "spec"),
    EIP_COUNT(4232, "Count [%s] is out of the allowed range (1-10)", "spec"),
    EIP_POOL(4200, "Allocating failed: no public address left in [%s]", "spec"),
    EIP_SHARES_BANDWIDTH(4216, "Modifying failed: EIP [%s] shares a bandwidth, resize the share bandwidth instead", "spec"),
    EIP_NOT_SHARING(4517, "Removing from the share bandwidth failed: EIP [%s] is not in it", "spec"),
    EIP_SHARE_BANDWIDTH_ZERO(4002, "The Bandwidth of an EIP in share bandwidth mode must be 0 [%s]", "spec"),
    SHARE_BANDWIDTH_NOT_FOUND(4210, "Failed to get info: share bandwidth [%s] does not exist", "spec"),
    SHARE_BANDWIDTH_MIN(4513, "Operation failed: a share bandwidth is 20 Mbps at least [%s]", "spec"),
    SHARE_BANDWIDTH_MAX(4514, "Operation failed: a share bandwidth is 5000 Mbps at most here [%s]", "spec"),
    EIP_HAS_PACKAGE(4223, "Release failed: EIP [%s] has a bandwidth package, delete the package and retry", "spec"),
    EIP_PACKAGE_NOT_SHARABLE(4516, "EIP [%s] has a bandwidth package and cannot join a share bandwidth", "spec"),
    BANDWIDTH_PACKAGE_NOT_FOUND(4451, "Failed to get info: bandwidth package [%s] does not exist", "spec"),
    EIP_IN_OTHER_SHARE_BANDWIDTH(230, "Params [EIPIds] not valid: EIP [%s] shares another bandwidth already", "cloudtwin"),
    INTERNAL_ERROR(5000, "Internal error", "cloudtwin");

    private final int retCode;
    private final String message;
    private final String source;

    UcloudRetCode(int retCode, String message, String source) {
        this.retCode = retCode;
        this.message = message;
        this.source = source;
    }

    public int retCode() { return retCode; }
    public String source() { return source; }

    public String message(String argument) {
        return message.contains("%s") ? String.format(message, argument == null ? "" : argument) : message;
    }

    /** The first row with that number, for fault rules that name a RetCode. */
    public static Optional<UcloudRetCode> byNumber(int n) {
        for (UcloudRetCode c : values()) if (c.retCode == n) return Optional.of(c);
        return Optional.empty();
    }
}
