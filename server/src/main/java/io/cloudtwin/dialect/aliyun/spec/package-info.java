/**
 * The Aliyun spec layer: Alibaba's own API metadata (src/main/resources/aliyun-openapi, ECS 2014-05-26 and VPC
 * 2016-04-28) drives routing, validation, error codes and response shapes, so handlers hold only behaviour.
 *
 * <h2>Writing a handler</h2>
 * A handler implements the generated interface of each action it serves (one typed method an action, its request and
 * answer types generated from the metadata: docs/architecture.md has the recipe):
 * <pre>
 * &#64;Component
 * record Ipv4Gateways(Ipv4GatewayService gateways) implements VpcApi.DeleteIpv4Gateway, ... {
 *     &#64;Override
 *     public void deleteIpv4Gateway(AliyunCall call, DeleteIpv4GatewayRequest r) {
 *         gateways.delete(call.scope(), r.ipv4GatewayId());    // RegionId, required-ness, types, ranges: checked
 *     }
 * }
 * </pre>
 * The core's refusals are domain errors that AliyunErrors turns into a code the action documents; an answer with no
 * field of its own is a void method. A VPC action whose name is also an ECS action (DescribeRegions) is a method of
 * each product's interface. List actions page through a service's Listing with {@code call.listed} (see Paging).
 * Every served action needs a recipe in the conformance test's registry (src/test/.../aliyun/spec/AliyunRecipes).
 *
 * <h2>Order of checks for a request</h2>
 * method, Action, Version (product by Version / x-acs-version and Host), signature, action known to the metadata
 * (else 404 InvalidAction.NotFound), served (else 501 NotImplemented), parameters (ParamValidator; the action's own
 * MissingParameter.X / InvalidX.Malformed codes where its errorCodes list them, else MissingParameter /
 * InvalidParameter; RegionId outside the endpoint list: InvalidRegionId.NotFound), faults, the handler.
 */
package io.cloudtwin.dialect.aliyun.spec;
