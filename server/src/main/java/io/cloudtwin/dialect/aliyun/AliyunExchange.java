package io.cloudtwin.dialect.aliyun;

import java.util.Map;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.dialect.Exchange;
import io.cloudtwin.dialect.HttpCall;
import io.cloudtwin.dialect.aliyun.AliyunRenderer.Format;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ProductSpec;

/** One Aliyun request: its answer format, parameters, product and the action's metadata once routed. */
public final class AliyunExchange extends Exchange {
    Format format;
    Map<String, String> params;
    ProductSpec productSpec;
    ActionSpec spec;

    AliyunExchange(HttpCall http, String requestId, Format format, String product) {
        super(Cloud.ALIYUN, http, requestId);
        this.format = format;
        product(product);
    }

    /** The action's metadata, or null when the request was refused before an action was resolved. */
    public ActionSpec spec() {
        return spec;
    }

    /** Whether the answer is JSON (else XML). */
    public boolean json() {
        return format == Format.JSON;
    }
}
