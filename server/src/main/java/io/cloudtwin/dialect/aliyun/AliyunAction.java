package io.cloudtwin.dialect.aliyun;

import java.util.Map;

/** One ECS API action. Handlers parse with AliyunRequest, call the core, and return the response fields. */
public interface AliyunAction {
    /** The Action name, as in the real API. */
    String name();

    /** The response body without RequestId, in JSON shape: lists wrapped as {"Items":{"Item":[...]}}. */
    Map<String, Object> handle(AliyunRequest request);
}
