package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateCommandRequest;
import com.aliyun.ecs20140526.models.CreateInstanceRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeCloudAssistantStatusRequest;
import com.aliyun.ecs20140526.models.DescribeCloudAssistantStatusResponseBody;
import com.aliyun.ecs20140526.models.InvokeCommandRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * DescribeCloudAssistantStatus through the Tea ECS client, as alicloud_ecs_instance_set's boot check reads it
 * (InstanceId.N, PageNumber 1, a large PageSize; it waits until every CloudAssistantStatus is "true"): the agent of a
 * Running instance answers, a stopped one's does not; its runs are the Cloud Assistant runs on the instance.
 */
class CloudAssistantStatusTest extends ServerTestBase {
    private static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";

    private Client ecs;
    private String group;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
        group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
    }

    private String running() throws Exception {
        return ecs.runInstances(new RunInstancesRequest().setRegionId(REGION).setImageId(IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group)).getBody().getInstanceIdSets()
                .getInstanceIdSet().get(0);
    }

    private String stopped() throws Exception {
        return ecs.createInstance(new CreateInstanceRequest().setRegionId(REGION).setImageId(IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group)).getBody().getInstanceId();
    }

    private DescribeCloudAssistantStatusResponseBody status(DescribeCloudAssistantStatusRequest r) throws Exception {
        return ecs.describeCloudAssistantStatus(r.setRegionId(REGION)).getBody();
    }

    private List<DescribeCloudAssistantStatusResponseBody
            .DescribeCloudAssistantStatusResponseBodyInstanceCloudAssistantStatusSetInstanceCloudAssistantStatus>
            agents(List<String> ids) throws Exception {
        return status(new DescribeCloudAssistantStatusRequest().setInstanceId(ids).setPageNumber(1L)
                .setPageSize(100L)).getInstanceCloudAssistantStatusSet().getInstanceCloudAssistantStatus();
    }

    @Test
    void theBootCheckSeesRunningInstancesAnswer() throws Exception {
        String up = running();
        String down = stopped();
        var agents = agents(List.of(up, down));
        assertThat(agents).extracting(a -> a.getInstanceId() + " " + a.getCloudAssistantStatus() + " "
                + a.getOSType() + " " + a.getSupportSessionManager()).containsExactly(up + " true Linux true",
                down + " false Linux false");
        assertThat(agents.get(0).getCloudAssistantVersion()).isNotEmpty();
        assertThat(agents.get(0).getLastHeartbeatTime()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(agents.get(1).getLastHeartbeatTime()).isEmpty();
        assertThat(agents.get(0).getInvocationCount()).isZero();
        assertThat(agents.get(0).getLastInvokedTime()).isEmpty();

        String command = ecs.createCommand(new CreateCommandRequest().setRegionId(REGION).setName("hello")
                .setType("RunShellScript").setCommandContent(Base64.getEncoder().encodeToString(
                        "echo hi".getBytes(StandardCharsets.UTF_8)))).getBody().getCommandId();
        ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION).setCommandId(command)
                .setInstanceId(List.of(up)));
        ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION).setCommandId(command)
                .setInstanceId(List.of(up)).setRepeatMode("Period").setFrequency("rate(5m)"));
        var after = agents(List.of(up)).get(0);
        assertThat(after.getInvocationCount()).isEqualTo(2L);
        assertThat(after.getActiveTaskCount()).as("the scheduled run").isEqualTo(1L);
        assertThat(after.getLastInvokedTime()).isNotEmpty();
    }

    @Test
    void filtersPagesAndRefusals() throws Exception {
        String a = running();
        String b = running();
        var first = status(new DescribeCloudAssistantStatusRequest().setInstanceId(List.of(a, b)).setMaxResults(1));
        assertThat(first.getInstanceCloudAssistantStatusSet().getInstanceCloudAssistantStatus())
                .extracting(s -> s.getInstanceId()).containsExactly(a);
        assertThat(first.getNextToken()).isNotEmpty();
        var second = status(new DescribeCloudAssistantStatusRequest().setInstanceId(List.of(a, b)).setMaxResults(1)
                .setNextToken(first.getNextToken()));
        assertThat(second.getInstanceCloudAssistantStatusSet().getInstanceCloudAssistantStatus())
                .extracting(s -> s.getInstanceId()).containsExactly(b);

        assertThat(agents(List.of())).extracting(s -> s.getInstanceId()).contains(a, b);
        assertThat(status(new DescribeCloudAssistantStatusRequest().setInstanceId(List.of(a)).setOSType("Windows"))
                .getInstanceCloudAssistantStatusSet().getInstanceCloudAssistantStatus()).isEmpty();

        var unknown = refused(() -> agents(List.of(a, "i-nothere000000000000")));
        assertThat(unknown.getCode()).isEqualTo("InvalidInstance.NotFound");
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        List<String> many = new ArrayList<>(Collections.nCopies(51, a));
        assertThat(refused(() -> agents(many)).getCode()).isEqualTo("InstanceIds.ExceedLimit");
    }

    /** Conformance call: DescribeCloudAssistantStatus answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("DescribeCloudAssistantStatus", api -> AliyunApi.params("RegionId", REGION, "InstanceId.1",
                    api.instance(api.group())));
        }
    }
}
