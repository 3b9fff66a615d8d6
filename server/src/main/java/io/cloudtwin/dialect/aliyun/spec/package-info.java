/**
 * The Aliyun spec layer: Alibaba's own API metadata (src/main/resources/aliyun-openapi, ECS 2014-05-26 and VPC
 * 2016-04-28) drives routing, validation, error codes and response shapes, so handlers hold only behaviour.
 *
 * <h2>Writing a handler</h2>
 * <pre>
 * &#64;Component
 * public class CreateVSwitch implements AliyunAction {
 *     public String name() { return "CreateVSwitch"; }
 *     public String product() { return AliyunSpecs.VPC; }          // default: AliyunSpecs.ECS
 *     public Map&lt;String, Object&gt; handle(AliyunRequest r) {
 *         var scope = r.regionalScope();                          // RegionId already checked against the endpoints
 *         String vpcId = r.required("VpcId");                      // required-ness, types, ranges, enums checked
 *         Map&lt;String, String&gt; tags = r.tags("Tag");              // Tag.N.Key / Tag.N.Value
 *         if (...) throw r.error("InvalidVpcId.NotFound");       // a code from the action's errorCodes
 *         return Map.of("VSwitchId", id);                          // JSON shape; the renderer types and orders it
 *     }
 * }
 * </pre>
 * A VPC action whose name is also an ECS action (DescribeRegions) needs a distinct class name (VpcDescribeRegions).
 * Lists in answers: give {@code "Instances", List.of(...)} or {@code Map.of("Instance", List.of(...))}; the schema
 * decides the wrapping in JSON and XML. Describe actions page with {@code r.paging(10)} (see Paging).
 * Every served action needs a recipe in the conformance test's registry (src/test/.../aliyun/spec/AliyunRecipes).
 *
 * <h2>Order of checks for a request</h2>
 * method, Action, Version (product by Version / x-acs-version and Host), signature, action known to the metadata
 * (else 404 InvalidAction.NotFound), served (else 501 NotImplemented), parameters (ParamValidator; the action's own
 * MissingParameter.X / InvalidX.Malformed codes where its errorCodes list them, else MissingParameter /
 * InvalidParameter; RegionId outside the endpoint list: InvalidRegionId.NotFound), faults, the handler.
 */
package io.cloudtwin.dialect.aliyun.spec;
