package io.cloudtwin.dialect.ucloud;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import io.cloudtwin.core.DomainError;

/**
 * Every non-zero RetCode the UCloud dialect answers with, and its Message. %s takes a name or an id.
 * source "spec" rows are UCloud's documented codes; "cloudtwin" rows are the emulator's choice where UCloud
 * publishes none (see docs/ucloud.md).
 */
public enum UcloudRetCode {
    MISSING_ACTION(160, "Missing Action", "spec"),
    ACTION_NOT_FOUND(161, "Action [%s] not found", "spec"),
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

    // VPC security groups: DescribeSecGroup of an id that does not exist (number as the real API answers)
    SEC_GROUP_NOT_EXIST(208704, "SecGroup [%s] does not exist", "spec"),

    // UHost
    WRONG_CPU(8105, "UHost [%s]: the CPU count is not valid for this machine", "spec"),
    WRONG_MEMORY(8106, "UHost [%s]: the memory size is not valid for this machine", "spec"),
    SHUT_DOWN_FIRST(8010, "UHost [%s] is not stopped, shut it down first", "spec"),
    UHOST_NOT_EXIST(8039, "UHost [%s] not exist or has been deleted", "spec"),
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
    VPC_IN_USE(230, "Params [VPCId] not valid: VPC [%s] still has subnets or resources", "cloudtwin"),
    SUBNET_IN_USE(230, "Params [SubnetId] not valid: subnet [%s] still has resources", "cloudtwin"),
    INVALID_NETWORK(230, "Params [Network] not valid: [%s] is not a usable CIDR block here", "cloudtwin"),
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
    INTERNAL_ERROR(5000, "Internal error", "cloudtwin");

    private static final Map<DomainError, UcloudRetCode> BY_DOMAIN = new EnumMap<>(DomainError.class);

    static {
        BY_DOMAIN.put(DomainError.INSTANCE_NOT_FOUND, RESOURCE_NOT_FOUND);
        BY_DOMAIN.put(DomainError.INSTANCE_DELETED, UHOST_NOT_EXIST);
        BY_DOMAIN.put(DomainError.SECURITY_GROUP_NOT_FOUND, SEC_GROUP_NOT_FOUND);
        BY_DOMAIN.put(DomainError.INCORRECT_INSTANCE_STATUS, WRONG_POWER_STATE);
        BY_DOMAIN.put(DomainError.INSTANCE_LOCKED, WRONG_POWER_STATE);
        BY_DOMAIN.put(DomainError.NOT_IN_GROUP, SEC_GROUP_NOT_FOUND);
        BY_DOMAIN.put(DomainError.LAST_GROUP, LAST_SEC_GROUP);
        BY_DOMAIN.put(DomainError.ALREADY_IN_GROUP, PARAMS_NOT_VALID);
        BY_DOMAIN.put(DomainError.GROUP_LIMIT_EXCEEDED, SEC_GROUP_LIMIT);
        BY_DOMAIN.put(DomainError.GROUP_IN_USE, SEC_GROUP_IN_USE);
        BY_DOMAIN.put(DomainError.NETWORK_MISMATCH, NETWORK_MISMATCH);
        BY_DOMAIN.put(DomainError.RULE_NOT_FOUND, RULE_NOT_FOUND);
        BY_DOMAIN.put(DomainError.BUSY, TIMEOUT);
        BY_DOMAIN.put(DomainError.VPC_NOT_FOUND, VPC_NOT_FOUND);
        BY_DOMAIN.put(DomainError.ZONE_NOT_FOUND, ZONE_NOT_AVAILABLE);
        BY_DOMAIN.put(DomainError.SUBNET_NOT_FOUND, SUBNET_NOT_FOUND);
        BY_DOMAIN.put(DomainError.VPC_IN_USE, VPC_IN_USE);
        BY_DOMAIN.put(DomainError.SUBNET_IN_USE, SUBNET_IN_USE);
        BY_DOMAIN.put(DomainError.INVALID_CIDR, INVALID_NETWORK);
        BY_DOMAIN.put(DomainError.CIDR_CONFLICT, NETWORK_OVERLAPS);
        BY_DOMAIN.put(DomainError.INVALID_ADDRESS, INVALID_PRIVATE_IP);
        BY_DOMAIN.put(DomainError.ADDRESS_IN_USE, PRIVATE_IP_IN_USE);
        BY_DOMAIN.put(DomainError.SUBNET_FULL, SUBNET_ADDRESSES_EXHAUSTED);
        BY_DOMAIN.put(DomainError.FIREWALL_NOT_FOUND, FIREWALL_NOT_FOUND);
        BY_DOMAIN.put(DomainError.FIREWALL_IN_USE, FIREWALL_IN_USE);
        BY_DOMAIN.put(DomainError.FIREWALL_NAME_EXISTS, FIREWALL_NAME_EXISTS);
        BY_DOMAIN.put(DomainError.FIREWALL_NOT_DELETABLE, RECOMMENDED_FIREWALL);
        BY_DOMAIN.put(DomainError.INVALID_FIREWALL_RULE, INVALID_FIREWALL_RULE);
        BY_DOMAIN.put(DomainError.INVALID_FIREWALL_PRIORITY, FIREWALL_PRIORITY);
        BY_DOMAIN.put(DomainError.GROUP_QUOTA_EXCEEDED, SEC_GROUP_QUOTA);
        BY_DOMAIN.put(DomainError.INSTANCE_QUOTA_EXCEEDED, UHOST_QUOTA);
    }

    private final int retCode;
    private final String message;
    private final String source;

    UcloudRetCode(int retCode, String message, String source) {
        this.retCode = retCode;
        this.message = message;
        this.source = source;
    }

    public int retCode() {
        return retCode;
    }

    public String source() {
        return source;
    }

    public String message(String argument) {
        return message.contains("%s") ? String.format(message, argument == null ? "" : argument) : message;
    }

    /** The RetCode of a core error; Aliyun-only errors (network interfaces, rule peers, tags) have none: 5000. */
    public static UcloudRetCode of(DomainError e) {
        return BY_DOMAIN.getOrDefault(e, INTERNAL_ERROR);
    }

    /** The first row with that number, for fault rules that name a RetCode. */
    public static Optional<UcloudRetCode> byNumber(int n) {
        for (UcloudRetCode c : values()) if (c.retCode == n) return Optional.of(c);
        return Optional.empty();
    }
}
