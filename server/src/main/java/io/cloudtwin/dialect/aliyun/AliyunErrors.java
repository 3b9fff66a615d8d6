package io.cloudtwin.dialect.aliyun;

import static io.cloudtwin.core.DomainError.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.network.CidrReservationService;
import io.cloudtwin.core.network.Ipv6GatewayService;
import io.cloudtwin.dialect.aliyun.spec.CommonErrors;
import io.cloudtwin.dialect.aliyun.spec.SpecErrors;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ErrorSpec;

/**
 * The Aliyun codes of the core's errors: for each, the codes the API answers it with, in order of preference. An
 * action answers the first of them its metadata documents, with the metadata's HTTP status and message (so
 * DeleteSecurityGroup answers InvalidSecurityGroup.NotFound, the others InvalidSecurityGroupId.NotFound; RunInstances
 * JoinedGroupLimitExceed, JoinSecurityGroup InstanceSecurityGroupLimitExceeded); where it documents a code under two
 * statuses, the one the product's actions use most. An action that documents none of them answers the common
 * InvalidParameter naming the resource (or the common error the first code is, ServiceUnavailable for BUSY): a code
 * its metadata does not list would be one the real API is not known to answer there. A code written code@status is
 * answered only where the action documents it under that status (a code that means two things by its status).
 */
public final class AliyunErrors {
    private static final Map<DomainError, List<String>> CODES = new EnumMap<>(DomainError.class);
    /** Codes for an error with a given subject, where the API names the cause (a VPC in use by a vSwitch). */
    private static final Map<DomainError, Map<String, String>> BY_SUBJECT = new EnumMap<>(DomainError.class);
    /**
     * Errors no Aliyun action can raise (UCloud's firewalls, a certificate bound twice, forwarding policies, a host's
     * network interface feature and default card): they have no Aliyun code.
     */
    static final Set<DomainError> NOT_RAISED = EnumSet.of(FIREWALL_NOT_FOUND, FIREWALL_IN_USE, FIREWALL_NAME_EXISTS,
            FIREWALL_NOT_DELETABLE, INVALID_FIREWALL_RULE, INVALID_FIREWALL_PRIORITY, CERTIFICATE_NOT_BINDABLE,
            FORWARDING_RULE_NOT_FOUND, BACKEND_IN_RULE, INTERFACE_FEATURE_OFF, DEFAULT_INTERFACE);

    static {
        codes(INSTANCE_NOT_FOUND, "InvalidInstanceId.NotFound", "InvalidEcsId.NotFound", "InvalidServerId.NotFound",
                "InvalidParameter.InvalidInstanceId", "InvalidServerId.NotExist", "NoSuchResource", "InvalidInstance.NotFound",
                "Invalid.InstanceId");
        codes(INSTANCE_DELETED, "InvalidInstanceId.NotFound");
        codes(SECURITY_GROUP_NOT_FOUND, "InvalidSecurityGroupId.NotFound", "InvalidSecurityGroup.NotFound");
        codes(INCORRECT_INSTANCE_STATUS, "IncorrectInstanceStatus", "InvalidInstanceStatus.NotStopped");
        codes(INSTANCE_LOCKED, "InstanceLockedForSecurity");
        codes(NOT_IN_GROUP, "InstanceNotInSecurityGroup");
        codes(LAST_GROUP, "InstanceLastSecurityGroup");
        codes(ALREADY_IN_GROUP, "InvalidInstanceId.AlreadyExists");
        codes(GROUP_LIMIT_EXCEEDED, "InstanceSecurityGroupLimitExceeded", "JoinedGroupLimitExceed",
                "SecurityGroupInstanceLimitExceed");
        codes(GROUP_IN_USE, "DependencyViolation");
        codes(NETWORK_MISMATCH, "InvalidInstanceId.Mismatch", "InvalidSecurityGroup.VpcMismatch",
                "InvalidSecurityGroupVpc.NotBelongToOneVpc", "InvalidOperation.VpcMismatch", "InvalidNetworkType.Mismatch",
                "OperationFailed.VSwitchNotInVpc", "NetworkConflict", "InvalidParameter.Mismatch",
                "InvalidResource.VpcError", "OperationFailed.VswNotBelongToVpc");
        codes(RULE_NOT_FOUND, "InvalidSecurityGroupRuleId.NotFound");
        codes(RULE_NOT_MATCHED, "SecurityGroupRule.NotFound");
        codes(VROUTER_NOT_FOUND, "InvalidVRouterId.NotFound", "Forbidden.VRouterNotFound");
        codes(VPC_NOT_FOUND, "InvalidVpcId.NotFound", "InvalidVpcId.NotExist", "InvalidVpc.NotFound",
                "OperationFailed.VpcNotExist", "ResourceNotFound.VpcId");
        codes(SUBNET_NOT_FOUND, "InvalidVSwitchId.NotFound", "InvalidResource.NotFound", "OperationFailed.VswNotExist",
                "ResourceNotFound.VSwitch", "ResourceNotFound.VSwitchId");
        codes(VPC_IN_USE, "DependencyViolation");
        BY_SUBJECT.put(VPC_IN_USE, Map.of("subnet", "DependencyViolation.VSwitch",
                "security_group", "DependencyViolation.SecurityGroup", "instance", "DependencyViolation.Instance",
                "route_table", "DependencyViolation.RouteTable", "route_entry", "DependencyViolation.RouteEntry",
                "network_acl", "DependencyViolation.NetworkAcl", "ipv4_gateway", "DependencyViolation.Ipv4Gateway",
                "ipv6_gateway", "DependencyViolation.Ipv6Gateway", "gateway_endpoint",
                "DependencyViolation.GatewayEndpoint"));
        codes(SUBNET_IN_USE, "DependencyViolation");
        BY_SUBJECT.put(SUBNET_IN_USE, Map.of("network_acl", "DependencyViolation.NetworkAcl",
                CidrReservationService.KIND, "DependencyViolation.VSwitchCidrReservation"));
        codes(INVALID_CIDR, "InvalidCidrBlock.Malformed");
        codes(CIDR_CONFLICT, "InvalidCidrBlock.Overlapped", "InvalidCidrBlock");
        codes(CIDR_BLOCK_NOT_FOUND, "InvalidSecondaryCidrBlock.NotFound");
        codes(CIDR_BLOCK_IN_USE, "OperationFailed.CidrInUse");
        codes(CIDR_BLOCK_QUOTA_EXCEEDED, "QuotaExceeded.VpcMultiCidr");
        codes(INVALID_ADDRESS, "InvalidPrivateIpAddress", "InvalidPrivateIpAddress.Mismatch", "InvalidVSwitchId.IpInvalid",
                "InvalidIPAddress.OutOfRange", "Mismatch.NatIpAndNatIpCidr", "Mismatch.VSwitchAndPrivateIpAddress");
        codes(SUBNET_ZONE_MISMATCH, "InvalidVSwitchId.Mismatch");
        codes(ADDRESS_IN_USE, "InvalidPrivateIpAddress.Duplicated", "InvalidIPAddress.AlreadyUsed",
                "ResourceAlreadyExist.NatIp");
        codes(SUBNET_FULL, "QuotaExceeded.PrivateIpAddress", "ResourceNotEnough.SwitchAvailableIps");
        codes(ADDRESS_NOT_ASSIGNED, "InvalidIp.IpUnassigned", "InvalidIpAddress.NotFound");
        codes(ADDRESS_LIMIT_EXCEEDED, "MaxEniPrivateIpsCountExceeded");
        codes(ZONE_NOT_FOUND, "InvalidZoneId.NotFound");
        codes(GROUP_QUOTA_EXCEEDED, "QuotaExceed.SecurityGroup");
        codes(INSTANCE_QUOTA_EXCEEDED, "QuotaExceed.AfterpayInstance");
        codes(INTERFACE_NOT_FOUND, "InvalidEniId.NotFound", "InvalidServerId.NotFound", "ResourceNotFound.vServers",
                "InvalidServerId.NotExist", "InvalidNetworkInterfaceId.NotFound", "ResourceNotFound.NetworkInterface");
        // RunInstances answers an unusable NetworkInterface.N.NetworkInterfaceId and too many interfaces in its own codes
        codes(INTERFACE_STATE, "InvalidOperation.InvalidEniState", "InvalidOperation.InvalidNetworkInterfaceId");
        codes(INTERFACE_LIMIT_EXCEEDED, "EniPerInstanceLimitExceeded", "InvalidOperation.EniCountExceeded");
        codes(INTERFACE_VPC_MISMATCH, "InvalidEni.NotSameVpc", "InvalidOperation.VpcMismatch",
                "InvalidOperation.InvalidNetworkInterfaceId");
        codes(GROUP_VPC_MISMATCH, "InvalidOperation.VpcMismatch", "InvalidSecurityGroupId.NotVpc");
        codes(ZONE_MISMATCH, "InvalidOperation.AvailabilityZoneMismatch", "ResourcesNotInSameZone",
                "InvalidInstance.ZoneConflict");
        codes(GROUP_REQUIRED, "MissingParameter");
        codes(PEER_GROUP_NOT_FOUND, "InvalidSourceGroupId.NotFound", "InvalidDestGroupId.NotFound");
        codes(PEER_GROUP_MISMATCH, "InvalidSourceGroupId.Mismatch", "InvalidDestGroupId.Mismatch");
        codes(DUPLICATE_RULE, "InvalidParam.DuplicatePermissions");
        codes(RULE_LIMIT_EXCEEDED, "AuthorizationLimitExceed");
        codes(RESOURCE_NOT_FOUND, "InvalidResourceId.NotFound", "InvalidInstanceIds.NotFound",
                "DeletionProtection.ResourceNotExist");
        codes(TAG_LIMIT_EXCEEDED, "OperationDenied.QuotaExceed", "QuotaExceeded.TagNum", "QuotaExceed.Tags",
                "SizeLimitExceeded.TagNum");
        codes(KEY_PAIR_NOT_FOUND, "InvalidKeyPairName.NotFound", "InvalidKeyPair.NotFound");
        codes(KEY_PAIR_EXISTS, "KeyPair.AlreadyExist");
        codes(INVALID_PUBLIC_KEY, "InvalidPublicKeyBody.Malformed");
        codes(KEY_PAIR_IN_USE, "InvalidParameter.KeypairAlreadyAttachedInstance");
        codes(DISK_NOT_FOUND, "InvalidDiskId.NotFound", "InvalidDiskIds.NotFound");
        codes(DISK_STATE, "IncorrectDiskStatus", "DiskId.StatusNotSupported", "InvalidDisk.InUse");
        codes(DISK_IN_USE, "DiskStillAttached", "IncorrectDiskStatus");
        codes(DISK_NOT_ATTACHED, "InvalidDisk.AlreadyDetached", "IncorrectDiskStatus");
        codes(SYSTEM_DISK, "DiskTypeViolation", "InvalidDiskId.OperationNotSupported", "DiskCategory.OperationNotSupported");
        codes(DISK_LIMIT_EXCEEDED, "InstanceDiskLimitExceeded", "DiskAttachedNumberExceeded");
        codes(INVALID_DISK_SIZE, "InvalidDiskSize.TooLarge", "InvalidDiskSize", "InvalidDataDiskSize.ValueNotSupported");
        codes(DISK_SIZE_TOO_SMALL, "InvalidDiskSize.TooSmall");
        codes(INVALID_DISK_CATEGORY, "InvalidDiskCategory.ValueNotSupported");
        codes(EIP_NOT_FOUND, "InvalidAllocationId.NotFound", "InvalidIpInstanceId.NotFound");
        codes(EIP_IN_USE, "IncorrectEipStatus");
        codes(EIP_BOUND, "InvalidAssociation.Duplicated", "IncorrectEipStatus");
        codes(TARGET_HAS_EIP, "InvalidAssociation.Duplicated", "BIND_INSTANCE_HAVE_PORTMAP_OR_BIND_EIP");
        codes(EIP_NOT_BOUND_TO, "InvalidBindingStatus", "IncorrectEipStatus");
        codes(EIP_TARGET_NOT_FOUND, "InvalidInstanId.NotFound", "InvalidInstance.NotExist", "InvalidBindInstance.NotFound",
                "InvalidInstanceId.NotFound");
        codes(EIP_ADDRESS_TAKEN, "Ip.Allocated", "IncorrectStatus.Ip", "IpInUse");
        codes(SERVER_GROUP_NOT_FOUND, "ResourceNotFound.VServerGroup", "InvalidParam.VServerGroupId", "InvalidParameter");
        codes(SERVER_GROUP_IN_USE, "RspoolVipExist");
        codes(DOMAIN_EXTENSION_NOT_FOUND, "InvalidParameter.DomainExtensionId");
        codes(DOMAIN_EXTENSION_EXISTS, "InvalidParameter.Domain");
        codes(LISTENER_RULE_NOT_FOUND, "InvalidRuleId.NotFound");
        codes(LISTENER_RULE_EXISTS, "DomainExist");
        codes(FORWARDING_RULE_PROTOCOL, "OperationFailed.ActionNotSupport");
        codes(ACCESS_LIST_NOT_FOUND, "AclNotExist");
        codes(ACCESS_LIST_IN_USE, "OperationFailed.AclBindedWithVip");
        codes(INVALID_ACCESS_LIST_ENTRY, "AclEntryIllegal", "InvalidEntry");
        codes(ACCESS_LIST_ENTRY_VERSION, "IllegalEntry");
        codes(ACCESS_LIST_ENTRY_EXISTS, "InvalidParam.AclEntryExists");
        codes(ACCESS_LIST_FULL, "AclEntryExceedLimit");
        codes(CERTIFICATE_NOT_FOUND, "ServerCertificateId.NotFound", "CertificateNotExist", "ResourceNotFound.Certificate",
                "InvalidParameter.ServerCertificateId");
        codes(CERTIFICATE_IN_USE, "CertificateAndPrivateKeyIsRefered");
        codes(INVALID_CERTIFICATE, "CertificateFormatInvalid", "IllegalParam.ServerCertificate");
        codes(SHARED_BANDWIDTH_NOT_FOUND, "InvalidBandwidthPackageId.NotFound",
                "InvalidCommonBandwidthPackageId.NotFound", "InvalidBandwidthPackage.NotExist");
        codes(SHARED_BANDWIDTH_IN_USE, "DependencyViolation.Ips", "OperationFailed.BandwidthPackageNotEmpty");
        codes(EIP_IN_SHARED_BANDWIDTH, "IpInstanceId.AlreadyInBandwidthPackage", "EIP_ALREADY_IN_BANDWIDTHPACKAGE",
                "Forbidden.InCommonBandwidthPackage", "OperationFailed.EipInBwp");
        codes(EIP_NOT_IN_SHARED_BANDWIDTH, "OperationUnsupported.IpNotInCbwp", "IpInstanceId.NotBandwidthPackage");
        codes(EIP_BANDWIDTH_ABOVE_SHARED, "InvalidParameter.Bandwidth");
        codes(NAT_GATEWAY_NOT_FOUND, "InvalidNatGatewayId.NotFound", "ResourceNotFound.NatGateway", "INSTANCE_NOT_EXISTS",
                "InvalidForwardTableId.NotFound", "NATGW_NOT_EXIST");
        codes(NAT_TABLE_NOT_FOUND, "InvalidSnatTableId.NotFound", "InvalidForwardTableId.NotFound",
                "InvalidNatGatewayId.NotFound");
        codes(NAT_GATEWAY_IN_USE, "DependencyViolation.EIPS");
        BY_SUBJECT.put(NAT_GATEWAY_IN_USE, Map.of("snat_entry", "DependencyViolation.SnatEntry",
                "forward_entry", "DependencyViolation.ForwardEntry", "eip", "DependencyViolation.EIPS"));
        codes(NAT_SPEC_UNCHANGED, "NATGW_MODIFY_SPEC_SAME");
        codes(NAT_SPEC_FIXED, "OperationUnsupported.PayByLcuNatModifySpec");
        codes(NAT_CONVERT_UNSUPPORTED, "OperationUnsupported.NatConvert");
        codes(NAT_ENTRY_NOT_FOUND, "InvalidSnatEntryId.NotFound", "InvalidForwardEntryId.NotFound",
                "ResourceNotFound.SnatEntry", "ResourceNotFound.ForwardEntry");
        codes(NAT_ENTRY_EXISTS, "Forbidden.SourceVSwitchId.Duplicated", "ForwardEntry.Duplicated");
        codes(NAT_IP_NOT_BOUND, "EIP_NOT_IN_GATEWAY", "InvalidIp.NotInNatgw", "InvalidExternalIp.NotFound");
        codes(NAT_IP_IN_USE, "InvalidStatus.SnatOrDnat", "DependencyViolation.NatIp");
        BY_SUBJECT.put(NAT_IP_IN_USE, Map.of("snat_entry", "InvalidIpStatus.HasBeenUsedBySnatTable",
                "forward_entry", "InvalidIpStatus.HasBeenUsedByForwardEntry"));
        codes(NAT_INTERNAL_IP_OUTSIDE, "Forbidden.InternalIpOutOfVpcCIDR");
        codes(MIRROR_FILTER_NOT_FOUND, "ResourceNotFound.TrafficMirrorFilter");
        codes(MIRROR_RULE_NOT_FOUND, "ResourceNotFound.TrafficMirrorRule");
        codes(MIRROR_SESSION_NOT_FOUND, "ResourceNotFound.TrafficMirrorSession");
        codes(MIRROR_PRIORITY_TAKEN, "DuplicatedParam.Priority", "IllegalParam.Priority");
        codes(MIRROR_RULES_EXCEEDED, "QuotaExceeded.TrafficMirrorRulesPerFilter");
        codes(MIRROR_FILTER_IN_USE, "DependencyViolation.TrafficMirrorSession");
        codes(MIRROR_SOURCE_DUPLICATED, "DuplicatedParam.SourceInstanceIds");
        codes(MIRROR_SOURCE_ASSOCIATED, "ResourceAlreadyAssociated.TrafficMirrorSource");
        codes(MIRROR_SOURCE_NOT_ASSOCIATED, "ResourceNotAssociated.TrafficMirrorSource");
        codes(MIRROR_DUPLICATE_ROLE, "OperationDenied.DuplicateRole");
        codes(MIRROR_FREE_INTERFACE, "OperationDenied.FreeNetworkInterface");
        codes(MIRROR_TARGET_TYPE, "OperationDenied.UnsupportedTargetType");
        codes(MIRROR_TARGET_NOT_IN_VPC, "OperationDenied.SlbNotInVpc");
        codes(SERVICE_OPENED, "OperationFailed.ExceedPurchaseLimit", "InvalidOperation.OrderOpened");
        codes(NAT_IP_NOT_FOUND, "ResourceNotFound.NatIp");
        codes(NAT_IP_CIDR_NOT_FOUND, "ResourceNotFound.NatIpCidr");
        codes(NAT_IP_CIDR_EXISTS, "ResourceAlreadyExist.NatIpCidr");
        codes(NAT_IP_CIDR_TAKEN, "OperationFailed.NatIpCidrInUse");
        codes(NAT_IP_CIDR_IN_VPC, "OperationFailed.CreateNatIpCidrInVpcCidrBlock");
        codes(NAT_IP_CIDR_NOT_PRIVATE, "OperationFailed.CreateNatIpCidrNotInUserCidr");
        codes(NAT_IP_CIDR_IN_USE, "DependencyViolation.NatIp");
        codes(NAT_IP_CIDR_DEFAULT, "OperationFailed.DefaultNatIpCidr");
        codes(NAT_IP_MISMATCH, "Mismatch.NatIpAndNatIpCidr");
        codes(NAT_IP_EXISTS, "ResourceAlreadyExist.NatIp");
        codes(NAT_IP_EXHAUSTED, "ResourceNotEnough.NatIp");
        codes(NAT_IP_DEFAULT, "OperationFailed.DefaultNatIp");
        codes(INVALID_NAT_ENTRY, "InvalidParameter");
        BY_SUBJECT.put(INVALID_NAT_ENTRY, Map.of("IpProtocol", "InvalidProtocal.ValueNotSupported",
                "ExternalPort", "InvalidExternalPort.Malformed", "InternalPort", "InvalidInternalPort.Malformed",
                "InternalIp", "InvalidInternalIp.Malformed", "SourceCIDR", "InvalidSourceCIDR.Malformed"));
        codes(NO_FREE_ADDRESS, "OperationFailed.InsufficientEIP", "ResourceNotEnough.PublicIpAddressPool",
                "InsufficientPublicIp");
        codes(NO_PUBLIC_BANDWIDTH, "AllocateIpInvalidInstanceBandwidth");
        codes(CHARGE_TYPE_VIOLATION, "ChargeTypeViolation", "InvalidBillingMethod.ValueNotSupported");
        // DeleteRouteTable documents no NotFound code: its 404 IncorrectRouteTableStatus is the table it cannot find
        codes(ROUTE_TABLE_NOT_FOUND, "InvalidRouteTableId.NotFound", "Abs.InvalidRouteTableId.NotExist",
                "InvalidRouteTable.NotFound", "ResourceNotFound.RouteTable", "IncorrectRouteTableStatus");
        codes(SYSTEM_ROUTE_TABLE, "IncorrectRouteTableType", "OperationUnsupported.SystemRouteTable",
                "OperationDenied.SwitchToSystemRouteTable");
        codes(ROUTE_TABLE_ASSOCIATED, "IncorrectRouteTableStatus");
        codes(ROUTE_TABLE_HAS_ENTRIES, "DependencyViolation.RouteEntry", "IncorrectRouteTableStatus.RouteEntryExist");
        codes(SUBNET_HAS_ROUTE_TABLE, "Forbidden.VSwitchAlreadyAssociatedRouteTable", "ResourceAlreadyAssociated.RouteTable");
        codes(SUBNET_NOT_ASSOCIATED, "InvalidBindingStatus.RouteTable", "OperationFailed.VSwitchNotAssociate");
        codes(ROUTE_VPC_MISMATCH, "Forbidden.NotInSameVpc", "OperationFailed.InstanceDismatchCurrentVpc",
                "Mismatch.VpcAndRouteTable", "OperationDenied.GatewayAndTableNotInOneVpc");
        codes(ROUTE_ENTRY_NOT_FOUND, "InvalidRouteEntry.NotFound", "InvalidRouteEntryId.NotFound");
        codes(ROUTE_ENTRY_CONFLICT, "InvalidCIDRBlock.Duplicate", "InvalidRouteEntry.Duplicate");
        codes(NEXT_HOP_NOT_FOUND, "InvalidNextHopId.NotFound", "InvalidNextHop.NotFound", "InvalidNetworkInterface.NotFound",
                "ResourceNotFound.NatGateway");
        codes(LOAD_BALANCER_NOT_FOUND, "InvalidLoadBalancerId.NotFound");
        codes(LISTENER_NOT_FOUND, "ListenerNotFound", "ResourceNotFound.Listener");
        codes(LISTENER_PORT_IN_USE, "InvalidParameter.ListenerPortConflict", "ListenerPortConflict");
        codes(DELETE_PROTECTED, "OperationDenied.DeleteProtectionIsOn");
        codes(BACKEND_NOT_FOUND, "InvalidServerId.NotFound");
        codes(NEXT_HOP_IN_USE, "DependencyViolation.RouteEntry", "DependencyViolation.RouterEntry",
                "InvalidOperation.InvalidEniState", "OperationDenied.RouteEntryExist",
                "DependencyViolation.HaVipReferedByRouteEntry");
        codes(SNAPSHOT_NOT_FOUND, "InvalidSnapshotId.NotFound");
        codes(SNAPSHOT_DISK_MISMATCH, "InvalidParameter.Mismatch");
        codes(SNAPSHOT_IN_USE, "SnapshotCreatedImage");
        codes(SNAPSHOT_MADE_DISKS, "SnapshotCreatedDisk");
        codes(DISK_NEVER_ATTACHED, "IncorrectDiskStatus.NeverAttached");
        codes(IMAGE_NOT_FOUND, "InvalidImageId.NotFound");
        codes(INSTANCE_SYSTEM_DISK_MISSING, "InvalidInstance.NotFoundSystemDisk");
        codes(IMAGE_NAME_EXISTS, "InvalidImageName.Duplicated");
        codes(IMAGE_IN_USE, "ImageUsingByInstance", "OperationDeined.ImageUsingByInstance");
        codes(IMAGE_SYSTEM_DISK_MISSING, "InvalidSystemSnapshot.Missing");
        codes(IMAGE_SHARED, "ImageUseShared");
        codes(IMAGE_SHARED_WITH_OWNER, "InvalidAccount.Forbbiden");
        codes(IMAGE_SHARE_LIMIT, "QuotaExceed.ShareImageUser");
        // deployment sets are the core's isolation groups
        codes(ISOLATION_GROUP_NOT_FOUND, "InvalidDeploymentSetId.NotFound", "DeploymentSet.NotFound");
        codes(ISOLATION_GROUP_IN_USE, "DependencyViolation.NotEmpty");
        codes(ISOLATION_GROUP_FULL, "QuotaExceed.DeploymentSetInstanceQuotaFull",
                "InvalidDeploymentSetId.NoAvailableResources");
        codes(ISOLATION_GROUP_ZONE, "InvalidDestinationZone.DeploymentSetMismatch");
        codes(ISOLATION_GROUP_NUMBER, "InvalidParameter.DeploymentSetGroupNo");
        codes(NOT_IN_ISOLATION_GROUP, "InvalidParameter.Param");
        // high-availability virtual IPs are the core's virtual IPs
        codes(VIP_NOT_FOUND, "InvalidHaVipId.NotFound");
        codes(VIP_IN_USE, "IncorrectStatus", "IncorrectHaVipStatus");
        BY_SUBJECT.put(VIP_IN_USE, Map.of("eip", "DependencyViolation.HaVipAssociatedWithEIP"));
        codes(VIP_SUBNET_MISMATCH, "OperationUnsupported.BindOnMultipleVswitch");
        codes(VIP_ALREADY_BOUND, "InvalidHaVip.Exist");
        codes(VIP_KIND_MIXED, "OperationUnsupported.BindMultipleType");
        codes(VIP_FULL, "CountLimitExceeded.HaVipOnECSInstance", "QuotaExceeded.HaVipBindInstance");
        codes(VIP_NOT_BOUND, "ResourceNotAssociated");
        codes(VIP_FREE_INTERFACE, "OperationUnsupported.BindOnFreeNetworkInterface");
        // the actions of automatic snapshot policies say ParameterInvalid under 403 for a bad region, under 404 for
        // a policy they cannot find
        codes(SNAPSHOT_POLICY_NOT_FOUND, "ParameterInvalid@404");
        codes(DELETION_PROTECTED, "InvalidOperation.DeletionProtection");
        codes(DELETION_PROTECTION_ON, "DeletionProtection.AlreadyEnabled");
        codes(DEFAULT_VPC_EXISTS, "OperationFailed.DefaultVpcExist");
        codes(DEFAULT_VPC_NOT_FOUND, "OperationFailed.DefaultVpcNotExist");
        codes(DEFAULT_SUBNET_EXISTS, "OperationFailed.DefaultVSwitchExist");
        codes(DHCP_OPTIONS_SET_NOT_FOUND, "InvalidDhcpOptionsSetId.NotFound");
        codes(DHCP_OPTIONS_SET_IN_USE, "DependencyViolation.VpcAttachment");
        codes(DHCP_OPTIONS_SET_ASSOCIATED, "OperationFailed.AttachmentExist");
        codes(DHCP_OPTIONS_SET_NOT_ASSOCIATED, "OperationFailed.AttachmentNotExist");
        codes(LAUNCH_TEMPLATE_NOT_FOUND, "InvalidLaunchTemplate.NotFound");
        codes(LAUNCH_TEMPLATE_NAME_EXISTS, "LaunchTemplateName.Duplicated");
        codes(LAUNCH_TEMPLATE_VERSION_NOT_FOUND, "InvalidLaunchTemplateVersion.NotFound");
        codes(LAUNCH_TEMPLATE_VERSION_LIMIT, "LaunchTemplateVersionLimitExceed");
        codes(LAUNCH_TEMPLATE_DEFAULT_VERSION, "InvalidOperation.DeleteDefaultVersion");
        // ECS's prefix list codes first, then the VPC product's (CreateVpcPrefixList and the others)
        codes(PREFIX_LIST_NOT_FOUND, "InvalidPrefixListId.NotFound", "ResourceNotFound.PrefixList");
        codes(PREFIX_LIST_IN_USE, "NotAllowed.AssociationExist", "DependencyViolation.PrefixListRelation");
        codes(PREFIX_LIST_ENTRY_LIMIT, "LimitExceed.Entry", "OperationFailed.CidrCountExceedMaxCount");
        codes(PREFIX_LIST_ENTRY_EXISTS, "InvalidParameter.CidrDuplicated", "DuplicatedParam.CidrBlock");
        codes(PREFIX_LIST_ENTRY_NOT_FOUND, "InvalidParameter");
        codes(PREFIX_LIST_NOT_SUPPORTED, "NotSupported.ClassicNetworkPrefixList");
        codes(IPV4_GATEWAY_NOT_FOUND, "ResourceNotFound.Ipv4Gateway");
        codes(IPV4_GATEWAY_EXISTS, "OperationDenied.VpcExistIpv4Gateway");
        codes(IPV4_GATEWAY_ENABLED, "OperationFailed.Ipv4GatewayAlreadyActive.");
        codes(IPV4_GATEWAY_NOT_ACTIVE, "OperationDenied.Ipv4GatewayNotActive");
        // the first code an action documents: DeleteIpv4Gateway its OperationDenied, the association its own
        codes(GATEWAY_HAS_ROUTE_TABLE, "ResourceAlreadyAssociated.Ipv4Gateway",
                "OperationDenied.GatewayAlreadyAssociated");
        codes(ROUTE_TABLE_GATEWAY_ASSOCIATED, "OperationDenied.GatewayAssociated",
                "ResourceAlreadyAssociated.GatewayRouteTable");
        codes(GATEWAY_NOT_ASSOCIATED, "OperationFailed.NotExistAssociateRelation");
        codes(ROUTE_TABLE_TYPE_MISMATCH, "OperationDenied.RouteTableTypeIncorrect",
                "OperationDenied.AssociateGatewayRouteTable");
        codes(DEDICATED_HOST_NOT_FOUND, "InvalidDedicatedHostId.NotFound");
        codes(DEDICATED_HOST_IN_USE, "InstanceExist");
        codes(DEDICATED_HOST_CHARGE_TYPE, "ChargeTypeViolation");
        codes(DEDICATED_HOST_ZONE_MISMATCH, "ResourcesNotInSameZone");
        codes(DEDICATED_HOST_CLUSTER_NOT_FOUND, "InvalidDedicatedHostClusterId.NotFound",
                "InvalidDedicatedHostId.NotFound");
        codes(DEDICATED_HOST_CLUSTER_IN_USE, "DedicatedHostExists");
        codes(DEDICATED_HOST_CLUSTER_MISMATCH, "InvalidDedicatedHostClusterId.NotMatch");
        codes(HPC_CLUSTER_NOT_FOUND, "NotExists.HpcCluster", "HpcClusterNotExists", "InvalidHpcClusterId.NotFound");
        codes(SNAPSHOT_GROUP_NOT_FOUND, "InvalidSnapshotGroup.NotFound");
        codes(CEN_GRANT_INSTANCE_NOT_FOUND, "InvalidInstanceId.NotFound");
        codes(INTERFACE_PERMISSION_NOT_FOUND, "InvalidEniPermissionId.NotFound");
        codes(INTERFACE_PERMISSION_EXISTS, "InvalidOperation.PermissionExisted");
        codes(ADDRESS_POOL_NOT_FOUND, "ResourceNotFound.PublicIpAddressPool");
        codes(ADDRESS_POOL_IN_USE, "ResourceInUse.PublicIpAddressPool");
        codes(ADDRESS_POOL_EXHAUSTED, "ResourceNotEnough.PublicIpAddressPool");
        codes(ADDRESS_NOT_IN_POOL, "Mismatch.IpAndPublicIpAddressPool");
        codes(ADDRESS_POOL_BLOCK_NOT_FOUND, "ResourceNotFound.CidrBlock");
        codes(ADDRESS_POOL_BLOCK_IN_USE, "ResourceInUse.CidrBlock");
        codes(ADDRESS_POOL_BLOCK_OF_OTHER_ACCOUNT, "OperationDenied.CidrBlockBelongToOtherUser");
        codes(ADDRESS_POOL_BLOCK_OVERLAPS, "IllegalParam.CidrBlock");
        codes(EIP_SEGMENT_NOT_FOUND, "OperationFailed.InstanceNotExist");
        codes(EIP_IN_SEGMENT, "Forbidden.ReleaseSegmentEip");
        codes(ACTIVATION_NOT_FOUND, "ActivationId.NotFound");
        codes(IMAGE_COMPONENT_NOT_FOUND, "InvalidImageComponent.NotFound");
        codes(IMAGE_PIPELINE_NOT_FOUND, "InvalidImagePipeline.NotFound");
        codes(CAPACITY_RESERVATION_NOT_FOUND, "InvalidPrivatePoolId.NotFound", "Invalid.PrivatePoolOptions.Id",
                "Invalid.PrivatePoolOptionsId");
        codes(CAPACITY_RESERVATION_USED_UP, "Invalid.PrivatePoolOptions.status");
        codes(CAPACITY_RESERVATION_TYPE_MISMATCH, "Invalid.InstanceType");
        codes(CAPACITY_RESERVATION_ZONE_MISMATCH, "Invalid.ZoneId");
        codes(CAPACITY_RESERVATION_RELEASED, "IncorrectPrivatePoolStatus", "Invalid.PrivatePoolOptions.status");
        codes(CAPACITY_RESERVATION_AMOUNT_BELOW_USE, "InvalidInstanceAmount.ValueNotSupported");
        codes(CAPACITY_RESERVATION_LIMITED, "Invalid.Action.ReleaseCapacityReservation");
        codes(PHYSICAL_CONNECTION_NOT_FOUND, "InvalidPhysicalConnectionId.NotFound",
                "ResourceNotFound.PhysicalConnectionId");
        // a move from a status it does not start from; Modify answers its InvalidStatus
        codes(PHYSICAL_CONNECTION_STATUS, "Forbidden.NotAllowedInState", "IncorrectStatus.PhysicalConnection",
                "InvalidStatus");
        codes(PHYSICAL_CONNECTION_NOT_DELETABLE, "Forbidden.NotInAllowDeleteStatus");
        codes(PHYSICAL_CONNECTION_NOT_ENABLED, "InvalidPhysicalConnectionId.NotEnabled",
                "OperationFailed.PconnTrafficNotEnable");
        codes(PHYSICAL_CONNECTION_HAS_ROUTERS, "Forbidden.VbrAttached", "Forbidden.VBRExists");
        codes(VIRTUAL_BORDER_ROUTER_NOT_FOUND, "InvalidVbrId.NotFound", "InvalidParams.NotFound");
        codes(VIRTUAL_BORDER_ROUTER_VLAN_IN_USE, "InvalidVlanId.Used", "OperationFailed.VlanIdAlreadyInUse");
        codes(VIRTUAL_BORDER_ROUTER_STATUS, "InvalidOperation.OperationNotAllowedInState");
        codes(VIRTUAL_BORDER_ROUTER_HAS_BGP, "DependencyViolation.BgpGroup", "DependencyViolation.BgpNetwork");
        codes(VBR_ASSOCIATION_NOT_FOUND, "PHYSICAL_NOT_ASSOCIATE_TO_VBR");
        codes(VBR_ASSOCIATION_EXISTS, "InvalidParams.AlreadyExists");
        codes(BGP_GROUP_NOT_FOUND, "InvalidParams.NotFound", "InvalidBgpGroup");
        codes(BGP_GROUP_HAS_PEERS, "DependencyViolation.BgpPeer");
        codes(BGP_PEER_NOT_FOUND, "InvalidBgpPeerId.NotFound", "InvalidBgpPeer.NotFound", "InvalidParams.NotFound");
        codes(BGP_PEER_ADDRESS_IN_USE, "InvalidParams.PeerIpAddressInUse", "DuplicatedParam.PeerIpAddress",
                "BgpPeer.Already.Exists");
        codes(BGP_NETWORK_NOT_FOUND, "InvalidParams.NotFound");
        codes(BGP_NETWORK_EXISTS, "Duplicated.CidrBlock", "InvalidParams.AlreadyExists");
        codes(IMAGE_PIPELINE_EXECUTION_NOT_FOUND, "InvalidImagePipelineExecution.NotFound");
        codes(SNAPSHOT_GROUP_NO_DISK, "InvalidInstance.NoDisk");
        codes(DISK_NOT_OF_INSTANCE, "DiskId.ValueNotSupported");
        codes(CIDR_RESERVATION_NOT_FOUND, "ResourceNotFound.CidrReservation");
        codes(IPSEC_SERVER_NOT_FOUND, "InvalidIpsecServerId.NotFound");
        codes(IPSEC_SERVER_EXISTS, "OperationFailed.IPsecServerExist");
        codes(IPSEC_CLIENT_POOL_CONFLICT, "InvalidClientIpPool.Conflict");
        codes(CIDR_RESERVATION_CONFLICT, "OperationFailed.VSwitchCidrReservationCidr");
        codes(CIDR_RESERVATION_SYSTEM_ADDRESS, "OperationFailed.SystemReservedIpContained");
        codes(CIDR_RESERVATION_ADDRESS_IN_USE, "OperationFailed.AlreadyUsedIpContained");
        codes(CIDR_RESERVATION_MASK, "IllegalParam.VSwitchCidrReservationMask");
        codes(CIDR_RESERVATION_FULL, "OperationFailed.CidrNotEnoughInVSwitch");
        codes(CIDR_RESERVATION_QUOTA, "QuotaExceeded.CidrReservationCount");
        codes(VPN_GATEWAY_NOT_FOUND, "InvalidVpnGatewayInstanceId.NotFound");
        codes(VPN_GATEWAY_IPSEC_DISABLED, "VpnGateway.IpsecVpnDisabled");
        codes(CUSTOMER_GATEWAY_NOT_FOUND, "InvalidCustomerGatewayInstanceId.NotFound");
        codes(CUSTOMER_GATEWAY_ADDRESS_TAKEN, "InvalidIpAddress.AlreadyExist");
        codes(CUSTOMER_GATEWAY_NO_ASN, "OperationDenied.MissingAsn");
        codes(VPN_CONNECTION_NOT_FOUND, "InvalidVpnConnectionInstanceId.NotFound");
        codes(VPN_CONNECTION_EXISTS, "InvalidVpnConnection.AlreadyExists");
        codes(VPN_CONNECTION_DEPENDS, "DependencyViolation.VpnConnection");
        codes(VPN_GATEWAY_SSL_DISABLED, "VpnGateway.SslVpnDisabled");
        codes(SSL_VPN_SERVER_EXISTS, "SslVpnServer.AlreadyExist");
        codes(SSL_VPN_SERVER_NOT_FOUND, "InvalidSslVpnServerId.NotFound", "InvalidInstanceId.NotFound");
        codes(SSL_VPN_SERVER_DEPENDS, "DependencyViolation.SslVpnServer");
        codes(SSL_VPN_CLIENT_CERT_NOT_FOUND, "InvalidSslVpnClientCertId.NotFound", "InvalidInstanceId.NotFound");
        codes(VPN_NEXT_HOP_NOT_FOUND, "InvalidNextHop.NotFound");
        codes(VPN_ROUTE_ENTRY_EXISTS, "VpnRouteEntry.AlreadyExists");
        codes(VPN_ROUTE_ENTRY_NOT_FOUND, "InvalidRouteEntry.NotFound", "InvalidVpnRouteEntry.NotFound");
        codes(GATEWAY_ENDPOINT_NOT_FOUND, "ResourceNotFound.GatewayEndpoint");
        codes(GATEWAY_ENDPOINT_EXISTS, "ResourceAlreadyExist.GatewayEndpoint");
        codes(GATEWAY_ENDPOINT_ASSOCIATED, "DependencyViolation.Association");
        codes(GATEWAY_ENDPOINT_ASSOCIATION_EXISTS, "ResourceAlreadyExist.Association");
        codes(GATEWAY_ENDPOINT_NOT_ASSOCIATED, "ResourceNotFound.Association");
        codes(INVALID_IPV6_BLOCK, "InvalidIpv6CidrBlock.Malformed", "IllegalParam.Ipv6CidrBlock", "IllegalParam.Ipv6Cidr");
        codes(IPV6_NOT_ENABLED, "OperationFailed.VpcIpv6Disabled");
        codes(SUBNET_IPV6_NOT_ENABLED, "OperationFailed.IPv6Disabled", "InvalidOperation.VSwitchIpv6Disabled",
                "InvalidVSwitch.Ipv6NotTurnOn");
        codes(IPV6_ALREADY_ENABLED, "OperationFailed.Ipv6AlreadyEnabled");
        codes(IPV6_BLOCK_TAKEN, "OperationFailed.Ipv6CidrBlockExisted");
        codes(IPV6_IN_USE, "OperationUnsupported.DisableIpv6", "OperationFailed.Ipv6InstanceExist");
        codes(INVALID_IPV6_ADDRESS, "InvalidVSwitchId.IpInvalid", "InvalidOperation.AddressNotInVSwitchCidr",
                "InvalidIp.Address", "OperationFailed.AddressNotInVSwitchCidr", "Mismatch.VSwitchAndPrivateIpAddress");
        codes(IPV6_ADDRESS_IN_USE, "InvalidIp.IpAssigned", "InvalidOperation.AddressAlreadyAllocated",
                "OperationFailed.IPv6AddressAlreadyAllocated");
        codes(IPV6_ADDRESS_NOT_ASSIGNED, "InvalidIp.IpUnassigned");
        codes(IPV6_ADDRESS_LIMIT_EXCEEDED, "InvalidOperation.Ipv6CountExceeded", "MaxEniIpv6IpsCountExceeded",
                "InvalidOperation.MaxEniIpv6IpsCountExceeded");
        codes(IPV6_GATEWAY_NOT_FOUND, "InvalidIpv6GatewayId.NotFound", "OperationFailed.Ipv6GatewayNotExist",
                "InvalidIpv6Gateway.NotFound");
        codes(IPV6_GATEWAY_EXISTS, "OperationUnsupported.OnlyOneIpv6GatewayInVpc");
        codes(IPV6_GATEWAY_IN_USE, "OperationFailed.Ipv6GatewayInUse", "DependencyViolation.Ipv6InternetBandwidth");
        BY_SUBJECT.put(IPV6_GATEWAY_IN_USE, Map.of(Ipv6GatewayService.EGRESS_RULE, "DependencyViolation.EgressRules",
                Ipv6GatewayService.BANDWIDTH, "DependencyViolation.Ipv6InternetBandwidth"));
        codes(IPV6_EGRESS_RULE_EXISTS, "OperationFailed.Ipv6EgressRuleExisted");
        codes(IPV6_EGRESS_RULE_NOT_FOUND, "ResourceNotFound.Ipv6EgressOnlyRule");
        codes(IPV6_ADDRESS_NOT_FOUND, "InvalidIpv6Instance.NotFound", "ResourceNotFound.Ipv6Address",
                "InvalidIpv6AddressId.NotFound", "ResourceNotFound.Ipv6InstanceId");
        codes(IPV6_ADDRESS_ASSOCIATED, "OperationFailed.AssociationExist");
        codes(IPV6_GATEWAY_MISMATCH, "OperationFailed.Ipv6GatewayDisMatchIpv6Address",
                "Mismatch.Ipv6AddressAndIpv6Gateway");
        codes(IPV6_BANDWIDTH_EXISTS, "OperationFailed.InternetBandwidthAlreadyExisted",
                "DependencyViolation.Ipv6InternetBandwidth");
        codes(IPV6_BANDWIDTH_NOT_FOUND, "InvalidIpv6Instance.NotFound", "OperationFailed.InternetBandwidthNonExist");
        codes(IPV6_NO_BANDWIDTH, "OperationFailed.NoInternetBandwidth");
        codes(EIP_MODE_NOT_SUPPORTED, "Mode.NotSupport", "OperationDenied.UnsupportedEipBindMode");
        codes(FLOW_LOG_NOT_FOUND, "InvalidInstanceId.NotFound");
        codes(FLOW_LOG_STATUS, "IncorrectStatus.flowlog", "InvalidStatus");
        codes(FLOW_LOG_RESOURCE_NOT_FOUND, "InvalidResourceId.NotFound");
        codes(COMMAND_NOT_FOUND, "InvalidCmdId.NotFound");
        codes(COMMAND_IN_USE, "InvalidStatus.CmdIdInUse");
        codes(INVOCATION_NOT_FOUND, "InvalidInvokeId.NotFound");
        codes(RAM_ROLE_CLASSIC, "InvalidNetworkType.MismatchRamRole");
        // ECS documents no code for these two per-instance refusals; InvalidParameter, with a message naming the cause
        codes(RAM_ROLE_ATTACHED, "InvalidParameter");
        codes(RAM_ROLE_MISMATCH, "InvalidParameter");
        codes(DELETION_PROTECTION_CHARGE_TYPE, "InvalidChargeType.ValueNotSupported", "DeletionProtection.PrePaidNotSupport");
        codes(NETWORK_ACL_NOT_FOUND, "InvalidNetworkAcl.NotFound");
        codes(NETWORK_ACL_SOURCE_NOT_FOUND, "InvalidSourceNetworkAcl.NotFound");
        codes(NETWORK_ACL_LIMIT, "QuotaExceed.NetworkAcl");
        codes(NETWORK_ACL_ENTRY_LIMIT, "QuotaExceed.NetworkAclEntry");
        codes(NETWORK_ACL_ENTRY_NOT_FOUND, "IllegalParam.IngressAclEntryId");
        BY_SUBJECT.put(NETWORK_ACL_ENTRY_NOT_FOUND, Map.of("egress", "IllegalParam.EgressAclEntryId"));
        codes(NETWORK_ACL_BINDING_EXISTS, "InvalidResource.BindingExist");
        codes(NETWORK_ACL_NOT_BOUND, "InvalidResource.NotBinding");
        codes(NETWORK_ACL_IN_USE, "NetworkAclExistBinding");
        codes(BUSY, AliyunError.SERVICE_UNAVAILABLE.code());
    }

    private AliyunErrors() {}

    private static void codes(DomainError e, String... codes) {
        CODES.put(e, List.of(codes));
    }

    /** The codes an error may be answered with, in order of preference (empty for an error Aliyun never raises). */
    public static List<String> codesOf(DomainError e) {
        return CODES.getOrDefault(e, List.of());
    }

    /** The answer to a core error raised while serving action. */
    public static AliyunException of(DomainException e, ActionSpec action) {
        List<String> codes = codesOf(e.error());
        if (codes.isEmpty()) throw new IllegalStateException(e.error() + " has no Aliyun code (raised by " + action + ")");
        String specific = e.subject() == null ? null : BY_SUBJECT.getOrDefault(e.error(), Map.of()).get(e.subject());
        if (specific != null && action.error(specific).isPresent()) return SpecErrors.from(action.error(specific).get(), e.subject());
        for (String code : codes) {
            // code@status: that code only where the action documents it under that status
            int at = code.indexOf('@');
            if (at > 0) {
                int status = Integer.parseInt(code.substring(at + 1));
                code = code.substring(0, at);
                if (!action.documents(code, status)) continue;
                return SpecErrors.from(action.error(code, status).orElseThrow(), e.subject());
            }
            // an action may document a code under two statuses (CreateSecurityGroup: InvalidVpcId.NotFound 403 for
            // an empty VpcId, 404 for an unknown one): the product's usual one is the error's meaning
            int usual = action.product().usualError(code).map(ErrorSpec::status).orElse(-1);
            Optional<ErrorSpec> documented = action.error(code, usual);
            if (documented.isPresent()) return SpecErrors.from(documented.get(), e.subject());
        }
        // a code the action does not document would be invented for it: the common errors only
        Optional<AliyunError> common = AliyunError.byCode(codes.get(0).split("@")[0])
                .filter(c -> CommonErrors.isCommon(c.code()));
        return new AliyunException(common.orElse(AliyunError.INVALID_PARAMETER), e.subject());
    }
}
