package io.cloudtwin.dialect.ucloud;

import io.cloudtwin.core.Account;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;

/**
 * One authenticated UCloud call as a handler sees it, beside its typed request: the caller and the scope its Region
 * and ProjectId name, and the gateway's parameter errors (220, 230) for what a handler checks beyond the documented
 * types (a rule's port list, a Direction word). The scope is the cloud, account, Region (null for account-wide
 * actions) and ProjectId the core works in.
 */
public record UcloudCall(String action, Account account, Scope scope) {
    public UcloudCall(String action, Account account, String region, String project) {
        this(action, account, new Scope(Cloud.UCLOUD, account.id(), region, project));
    }

    /** 230 Params [key] not valid. */
    public UcloudException invalid(String key) {
        return new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, key);
    }

    /** 220 Missing params [key]. */
    public UcloudException missing(String key) {
        return new UcloudException(UcloudRetCode.MISSING_PARAMS, key);
    }

    /** A RetCode of the table, its message naming the subject. */
    public UcloudException error(UcloudRetCode code, String subject) {
        return new UcloudException(code, subject);
    }
}
