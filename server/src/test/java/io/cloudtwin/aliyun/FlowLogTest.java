package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.ActiveFlowLogRequest;
import com.aliyuncs.vpc.model.v20160428.CreateFlowLogRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeactiveFlowLogRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteFlowLogRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeFlowLogsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeFlowLogsResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyFlowLogAttributeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_vpc_flow_log through the classic VPC SDK, in the provider's order: CreateFlowLog -> DescribeFlowLogs
 * by FlowLogId until Active -> TagResources (FLOWLOG) -> DeactiveFlowLog until Inactive (status) -> ActiveFlowLog ->
 * ModifyFlowLogAttribute -> DeleteFlowLog -> an empty list, which the provider reads as gone. The log service is not
 * emulated: the project and store are names. And what CreateFlowLog checks, each refusal making nothing.
 */
class FlowLogTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private String newVpc() throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.90.0.0/16");
        return vpc.call(v).getVpcId();
    }

    private CreateFlowLogRequest flowLog(String type, String id) {
        CreateFlowLogRequest c = new CreateFlowLogRequest();
        c.setResourceType(type);
        c.setResourceId(id);
        c.setTrafficType("All");
        c.setProjectName("sls-project");
        c.setLogStoreName("sls-store");
        c.setFlowLogName("watch");
        c.setDescription("all of it");
        return c;
    }

    private List<DescribeFlowLogsResponse.FlowLog> read(String id) throws ClientException {
        DescribeFlowLogsRequest d = new DescribeFlowLogsRequest();
        d.setFlowLogId(id);
        return vpc.call(d).getFlowLogs();
    }

    @Test
    void theProvidersFlowLogLifecycle() throws Exception {
        String vpcId = newVpc();
        String id = vpc.call(flowLog("VPC", vpcId)).getFlowLogId();
        assertThat(id).matches("fl-[a-z0-9]{20}");
        assertThat(read(id)).singleElement().satisfies(f -> {
            assertThat(f.getStatus()).isEqualTo("Active");
            assertThat(f.getResourceType() + " " + f.getResourceId()).isEqualTo("VPC " + vpcId);
            assertThat(f.getTrafficType()).isEqualTo("All");
            assertThat(f.getProjectName() + "/" + f.getLogStoreName()).isEqualTo("sls-project/sls-store");
            assertThat(f.getAggregationInterval()).isEqualTo(10);
            assertThat(f.getFlowLogName()).isEqualTo("watch");
            assertThat(f.getRegionId()).isEqualTo(REGION);
        });
        var api = new AliyunApi(port);
        api.vpc("TagResources", "RegionId", REGION, "ResourceType", "FLOWLOG", "ResourceId.1", id, "Tag.1.Key", "env",
                "Tag.1.Value", "test");
        var item = api.vpc("DescribeFlowLogs", "RegionId", REGION, "FlowLogId", id).path("FlowLogs").path("FlowLog")
                .path(0);
        assertThat(item.path("Tags").path("Tag").path(0).path("Key").asString()).isEqualTo("env");
        assertThat(item.path("IpVersion").asString()).isEqualTo("IPv4");
        assertThat(item.path("TrafficPath").path("TrafficPathList").path(0).asString()).isEqualTo("all");

        DeactiveFlowLogRequest off = new DeactiveFlowLogRequest();
        off.setFlowLogId(id);
        vpc.call(off);
        assertThat(read(id).get(0).getStatus()).isEqualTo("Inactive");
        assertThat(vpc.refusal(off)).isEqualTo("IncorrectStatus.flowlog");
        DescribeFlowLogsRequest inactive = new DescribeFlowLogsRequest();
        inactive.setStatus("Inactive");
        inactive.setVpcId(vpcId);
        assertThat(vpc.call(inactive).getFlowLogs()).extracting(DescribeFlowLogsResponse.FlowLog::getFlowLogId)
                .containsExactly(id);
        ActiveFlowLogRequest on = new ActiveFlowLogRequest();
        on.setFlowLogId(id);
        vpc.call(on);
        assertThat(read(id).get(0).getStatus()).isEqualTo("Active");

        ModifyFlowLogAttributeRequest modify = new ModifyFlowLogAttributeRequest();
        modify.setFlowLogId(id);
        modify.setFlowLogName("renamed");
        modify.setAggregationInterval(1);
        vpc.call(modify);
        assertThat(read(id)).singleElement().satisfies(f -> {
            assertThat(f.getFlowLogName()).isEqualTo("renamed");
            assertThat(f.getAggregationInterval()).isEqualTo(1);
            assertThat(f.getDescription()).as("not given, kept").isEqualTo("all of it");
        });

        DeleteFlowLogRequest delete = new DeleteFlowLogRequest();
        delete.setFlowLogId(id);
        vpc.call(delete);
        assertThat(read(id)).as("gone").isEmpty();
        assertThat(vpc.refusal(delete)).isEqualTo("InvalidInstanceId.NotFound");
    }

    @Test
    void aVSwitchIsWatchedAndWhatCreateChecksMakesNothing() throws Exception {
        String vpcId = newVpc();
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock("10.90.1.0/24");
        s.setZoneId(REGION + "-h");
        String vsw = vpc.call(s).getVSwitchId();
        String id = vpc.call(flowLog("VSwitch", vsw)).getFlowLogId();
        DescribeFlowLogsRequest byVpc = new DescribeFlowLogsRequest();
        byVpc.setVpcId(vpcId);
        assertThat(vpc.call(byVpc).getFlowLogs()).extracting(DescribeFlowLogsResponse.FlowLog::getFlowLogId)
                .as("a vSwitch's flow log is its VPC's").containsExactly(id);

        assertThat(vpc.refusal(flowLog("VSwitch", "vsw-missing"))).isEqualTo("InvalidResourceId.NotFound");
        assertThat(vpc.refusal(flowLog("Router", vpcId))).isEqualTo("InvalidResourceType.NotFound");
        CreateFlowLogRequest interval = flowLog("VPC", vpcId);
        interval.setAggregationInterval(7);
        assertThat(vpc.refusal(interval)).isEqualTo("IllegalParam.AggregationInterval");
        DescribeFlowLogsRequest all = new DescribeFlowLogsRequest();
        assertThat(vpc.call(all).getFlowLogs()).hasSize(1);
    }

    @Test
    void flowLogsSurviveTheStateRoundTrip() throws Exception {
        String vpcId = newVpc();
        String id = vpc.call(flowLog("VPC", vpcId)).getFlowLogId();
        DeactiveFlowLogRequest off = new DeactiveFlowLogRequest();
        off.setFlowLogId(id);
        vpc.call(off);
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("\"flowLogs\"").contains(id);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(read(id)).singleElement().satisfies(f -> {
            assertThat(f.getStatus()).isEqualTo("Inactive");
            assertThat(f.getResourceId()).isEqualTo(vpcId);
        });
    }

    /** Conformance calls: each flow log action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String flowLog(AliyunApi api) {
            String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.91.0.0/16").path("VpcId").asString();
            return api.vpc("CreateFlowLog", "RegionId", REGION, "ResourceType", "VPC", "ResourceId", v,
                    "TrafficType", "All", "ProjectName", "p", "LogStoreName", "s").path("FlowLogId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateFlowLog", api -> {
                String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.92.0.0/16").path("VpcId")
                        .asString();
                return AliyunApi.params("RegionId", REGION, "ResourceType", "VPC", "ResourceId", v, "TrafficType",
                        "All", "ProjectName", "p", "LogStoreName", "s", "Tag.1.Key", "k", "Tag.1.Value", "v");
            });
            r.vpc("DescribeFlowLogs", api -> AliyunApi.params("RegionId", REGION, "FlowLogId", flowLog(api)));
            r.vpc("DeactiveFlowLog", api -> AliyunApi.params("RegionId", REGION, "FlowLogId", flowLog(api)));
            r.vpc("ActiveFlowLog", api -> {
                String id = flowLog(api);
                api.vpc("DeactiveFlowLog", "RegionId", REGION, "FlowLogId", id);
                return AliyunApi.params("RegionId", REGION, "FlowLogId", id);
            });
            r.vpc("ModifyFlowLogAttribute", api -> AliyunApi.params("RegionId", REGION, "FlowLogId", flowLog(api),
                    "FlowLogName", "n"));
            r.vpc("DeleteFlowLog", api -> AliyunApi.params("RegionId", REGION, "FlowLogId", flowLog(api)));
        }
    }
}
