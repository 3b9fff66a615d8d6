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
    PROJECT_NOT_FOUND(292, "Project [%s] not found", "spec"),
    RATE_LIMITED(153, "Request rate limited, please retry later", "spec"),
    TIMEOUT(110, "Request timeout, please retry", "spec"),

    // UHost
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
        BY_DOMAIN.put(DomainError.GROUP_QUOTA_EXCEEDED, SEC_GROUP_QUOTA);
        BY_DOMAIN.put(DomainError.INSTANCE_QUOTA_EXCEEDED, UHOST_QUOTA);
        for (DomainError e : DomainError.values()) {
            if (!BY_DOMAIN.containsKey(e)) throw new ExceptionInInitializerError("no UCloud RetCode for " + e);
        }
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

    public static UcloudRetCode of(DomainError e) {
        return BY_DOMAIN.get(e);
    }

    /** The first row with that number, for fault rules that name a RetCode. */
    public static Optional<UcloudRetCode> byNumber(int n) {
        for (UcloudRetCode c : values()) if (c.retCode == n) return Optional.of(c);
        return Optional.empty();
    }
}
