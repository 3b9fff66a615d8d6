package io.cloudtwin.dialect.ucloud;

import java.util.Map;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.dialect.Exchange;
import io.cloudtwin.dialect.HttpCall;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/** One UCloud request: its parameters, the documented action, the Region and ProjectId it works in. */
final class UcloudExchange extends Exchange {
    Map<String, String> params;
    UcloudApiSpec.Action documented;
    String region;
    String project;

    UcloudExchange(HttpCall http, String requestId) {
        super(Cloud.UCLOUD, http, requestId);
    }
}
