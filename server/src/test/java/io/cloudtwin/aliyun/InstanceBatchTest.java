package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceStatusRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceStatusResponseBody.DescribeInstanceStatusResponseBodyInstanceStatusesInstanceStatus;
import com.aliyun.ecs20140526.models.DescribeTagsRequest;
import com.aliyun.ecs20140526.models.RebootInstancesRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StartInstancesRequest;
import com.aliyun.ecs20140526.models.StopInstancesRequest;
import com.aliyun.ecs20140526.models.TagResourcesRequest;
import com.aliyun.tea.TeaException;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * StartInstances, StopInstances, RebootInstances and DeleteInstances, the batch forms of the lifecycle (InstanceId.N),
 * through the new SDK (JSON, V3 signatures) and the classic one (XML): AllTogether changes every instance or none,
 * SuccessFirst each on its own with a per-instance Code, and every answer names each instance's statuses.
 */
class InstanceBatchTest extends ServerTestBase {
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
    }

    private List<String> run(int amount) throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION))
                .getBody().getSecurityGroupId();
        return client.runInstances(new RunInstancesRequest().setRegionId(REGION).setImageId("aliyun_3_x64_20G_alibase_20240819.vhd")
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setAmount(amount))
                .getBody().getInstanceIdSets().getInstanceIdSet();
    }

    private List<String> statuses(List<String> ids) throws Exception {
        var found = client.describeInstanceStatus(new DescribeInstanceStatusRequest().setRegionId(REGION).setInstanceId(ids))
                .getBody().getInstanceStatuses().getInstanceStatus();
        return ids.stream().map(id -> found.stream().filter(s -> s.getInstanceId().equals(id))
                .map(DescribeInstanceStatusResponseBodyInstanceStatusesInstanceStatus::getStatus).findFirst()
                .orElse("absent")).toList();
    }

    private static TeaException refused(ThrowingSupplier<?> call) {
        TeaException e = catchThrowableOfType(TeaException.class, () -> {
            try {
                call.get();
            } catch (Throwable t) {
                if (t instanceof RuntimeException r) throw r;
                throw new RuntimeException(t);
            }
        });
        assertThat(e).isNotNull();
        return e;
    }

    @Test
    void allTogetherChangesEveryInstanceOrNone() throws Exception {
        List<String> ids = run(3);

        var stopped = client.stopInstances(new StopInstancesRequest().setRegionId(REGION).setInstanceId(ids))
                .getBody().getInstanceResponses().getInstanceResponse();
        assertThat(stopped).extracting("instanceId", "code", "message", "previousStatus", "currentStatus").containsExactly(
                tuple(ids.get(0), "200", "success", "Running", "Stopped"),
                tuple(ids.get(1), "200", "success", "Running", "Stopped"),
                tuple(ids.get(2), "200", "success", "Running", "Stopped"));
        assertThat(statuses(ids)).containsOnly("Stopped");

        // one instance unknown: none starts, and the refusal is the answer
        TeaException unknown = refused(() -> client.startInstances(new StartInstancesRequest().setRegionId(REGION)
                .setInstanceId(List.of(ids.get(0), "i-missing", ids.get(1)))));
        assertThat(unknown.getCode()).isEqualTo("InvalidInstanceId.NotFound");
        assertThat(unknown.getStatusCode()).isEqualTo(404);
        assertThat(statuses(ids)).containsOnly("Stopped");

        // one instance in the wrong status: the same
        client.startInstances(new StartInstancesRequest().setRegionId(REGION).setInstanceId(List.of(ids.get(2))));
        TeaException running = refused(() -> client.startInstances(new StartInstancesRequest().setRegionId(REGION)
                .setBatchOptimization("AllTogether").setInstanceId(ids)));
        assertThat(running.getCode()).isEqualTo("IncorrectInstanceStatus");
        assertThat(running.getStatusCode()).isEqualTo(403);
        assertThat(statuses(ids)).containsExactly("Stopped", "Stopped", "Running");
    }

    @Test
    void successFirstChangesWhatItCanAndReportsEachRefusal() throws Exception {
        List<String> ids = run(2);
        client.stopInstances(new StopInstancesRequest().setRegionId(REGION).setInstanceId(List.of(ids.get(1))));

        var started = client.startInstances(new StartInstancesRequest().setRegionId(REGION)
                        .setBatchOptimization("SuccessFirst").setInstanceId(List.of(ids.get(0), ids.get(1), "i-missing")))
                .getBody().getInstanceResponses().getInstanceResponse();
        assertThat(started).extracting("instanceId", "code", "previousStatus", "currentStatus").containsExactly(
                tuple(ids.get(0), "IncorrectInstanceStatus", "Running", "Running"),
                tuple(ids.get(1), "200", "Stopped", "Running"),
                tuple("i-missing", "InvalidInstanceId.NotFound", "", ""));
        assertThat(started.get(0).getMessage()).isNotBlank().isNotEqualTo("success");
        assertThat(statuses(ids)).containsOnly("Running");

        var rebooted = client.rebootInstances(new RebootInstancesRequest().setRegionId(REGION).setInstanceId(ids))
                .getBody().getInstanceResponses().getInstanceResponse();
        assertThat(rebooted).extracting("code", "previousStatus", "currentStatus")
                .containsOnly(tuple("200", "Running", "Running"));

        TeaException bogus = refused(() -> client.stopInstances(new StopInstancesRequest().setRegionId(REGION)
                .setBatchOptimization("Whenever").setInstanceId(ids)));
        assertThat(bogus.getStatusCode()).isEqualTo(400);
        assertThat(statuses(ids)).containsOnly("Running");
    }

    @Test
    void deleteInstancesIsAllOrNoneAndTakesTheTagsAlong() throws Exception {
        List<String> ids = run(2);
        client.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("instance").setResourceId(ids)
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("team").setValue("web"))));
        client.stopInstances(new StopInstancesRequest().setRegionId(REGION).setInstanceId(List.of(ids.get(0))));

        TeaException running = refused(() -> client.deleteInstances(new DeleteInstancesRequest().setRegionId(REGION)
                .setInstanceId(ids)));
        assertThat(running.getCode()).isEqualTo("IncorrectInstanceStatus");
        assertThat(statuses(ids)).containsExactly("Stopped", "Running");

        assertThat(client.deleteInstances(new DeleteInstancesRequest().setRegionId(REGION).setInstanceId(ids)
                .setForce(true)).getBody().getRequestId()).isNotBlank();
        assertThat(statuses(ids)).containsOnly("absent");
        assertThat(client.describeTags(new DescribeTagsRequest().setRegionId(REGION).setResourceType("instance")
                .setResourceId(ids.get(0))).getBody().getTags().getTag()).isEmpty();

        TeaException gone = refused(() -> client.deleteInstances(new DeleteInstancesRequest().setRegionId(REGION)
                .setInstanceId(ids).setForce(true)));
        assertThat(gone.getStatusCode()).isEqualTo(404);
    }

    @Test
    void theClassicSdkReadsTheBatchAnswersInXml() throws Exception {
        List<String> ids = run(2);
        IAcsClient classic = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));

        var stop = new com.aliyuncs.ecs.model.v20140526.StopInstancesRequest();
        stop.setSysEndpoint(endpoint());
        stop.setSysProtocol(ProtocolType.HTTP);
        stop.setInstanceIds(ids);
        stop.setBatchOptimization("SuccessFirst");
        var answered = classic.getAcsResponse(stop).getInstanceResponses();
        assertThat(answered).extracting("instanceId", "code", "previousStatus", "currentStatus").containsExactly(
                tuple(ids.get(0), "200", "Running", "Stopped"), tuple(ids.get(1), "200", "Running", "Stopped"));

        var delete = new com.aliyuncs.ecs.model.v20140526.DeleteInstancesRequest();
        delete.setSysEndpoint(endpoint());
        delete.setSysProtocol(ProtocolType.HTTP);
        delete.setInstanceIds(ids);
        assertThat(classic.getAcsResponse(delete).getRequestId()).isNotBlank();
        assertThat(statuses(ids)).containsOnly("absent");
    }
}
