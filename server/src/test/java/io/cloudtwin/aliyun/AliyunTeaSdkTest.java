package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateInstanceRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DeleteSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceAttributeRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupsRequest;
import com.aliyun.ecs20140526.models.JoinSecurityGroupRequest;
import com.aliyun.ecs20140526.models.LeaveSecurityGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StartInstanceRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.cloudtwin.support.ServerTestBase;

/**
 * The same workflow through the new SDK (com.aliyun:ecs20140526 on tea-openapi), which signs with V3
 * ACS3-HMAC-SHA256 by default; and once more with its classic-RPC mode (signatureAlgorithm v2).
 */
class AliyunTeaSdkTest extends ServerTestBase {
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = client(AK, SECRET, null);
    }

    private Client client(String ak, String secret, String signatureAlgorithm) throws Exception {
        Config config = new Config().setAccessKeyId(ak).setAccessKeySecret(secret)
                .setEndpoint(endpoint()).setProtocol("HTTP").setRegionId(REGION);
        if (signatureAlgorithm != null) config.setSignatureAlgorithm(signatureAlgorithm);
        return new Client(config);
    }

    private String createGroup(Client c, String name) throws Exception {
        return c.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setSecurityGroupName(name))
                .getBody().getSecurityGroupId();
    }

    private String runInstance(Client c, String groupId) throws Exception {
        List<String> ids = c.runInstances(new RunInstancesRequest().setRegionId(REGION).setImageId("aliyun_3_x64_20G_alibase_20240819.vhd")
                        .setInstanceType("ecs.c7.xlarge").setSecurityGroupId(groupId).setAmount(1))
                .getBody().getInstanceIdSets().getInstanceIdSet();
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private LeaveSecurityGroupRequest leave(String instanceId, String groupId) {
        return new LeaveSecurityGroupRequest().setRegionId(REGION).setInstanceId(instanceId).setSecurityGroupId(groupId);
    }

    private DescribeInstancesResponseBodyInstancesInstance describe(String instanceId) throws Exception {
        var found = client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + instanceId + "\"]")).getBody().getInstances().getInstance();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static void assertError(Executable call, String code, int status) {
        TeaException e = catchThrowableOfType(TeaException.class, () -> {
            try {
                call.execute();
            } catch (Throwable t) {
                if (t instanceof RuntimeException r) throw r;
                throw new RuntimeException(t);
            }
        });
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.getCode()).isEqualTo(code);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getData()).containsKey("RequestId");
    }

    @Test
    void wholeWorkflowWithV3Signatures() throws Exception {
        String web = createGroup(client, "web");
        String db = createGroup(client, "db");
        String instance = runInstance(client, web);
        var described = describe(instance);
        assertThat(described.getStatus()).isEqualTo("Running");
        assertThat(described.getCpu()).isEqualTo(4);

        client.joinSecurityGroup(new JoinSecurityGroupRequest().setRegionId(REGION).setInstanceId(instance)
                .setSecurityGroupId(db));
        assertThat(describe(instance).getSecurityGroupIds().getSecurityGroupId()).containsExactlyInAnyOrder(web, db);

        assertThat(client.leaveSecurityGroup(leave(instance, db)).getBody().getRequestId()).isNotBlank();
        assertThat(describe(instance).getSecurityGroupIds().getSecurityGroupId()).containsExactly(web);

        client.stopInstance(new StopInstanceRequest().setInstanceId(instance));
        assertThat(client.describeInstanceAttribute(new DescribeInstanceAttributeRequest().setInstanceId(instance))
                .getBody().getStatus()).isEqualTo("Stopped");
        assertError(() -> client.leaveSecurityGroup(leave(instance, web)), "InstanceLastSecurityGroup", 403);
        assertThat(groupsOf(instance)).containsExactly(web);

        client.startInstance(new StartInstanceRequest().setInstanceId(instance));
        assertError(() -> client.startInstance(new StartInstanceRequest().setInstanceId(instance)),
                "IncorrectInstanceStatus", 403);
        assertError(() -> client.deleteInstance(new DeleteInstanceRequest().setInstanceId(instance)),
                "IncorrectInstanceStatus", 403);
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(instance).setForce(true));
        client.deleteSecurityGroup(new DeleteSecurityGroupRequest().setRegionId(REGION).setSecurityGroupId(web));
        client.deleteSecurityGroup(new DeleteSecurityGroupRequest().setRegionId(REGION).setSecurityGroupId(db));
        assertThat(client.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(REGION))
                .getBody().getTotalCount()).isZero();
    }

    @Test
    void createInstanceStartsStoppedAndClassicRpcModeWorksToo() throws Exception {
        Client v2 = client(AK, SECRET, "v2");
        String web = createGroup(v2, "web");
        String instance = v2.createInstance(new CreateInstanceRequest().setRegionId(REGION).setImageId("aliyun_3_x64_20G_alibase_20240819.vhd")
                .setInstanceType("ecs.g6.large").setSecurityGroupId(web)).getBody().getInstanceId();
        assertThat(describe(instance).getStatus()).isEqualTo("Stopped");
        String db = createGroup(v2, "db");
        v2.joinSecurityGroup(new JoinSecurityGroupRequest().setInstanceId(instance).setSecurityGroupId(db));
        v2.leaveSecurityGroup(leave(instance, web));
        assertThat(groupsOf(instance)).containsExactly(db);
    }

    @Test
    void everyDocumentedLeaveErrorThroughTheNewSdk() throws Exception {
        String web = createGroup(client, "web");
        String db = createGroup(client, "db");
        String spare = createGroup(client, "spare");
        String instance = runInstance(client, web);
        client.joinSecurityGroup(new JoinSecurityGroupRequest().setInstanceId(instance).setSecurityGroupId(db));
        var before = storeSnapshot();

        assertError(() -> client.leaveSecurityGroup(leave("i-nope", db)), "InvalidInstanceId.NotFound", 404);
        assertError(() -> client.leaveSecurityGroup(leave(instance, "sg-nope")), "InvalidSecurityGroupId.NotFound", 404);
        assertError(() -> client.leaveSecurityGroup(leave(instance, spare)), "InstanceNotInSecurityGroup", 403);
        Client other = client("other-ak", "other-secret", null);
        assertError(() -> other.leaveSecurityGroup(leave(instance, db)), "InvalidInstanceId.NotFound", 404);

        admin("POST", "/_cloudtwin/instances/" + instance + "/security-lock", null);
        assertError(() -> client.leaveSecurityGroup(leave(instance, db)), "InstanceLockedForSecurity", 403);
        assertThat(describe(instance).getOperationLocks().getLockReason()).hasSize(1);
        admin("DELETE", "/_cloudtwin/instances/" + instance + "/security-lock", null);

        admin("POST", "/_cloudtwin/faults", "{\"cloud\":\"aliyun\",\"action\":\"LeaveSecurityGroup\","
                + "\"errorCode\":\"RequestTimeout\",\"times\":1}");
        assertError(() -> client.leaveSecurityGroup(leave(instance, db)), "RequestTimeout", 504);

        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":600000}");
        client.stopInstance(new StopInstanceRequest().setInstanceId(instance));
        assertError(() -> client.leaveSecurityGroup(leave(instance, db)), "IncorrectInstanceStatus", 403);
        jdbc.sql("UPDATE instance SET status = 'RUNNING', next_status = NULL, settles_at = NULL WHERE id = :i")
                .param("i", instance).update();
        assertThat(storeSnapshot()).isEqualTo(before);

        // wrong secret: the SDK surfaces the server's SignatureDoesNotMatch
        Client wrong = client(AK, "not-the-secret", null);
        assertError(() -> wrong.leaveSecurityGroup(leave(instance, db)), "SignatureDoesNotMatch", 400);
        assertError(() -> client("nobody", "x", null).leaveSecurityGroup(leave(instance, db)),
                "InvalidAccessKeyId.NotFound", 404);
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void transitionsCanBeDelayedForPollers() throws Exception {
        String web = createGroup(client, "web");
        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":300}");
        String instance = runInstance(client, web);
        assertThat(describe(instance).getStatus()).isEqualTo("Pending");
        long deadline = System.nanoTime() + 10_000_000_000L;
        String status;
        do {
            Thread.sleep(50);
            status = describe(instance).getStatus();
        } while (!status.equals("Running") && System.nanoTime() < deadline);
        assertThat(status).isEqualTo("Running");
    }
}
