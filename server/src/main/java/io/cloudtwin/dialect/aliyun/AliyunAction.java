package io.cloudtwin.dialect.aliyun;

import java.util.Map;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/**
 * One action of an Aliyun product, registered as a Spring bean. Before handle() runs the dialect has routed the
 * request to the product (Version / Host), authenticated it and validated every parameter against the action's
 * metadata; handle() reads typed values from the AliyunRequest (see its javadoc), calls the core, and returns the
 * response fields in JSON shape (lists wrapped as {"Instances":{"Instance":[...]}}, or the bare list for a wrapper
 * of one array). The renderer orders and types them by the action's response schema in JSON and XML and fills the
 * documented fields the handler leaves out with empty values; it never drops a field, so a field outside the schema
 * fails the conformance test. Errors: throw r.error(code) for codes the action documents, or a DomainException.
 * <p>Every implemented action needs a recipe in the conformance fixtures (test: aliyun/spec/AliyunRecipes) or the
 * conformance test fails.
 */
public interface AliyunAction {
    /** The Action name, as in the real API. */
    String name();

    /** The product it belongs to: AliyunSpecs.ECS (default) or AliyunSpecs.VPC. */
    default String product() {
        return AliyunSpecs.ECS;
    }


    /** A short note for the coverage table in docs/aliyun.md (what is modelled, what is not); may be empty. */
    default String coverageNote() {
        return "";
    }

    /** The response body without RequestId, in JSON shape. */
    Map<String, Object> handle(AliyunRequest request);
}
