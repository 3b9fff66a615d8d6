package io.cloudtwin.dialect.ucloud;

import java.util.Map;

/** One UCloud API action. Returns the response fields besides Action and RetCode. */
public interface UcloudAction {
    String name();

    Map<String, Object> handle(UcloudRequest request);

    /** The RetCode for a refused business rule; UHost actions answer not-found with their own code. */
    default UcloudRetCode retCodeFor(io.cloudtwin.core.DomainError error) {
        return UcloudRetCode.of(error);
    }
}
