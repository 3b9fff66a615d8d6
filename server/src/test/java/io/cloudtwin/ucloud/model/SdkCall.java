package io.cloudtwin.ucloud.model;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.ucloud.common.exception.UCloudException;
import cn.ucloud.common.request.Request;

/**
 * A request for the real UCloud Java client (cn.ucloud:ucloud-sdk-java-common) with its parameters given as flat
 * keys and typed values, as a generated product SDK would encode them ({@code "Disks.0.Size": 20},
 * {@code "SecGroupId.0": "secgroup-x"}): the client signs and sends exactly these. Lets a scenario replay a tool's
 * calls with the parameters it sends without declaring a class per action.
 */
public class SdkCall extends Request {
    private final Map<String, Object> params = new LinkedHashMap<>();

    public SdkCall(String action, Object... kv) {
        setAction(action);
        for (int i = 0; i < kv.length; i += 2) params.put((String) kv[i], kv[i + 1]);
    }

    @Override
    public Map<String, Object> encode() throws UCloudException {
        Map<String, Object> m = super.encode();
        m.putAll(params);
        return m;
    }
}
