package io.cloudtwin.core;

/**
 * What went wrong, in cloud-neutral terms. Each dialect maps every value to its own code, status and message
 * (Aliyun: AliyunErrors; UCloud: UcloudRetCodes).
 */
public enum DomainError {
    INSTANCE_NOT_FOUND,
    SECURITY_GROUP_NOT_FOUND,
    /** the instance's power state does not allow the operation */
    INCORRECT_INSTANCE_STATUS,
    /** the instance is locked for security reasons */
    INSTANCE_LOCKED,
    /** the instance is not bound to that group */
    NOT_IN_GROUP,
    /** the operation would leave an instance with no security group */
    LAST_GROUP,
    /** the instance is already bound to that group */
    ALREADY_IN_GROUP,
    /** an instance would be in more groups than allowed */
    GROUP_LIMIT_EXCEEDED,
    /** the security group still has instances bound */
    GROUP_IN_USE,
    /** instance and group are in different VPCs */
    NETWORK_MISMATCH,
    /** the instance was already deleted */
    INSTANCE_DELETED,
    /** a security-group rule named in the request does not exist */
    RULE_NOT_FOUND,
    /** the account has as many security groups as its quota allows (cloudtwin.limits.security-groups-per-account) */
    GROUP_QUOTA_EXCEEDED,
    /** the account has as many instances as its quota allows (cloudtwin.limits.instances-per-account) */
    INSTANCE_QUOTA_EXCEEDED,
    /** the store could not finish in time (lock wait, deadlock): safe to retry */
    BUSY
}
