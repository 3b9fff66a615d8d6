package io.cloudtwin.dialect.aliyun.sts;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.sts.api.GetCallerIdentityRequest;
import io.cloudtwin.dialect.aliyun.sts.api.GetCallerIdentityResponse;
import io.cloudtwin.dialect.aliyun.sts.api.StsApi;

/**
 * Who signed the call: the Terraform provider's account id (ARNs, {@code alicloud_caller_identity}) and the aliyun
 * CLI's {@code configure} check. cloudtwin's access keys belong to the account itself, as a root account's keys do:
 * its id is the principal and the user, and its ARN names the root.
 */
@Component
record CallerIdentity() implements StsApi.GetCallerIdentity {
    static final String ACCOUNT = "Account";

    @Override
    public GetCallerIdentityResponse getCallerIdentity(AliyunCall call, GetCallerIdentityRequest r) {
        String id = call.account().id();
        return new GetCallerIdentityResponse().setIdentityType(ACCOUNT).setAccountId(id).setPrincipalId(id)
                .setUserId(id).setArn("acs:ram::" + id + ":root").setRoleId("");
    }
}
