package io.cloudtwin.dialect.aliyun.spec;

import io.cloudtwin.spec.aliyun.ActionSpec;

/**
 * Sees every Aliyun answer after it is rendered (none are registered in production). The conformance test registers
 * one that records each answer, to hold every answer any test provokes to the action's metadata.
 */
public interface AnswerObserver {
    /**
     * @param product Ecs or Vpc (the routed product, or the host's/version's guess for requests refused earlier)
     * @param action the action's spec, or null when the request was refused before an action was resolved
     * @param json whether the body is JSON (else XML)
     */
    void answered(String product, ActionSpec action, boolean json, int status, String code, byte[] body);
}
