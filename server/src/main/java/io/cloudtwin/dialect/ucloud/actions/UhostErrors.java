package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;

/** UHost actions answer an unknown host with 8039, not with the VPC's 230. */
final class UhostErrors {
    private UhostErrors() {}

    static UcloudRetCode of(DomainError e) {
        return e == DomainError.INSTANCE_NOT_FOUND ? UcloudRetCode.UHOST_NOT_EXIST : UcloudRetCode.of(e);
    }
}
