package io.cloudtwin.dialect.aliyun;

import java.util.Optional;

/**
 * Every error the Aliyun dialect answers with: code, HTTP status and message as the real ECS API gives them.
 * Messages with %s take the parameter name (or, for SignatureDoesNotMatch, the server's string to sign).
 */
public enum AliyunError {
    // protocol: request shape, authentication, dispatch
    MISSING_PARAMETER("MissingParameter", 400,
            "The input parameter \"%s\" that is mandatory for processing this request is not supplied."),
    INVALID_PARAMETER("InvalidParameter", 400, "The specified parameter \"%s\" is not valid."),
    INVALID_ACTION("InvalidAction.NotFound", 404, "Specified api is not found, please check your url and method."),
    INVALID_VERSION("InvalidVersion", 400, "Specified parameter Version is not valid."),
    UNSUPPORTED_HTTP_METHOD("UnsupportedHTTPMethod", 400, "This http method is not supported."),
    MISSING_SIGNATURE("MissingSignature", 400, "Signature is mandatory for this action."),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 400,
            "Specified signature does not match our calculation. server string to sign is:%s"),
    INCOMPLETE_SIGNATURE("IncompleteSignature", 400,
            "The request signature does not conform to Aliyun standards. server string to sign is:%s"),
    INVALID_SIGNATURE_METHOD("InvalidSignatureMethod", 400, "Specified signature method is not valid."),
    INVALID_ACCESS_KEY("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found."),
    NONCE_USED("SignatureNonceUsed", 400, "Specified signature nonce was used already."),
    TIMESTAMP_EXPIRED("InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired."),
    TIMESTAMP_FORMAT("InvalidTimeStamp.Format", 400, "Specified time stamp or date value is not well formatted."),
    // values refused by InputLimits before they reach the store (codes from the actions' errorCodes in Alibaba's metadata)
    SECURITY_GROUP_NAME_MALFORMED("InvalidSecurityGroupName.Malformed", 400, "Specified security group name is not valid."),
    INSTANCE_NAME_MALFORMED("InvalidInstanceName.Malformed", 400, "The specified parameter \"InstanceName\" is not valid."),
    DESCRIPTION_MALFORMED("InvalidDescription.Malformed", 400, "The specified parameter \"Description\" is not valid."),
    THROTTLING("Throttling", 400, "Request was denied due to request throttling."),
    DRY_RUN("DryRunOperation", 400, "Request validation has been passed with DryRun flag set."),
    NOT_IMPLEMENTED("NotImplemented", 501, "The action %s is in the Alibaba Cloud API metadata but cloudtwin does not "
            + "serve it yet; see the coverage table in docs/aliyun.md."),
    REGION_NOT_FOUND("InvalidRegionId.NotFound", 404, "The specified RegionId does not exist."),

    // business: ECS instances and security groups
    INSTANCE_NOT_FOUND("InvalidInstanceId.NotFound", 404, "The specified InstanceId does not exist."),
    SECURITY_GROUP_NOT_FOUND("InvalidSecurityGroupId.NotFound", 404, "The specified SecurityGroupId does not exist."),
    INCORRECT_INSTANCE_STATUS("IncorrectInstanceStatus", 403,
            "The current status of the resource does not support this operation."),
    INSTANCE_LOCKED("InstanceLockedForSecurity", 403,
            "The specified operation is denied as your instance is locked for security reasons."),
    NOT_IN_GROUP("InstanceNotInSecurityGroup", 403, "The instance not in the group."),
    LAST_GROUP("InstanceLastSecurityGroup", 403,
            "The specified security group is the last security group for the instance."),
    ALREADY_IN_GROUP("InvalidInstanceId.AlreadyExists", 403,
            "The specified instance already exists in the specified security group."),
    GROUP_LIMIT_EXCEEDED("InstanceSecurityGroupLimitExceeded", 400,
            "Exceeding the allowed amount of security groups that an instance can be in."),
    GROUP_IN_USE("DependencyViolation", 403, "There is still instance(s) in the specified security group."),
    NETWORK_MISMATCH("InvalidInstanceId.Mismatch", 400, "Specified instance and security group are not in the same VPC."),

    // business: VPCs, vSwitches and private addresses (defaults; an action may answer its own code instead)
    VPC_NOT_FOUND("InvalidVpcId.NotFound", 404, "Specified VPC does not exist."),
    ZONE_NOT_FOUND("InvalidZoneId.NotFound", 404, "Specified zone does not exist."),
    VSWITCH_NOT_FOUND("InvalidVSwitchId.NotFound", 404, "Specified virtual switch does not exist."),
    VPC_IN_USE("DependencyViolation", 400, "Specified object has dependent resources"),
    VSWITCH_IN_USE("DependencyViolation", 400, "Resources deployed in the vSwitch have not been deleted."),
    INVALID_CIDR("InvalidCidrBlock.Malformed", 400, "Specified CIDR block is not valid."),
    CIDR_OVERLAPPED("InvalidCidrBlock.Overlapped", 400, "Specified CIDR block overlapped with other subnets."),
    INVALID_PRIVATE_IP("InvalidPrivateIpAddress", 400,
            "Specified private IP address is not in the CIDR block of virtual switch."),
    PRIVATE_IP_DUPLICATED("InvalidPrivateIpAddress.Duplicated", 400, "The specified private IP address is already in use."),
    PRIVATE_IP_QUOTA("QuotaExceeded.PrivateIpAddress", 400, "Don't have enough private IPs in this switch."),
    GROUP_QUOTA_EXCEEDED("QuotaExceed.SecurityGroup", 403, "The maximum number of security groups is reached."),
    INSTANCE_QUOTA_EXCEEDED("QuotaExceed.AfterpayInstance", 400, "Living afterpay instances quota exceeded."),

    // service
    REQUEST_TIMEOUT("RequestTimeout", 504, "The request encounters an upstream server timeout."),
    SERVICE_UNAVAILABLE("ServiceUnavailable", 503, "The request has failed due to a temporary failure of the server."),
    INTERNAL_ERROR("InternalError", 500,
            "The request processing has failed due to some unknown error, exception or failure.");

    private final String code;
    private final int httpStatus;
    private final String message;

    AliyunError(String code, int httpStatus, String message) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.message = message;
    }

    public String code() { return code; }
    public int httpStatus() { return httpStatus; }

    public String message(String argument) {
        return message.contains("%s") ? String.format(message, argument == null ? "" : argument) : message;
    }

    public static Optional<AliyunError> byCode(String code) {
        for (AliyunError e : values()) if (e.code.equals(code)) return Optional.of(e);
        return Optional.empty();
    }
}
