package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * The data source alicloud_vpc_flow_log_service (enable = "On") in the provider's order: GetFlowLogServiceStatus, and
 * OpenFlowLogService when Enabled is false; a second opening answers OperationFailed.ExceedPurchaseLimit, which the
 * provider reads as opened. The service is the account's, kept by the state document. The Express Connect service of
 * alicloud_express_connect_physical_connection_service likewise (InvalidOperation.OrderOpened).
 */
class OpenedServiceTest extends ServerTestBase {
    private AliyunApi api;

    @BeforeEach
    void clients() {
        api = new AliyunApi(port);
    }

    /** The provider's read: GetFlowLogServiceStatus' Enabled, a JSON boolean it type-asserts. */
    private boolean enabled() {
        var answer = api.vpc("GetFlowLogServiceStatus", "RegionId", REGION).path("Enabled");
        assertThat(answer.isBoolean()).as("a JSON boolean").isTrue();
        return answer.asBoolean();
    }

    private String code(String action) {
        var reply = api.send("Vpc", action, "JSON", AliyunApi.params("RegionId", REGION));
        assertThat(reply.status()).as(action + " refused: " + reply.body()).isEqualTo(400);
        return reply.tree().path("Code").asString();
    }

    @Test
    void theFlowLogServiceIsOpenedOnceForTheAccount() throws Exception {
        assertThat(enabled()).as("not opened yet").isFalse();
        var opened = api.vpc("OpenFlowLogService", "RegionId", REGION);
        assertThat(opened.path("Message").asString("")).as("a 200 answer with a Code and a Message is an error to the "
                + "provider: " + opened).isEmpty();
        assertThat(enabled()).isTrue();
        assertThat(api.vpc("GetFlowLogServiceStatus", "RegionId", "cn-beijing").path("Enabled").asBoolean())
                .as("the account's, in every region").isTrue();
        assertThat(code("OpenFlowLogService")).as("what the provider reads as opened")
                .isEqualTo("OperationFailed.ExceedPurchaseLimit");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("openedServices");
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(enabled()).as("kept through the state document").isTrue();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(enabled()).as("a reset closes it").isFalse();
    }

    @Test
    void theExpressConnectServiceIsOpenedOnceAndAgainReadAsOpened() {
        assertThat(api.vpc("GetPhysicalConnectionServiceStatus", "RegionId", REGION).path("Enabled").asBoolean())
                .isFalse();
        api.vpc("OpenPhysicalConnectionService", "RegionId", REGION);
        assertThat(api.vpc("GetPhysicalConnectionServiceStatus", "RegionId", REGION).path("Enabled").asBoolean())
                .isTrue();
        assertThat(code("OpenPhysicalConnectionService")).as("what the provider's data source reads as opened")
                .isEqualTo("InvalidOperation.OrderOpened");
    }

    /** Conformance calls: opening (and opening again) and the status. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.vpc("OpenFlowLogService", api -> AliyunApi.params("RegionId", REGION))
                    .fails("OperationFailed.ExceedPurchaseLimit", api -> {
                        api.vpc("OpenFlowLogService", "RegionId", REGION);
                        return AliyunApi.params("RegionId", REGION);
                    });
            r.vpc("OpenPhysicalConnectionService", api -> AliyunApi.params("RegionId", REGION))
                    .fails("InvalidOperation.OrderOpened", api -> {
                        api.vpc("OpenPhysicalConnectionService", "RegionId", REGION);
                        return AliyunApi.params("RegionId", REGION);
                    });
            r.vpc("GetPhysicalConnectionServiceStatus", api -> AliyunApi.params("RegionId", REGION));
            r.vpc("GetFlowLogServiceStatus", api -> {
                api.vpc("OpenFlowLogService", "RegionId", REGION);
                return AliyunApi.params("RegionId", REGION);
            });
        }
    }
}
