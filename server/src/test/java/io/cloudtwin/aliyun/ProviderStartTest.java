package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.endpoint.location.model.v20150612.DescribeEndpointsRequest;
import com.aliyuncs.endpoint.location.model.v20150612.DescribeEndpointsResponse;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.AliyunV1Signer;
import io.cloudtwin.support.RawHttp;
import io.cloudtwin.support.ServerTestBase;

/**
 * What Alibaba's tools call before any resource, each the way it calls it: the Terraform provider's account-type probe
 * (BssOpenApi QueryAvailableInstances, tea-rpc: common parameters in the query, the rest in a form body, signature v1),
 * its endpoint lookup for every product without an override (Location DescribeEndpoints, everything in the query,
 * without Type), the CLI's endpoint lookup (the same with Type=openAPI, by GET) and its {@code configure} check (STS
 * GetCallerIdentity signed ACS3-HMAC-SHA256, the action in x-acs-action), and the provider's account id (the same call,
 * signature v1).
 */
class ProviderStartTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Client tea(String signatureAlgorithm) throws Exception {
        Config config = new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION);
        if (signatureAlgorithm != null) config.setSignatureAlgorithm(signatureAlgorithm);
        return new Client(config);
    }

    private static Params rpc(String action, String version) {
        return new Params().setAction(action).setVersion(version).setProtocol("HTTP").setPathname("/")
                .setMethod("POST").setAuthType("AK").setStyle("RPC").setReqBodyType("formData").setBodyType("json");
    }

    private static JsonNode body(Map<String, ?> answer) {
        assertThat(answer.get("statusCode")).isEqualTo(200);
        return JSON.valueToTree(answer.get("body"));
    }

    @Test
    void theAccountTypeProbeSucceedsWithAnEmptyListAlwaysPresent() throws Exception {
        var form = Map.of("PageSize", "50", "PageNum", "1", "ProductCode", "vipcloudfw", "ProductType", "vipcloudfw",
                "SubscriptionType", "Subscription");
        for (String signature : new String[] {"v2", null}) {
            JsonNode body = body(tea(signature).callApi(rpc("QueryAvailableInstances", "2017-12-14"),
                    new OpenApiRequest().setBody(form), new RuntimeOptions()));
            // the provider takes a 200 for an error unless Code is Success (or Success is true)
            assertThat(body.get("Code").asString()).isEqualTo("Success");
            assertThat(body.get("Success").asBoolean()).isTrue();
            assertThat(body.get("Data").get("InstanceList").isArray()).as("read as an array unchecked").isTrue();
            assertThat(body.get("Data").get("InstanceList")).isEmpty();
            assertThat(body.get("Data").get("TotalCount").asInt()).isZero();
            assertThat(body.get("Data").get("PageSize").asInt()).isEqualTo(50);
        }
    }

    @Test
    void everyServedProductIsFoundWhereTheQuestionWasAsked() throws Exception {
        var client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
        for (String code : new String[] {"ecs", "vpc", "slb", "sts"}) {
            DescribeEndpointsRequest ask = new DescribeEndpointsRequest();
            ask.setSysEndpoint(endpoint());
            ask.setSysProtocol(ProtocolType.HTTP);
            ask.setSysMethod(MethodType.POST);
            ask.setId(REGION);
            ask.setServiceCode(code); // no Type, as the provider sends it
            DescribeEndpointsResponse answer = client.getAcsResponse(ask);
            assertThat(answer.getSuccess()).isTrue();
            assertThat(answer.getEndpoints()).as(code).singleElement().satisfies(e -> {
                assertThat(e.getType()).isEqualTo("openAPI");
                assertThat(e.getEndpoint()).as("the tool's next call comes back here").isEqualTo(endpoint());
                assertThat(e.getSerivceCode()).isEqualTo(code);
                assertThat(e.getId()).isEqualTo(REGION);
                assertThat(e.getProtocols()).contains("HTTP");
            });
        }
        DescribeEndpointsRequest unknown = new DescribeEndpointsRequest();
        unknown.setSysEndpoint(endpoint());
        unknown.setSysProtocol(ProtocolType.HTTP);
        unknown.setId(REGION);
        unknown.setServiceCode("rds");
        assertThat(client.getAcsResponse(unknown).getEndpoints()).as("not served: the tool falls back").isEmpty();
        unknown.setServiceCode("ecs");
        unknown.setType("innerAPI");
        assertThat(client.getAcsResponse(unknown).getEndpoints()).isEmpty();
    }

    @Test
    void onAnAlibabaHostTheAnswerIsTheProductsOwnRegionalHost() throws Exception {
        // the CLI: GET location-readonly.aliyuncs.com with Type=openAPI (a client whose DNS sends that host here)
        var signed = AliyunV1Signer.sign("GET", AK, SECRET, Map.of("Action", "DescribeEndpoints",
                "Version", "2015-06-12", "Id", REGION, "ServiceCode", "vpc", "Type", "openAPI", "Format", "JSON"));
        RawHttp.Reply r = RawHttp.send(port, "GET", "/?" + AliyunV1Signer.query(signed), null, new byte[0],
                "Host: location-readonly.aliyuncs.com");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode first = JSON.readTree(r.body()).get("Endpoints").get("Endpoint").get(0);
        assertThat(first.get("Endpoint").asString()).as("the metadata's endpoint of the region").isEqualTo("vpc.cn-hangzhou.aliyuncs.com");
    }

    @Test
    void theCallerIsTheAccountByEitherSignature() throws Exception {
        for (String signature : new String[] {null, "v2"}) {
            Params p = rpc("GetCallerIdentity", "2015-04-01");
            JsonNode body = body(tea(signature).callApi(p, new OpenApiRequest(), new RuntimeOptions()));
            assertThat(body.get("AccountId").asString()).isEqualTo("1000000000000001");
            assertThat(body.get("PrincipalId").asString()).isEqualTo("1000000000000001");
            assertThat(body.get("IdentityType").asString()).isEqualTo("Account");
            assertThat(body.get("Arn").asString()).isEqualTo("acs:ram::1000000000000001:root");
        }
    }

    /** Conformance recipes: the answers held to each product's metadata, the fuzz thrown at each action. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.of("BssOpenApi", "QueryAvailableInstances", api -> AliyunApi.params("PageSize", "50", "PageNum", "1",
                    "ProductCode", "vipcloudfw", "ProductType", "vipcloudfw", "SubscriptionType", "Subscription"));
            r.of("Location", "DescribeEndpoints", api -> AliyunApi.params("Id", REGION, "ServiceCode", "ecs"));
            r.of("Sts", "GetCallerIdentity", api -> AliyunApi.params());
        }
    }
}
