package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeHighDefinitionMonitorLogAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeHighDefinitionMonitorLogAttributeResponse;
import com.aliyuncs.vpc.model.v20160428.ReleaseEipAddressRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * alicloud_eip_address with high_definition_monitor_log_status = "ON": the provider's update sends
 * SetHighDefinitionMonitorLogStatus (InstanceType EIP, Status, LogProject, LogStore), its read takes HDMonitorStatus
 * from DescribeEipAddresses and, while ON, LogProject and LogStore from DescribeHighDefinitionMonitorLogAttribute.
 */
class EipMonitorLogTest extends ServerTestBase {
    private ClassicSdk vpc;
    private AliyunApi api;

    @BeforeEach
    void clients() {
        vpc = new ClassicSdk(endpoint());
        api = new AliyunApi(port);
    }

    private String eip() throws ClientException {
        AllocateEipAddressRequest a = new AllocateEipAddressRequest();
        a.setBandwidth("5");
        return vpc.call(a).getAllocationId();
    }

    private String set(String eipId, String status, String project, String store) {
        return api.outcome(AliyunSpecs.VPC, "SetHighDefinitionMonitorLogStatus", "RegionId", REGION, "InstanceId",
                eipId, "InstanceType", "EIP", "Status", status, "LogProject", project, "LogStore", store);
    }

    private String status(String eipId) throws ClientException {
        DescribeEipAddressesRequest d = new DescribeEipAddressesRequest();
        d.setAllocationId(eipId);
        return vpc.call(d).getEipAddresses().get(0).getHDMonitorStatus();
    }

    private DescribeHighDefinitionMonitorLogAttributeResponse attribute(String eipId) throws ClientException {
        DescribeHighDefinitionMonitorLogAttributeRequest d = new DescribeHighDefinitionMonitorLogAttributeRequest();
        d.setInstanceId(eipId);
        d.setInstanceType("EIP");
        return vpc.call(d);
    }

    @Test
    void theProvidersMonitoringOnAndOff() throws Exception {
        String id = eip();
        assertThat(status(id)).isEqualTo("OFF");
        assertThat(attribute(id).getLogProject()).isEmpty();

        assertThat(set(id, "ON", "tf-project", "tf-store")).isEqualTo("ok");
        assertThat(status(id)).isEqualTo("ON");
        var on = attribute(id);
        assertThat(on.getInstanceId() + " " + on.getInstanceType() + " " + on.getLogProject() + " " + on.getLogStore())
                .isEqualTo(id + " EIP tf-project tf-store");
        assertThat(api.vpc("SetHighDefinitionMonitorLogStatus", "RegionId", REGION, "InstanceId", id, "Status", "ON",
                "LogProject", "tf-project", "LogStore", "tf-store-2").path("Success").asString()).isEqualTo("true");
        assertThat(attribute(id).getLogStore()).as("ON again: a new destination").isEqualTo("tf-store-2");

        assertThat(set(id, "OFF", "tf-project", "tf-store-2")).isEqualTo("ok");
        assertThat(status(id)).isEqualTo("OFF");
        assertThat(attribute(id).getLogStore()).isEmpty();
    }

    @Test
    void badInputIsRefusedAndChangesNothing() throws Exception {
        String id = eip();
        assertThat(set(id, "MAYBE", "project", "store")).isEqualTo("ParameterInvalid");
        assertThat(api.refusal(AliyunSpecs.VPC, "SetHighDefinitionMonitorLogStatus", "RegionId", REGION, "InstanceId",
                id, "InstanceType", "Nat", "Status", "ON", "LogProject", "project", "LogStore", "store"))
                .isEqualTo("ParameterInvalid");
        assertThat(set(id, "ON", "Not_A_Project", "store")).isEqualTo("ProjectOrLogstoreNotExist");
        assertThat(set(id, "ON", "project", "x".repeat(64))).isEqualTo("ProjectOrLogstoreNotExist");
        assertThat(set("eip-nothere000000000", "ON", "project", "store")).isEqualTo("InvalidAllocationId.NotFound");
        assertThat(vpc.refusal(describeOf("eip-nothere000000000"))).isEqualTo("InvalidAllocationId.NotFound");
        assertThat(status(id)).isEqualTo("OFF");
    }

    private static DescribeHighDefinitionMonitorLogAttributeRequest describeOf(String eipId) {
        DescribeHighDefinitionMonitorLogAttributeRequest d = new DescribeHighDefinitionMonitorLogAttributeRequest();
        d.setInstanceId(eipId);
        return d;
    }

    @Test
    void monitoringSurvivesTheStateRoundTripAndGoesWithTheEip() throws Exception {
        String id = eip();
        set(id, "ON", "kept-project", "kept-store");
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        var imported = admin("POST", "/_cloudtwin/state?replace=true", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("ON");
        assertThat(attribute(id).getLogProject()).isEqualTo("kept-project");

        ReleaseEipAddressRequest release = new ReleaseEipAddressRequest();
        release.setAllocationId(id);
        vpc.call(release);
        assertThat(admin("GET", "/_cloudtwin/state", null).body()).doesNotContain("kept-project");
    }

    /** Conformance calls: the two monitoring actions, answered as their metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String eip(AliyunApi api) {
            return api.vpc("AllocateEipAddress", "RegionId", REGION).path("AllocationId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("SetHighDefinitionMonitorLogStatus", api -> AliyunApi.params("RegionId", REGION, "InstanceId",
                    eip(api), "InstanceType", "EIP", "Status", "ON", "LogProject", "project", "LogStore", "store"));
            r.vpc("DescribeHighDefinitionMonitorLogAttribute", api -> {
                String id = eip(api);
                api.vpc("SetHighDefinitionMonitorLogStatus", "RegionId", REGION, "InstanceId", id, "Status", "ON",
                        "LogProject", "project", "LogStore", "store");
                return AliyunApi.params("RegionId", REGION, "InstanceId", id, "InstanceType", "EIP");
            });
        }
    }
}
