package io.cloudtwin.dialect.ucloud.uhost;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudValues;

/**
 * Not a bean: what a handler must not look like, for ArchitectureRulesBiteTest (it reads a parameter by name, builds a
 * map as its answer, and goes to a repository).
 */
public class ForbiddenHandlerSample {
    private final InstanceStore store;

    public ForbiddenHandlerSample(InstanceStore store) {
        this.store = store;
    }

    public Map<String, Object> describeUHostInstance(UcloudCall call, UcloudValues values) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("UHostId", values.string("UHostId"));
        answer.put("Store", store.toString());
        return answer;
    }
}
