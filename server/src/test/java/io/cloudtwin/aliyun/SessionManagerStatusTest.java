package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeUserBusinessBehaviorRequest;
import com.aliyun.ecs20140526.models.ModifyUserBusinessBehaviorRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * Terraform's alicloud_ecs_session_manager_status through the new ECS SDK as the provider calls it (statusKey
 * sessionManagerStatus, statusValue enabled or disabled, no RegionId): ModifyUserBusinessBehavior, then
 * DescribeUserBusinessBehavior until StatusValue is the value set; the account's, whatever the region.
 */
class SessionManagerStatusTest extends ServerTestBase {
    private static final String KEY = "sessionManagerStatus";
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
    }

    private String status(String region) throws Exception {
        return client.describeUserBusinessBehavior(new DescribeUserBusinessBehaviorRequest().setRegionId(region)
                .setStatusKey(KEY)).getBody().getStatusValue();
    }

    private void set(String value) throws Exception {
        client.modifyUserBusinessBehavior(new ModifyUserBusinessBehaviorRequest().setStatusKey(KEY)
                .setStatusValue(value));
    }

    @Test
    void theProvidersStatus() throws Exception {
        assertThat(status(null)).as("before the account sets it").isEqualTo("disabled");
        set("enabled");
        assertThat(status(null)).isEqualTo("enabled");
        assertThat(status("cn-beijing")).as("the account's in every region").isEqualTo("enabled");
        set("enabled");
        set("disabled");
        assertThat(status(REGION)).isEqualTo("disabled");
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        set("enabled");
        assertThat(code(() -> {
            set("Enabled");
            return null;
        })).isEqualTo("InvalidParams");
        assertThat(code(() -> client.modifyUserBusinessBehavior(new ModifyUserBusinessBehaviorRequest()
                .setStatusKey("otherStatus").setStatusValue("enabled")))).isEqualTo("InvalidParams");
        assertThat(code(() -> client.describeUserBusinessBehavior(new DescribeUserBusinessBehaviorRequest()
                .setStatusKey("otherStatus")))).isEqualTo("InvalidParams");
        assertThat(status(null)).isEqualTo("enabled");
    }

    @Test
    void theStateRoundTrip() throws Exception {
        set("enabled");
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(status(null)).isEqualTo("disabled");
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(status(null)).isEqualTo("enabled");
    }

    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("ModifyUserBusinessBehavior", api -> AliyunApi.params("statusKey", KEY, "statusValue", "enabled"))
                    .fails("InvalidParams", api -> AliyunApi.params("statusKey", KEY, "statusValue", "on"));
            r.ecs("DescribeUserBusinessBehavior", api -> AliyunApi.params("RegionId", REGION, "statusKey", KEY))
                    .fails("InvalidParams", api -> AliyunApi.params("statusKey", "otherStatus"));
        }
    }
}
