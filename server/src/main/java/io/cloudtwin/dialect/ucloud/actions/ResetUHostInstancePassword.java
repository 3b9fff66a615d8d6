package io.cloudtwin.dialect.ucloud.actions;

import java.util.Base64;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.UhostDetails;

/**
 * UHostId, LoginMode (Password default: a base64 Password, as the SDKs encode it; KeyPair: KeyPairId): the host must be
 * Stopped (8010), as Terraform stops it first. The password itself is not kept.
 */
@Component
public class ResetUHostInstancePassword implements UcloudAction {
    private final UhostDetails details;

    public ResetUHostInstancePassword(UhostDetails details) {
        this.details = details;
    }

    @Override
    public String name() {
        return "ResetUHostInstancePassword";
    }

    @Override
    public UcloudRetCode retCodeFor(DomainError e) {
        return e == DomainError.INCORRECT_INSTANCE_STATUS ? UcloudRetCode.SHUT_DOWN_FIRST : UhostErrors.of(e);
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String id = r.string("UHostId");
        String mode = r.string("LoginMode", "Password");
        switch (mode) {
            case "Password" -> {
                if (!r.has("Password")) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Password");
                try {
                    Base64.getDecoder().decode(r.string("Password"));
                } catch (IllegalArgumentException e) {
                    throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Password");
                }
            }
            case "KeyPair" -> {
                if (!r.has("KeyPairId")) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "KeyPairId");
            }
            default -> throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "LoginMode");
        }
        details.resetPassword(r.scope(), id, mode);
        return Map.of("UHostId", id);
    }
}
