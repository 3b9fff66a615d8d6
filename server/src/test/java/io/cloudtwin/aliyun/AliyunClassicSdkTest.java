package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteInstanceRequest;
import com.aliyuncs.ecs.model.v20140526.DeleteSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstancesRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstancesResponse;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupsRequest;
import com.aliyuncs.ecs.model.v20140526.JoinSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.LeaveSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.RunInstancesRequest;
import com.aliyuncs.ecs.model.v20140526.StartInstanceRequest;
import com.aliyuncs.ecs.model.v20140526.StopInstanceRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.FormatType;
import com.aliyuncs.profile.DefaultProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/** The whole security-group workflow and every documented LeaveSecurityGroup error, through the classic SDK (v1). */
class AliyunClassicSdkTest extends ServerTestBase {
    private IAcsClient client;
    private IAcsClient otherAccount;

    @BeforeEach
    void clients() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
        otherAccount = new DefaultAcsClient(DefaultProfile.getProfile(REGION, "other-ak", "other-secret"));
    }


    private String createGroup(IAcsClient c, String name) throws ClientException {
        CreateSecurityGroupRequest req = local(new CreateSecurityGroupRequest());
        req.setRegionId(REGION);
        req.setSecurityGroupName(name);
        return c.getAcsResponse(req).getSecurityGroupId();
    }

    private String runInstance(String groupId) throws ClientException {
        RunInstancesRequest req = local(new RunInstancesRequest());
        req.setRegionId(REGION);
        req.setImageId("aliyun_3_x64_20G_alibase_20240819.vhd");
        req.setInstanceType("ecs.g6.large");
        req.setSecurityGroupId(groupId);
        req.setAmount(1);
        List<String> ids = client.getAcsResponse(req).getInstanceIdSets();
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private void join(String instanceId, String groupId) throws ClientException {
        JoinSecurityGroupRequest req = local(new JoinSecurityGroupRequest());
        req.setInstanceId(instanceId);
        req.setSecurityGroupId(groupId);
        client.getAcsResponse(req);
    }

    private LeaveSecurityGroupRequest leave(String instanceId, String groupId) {
        LeaveSecurityGroupRequest req = local(new LeaveSecurityGroupRequest());
        req.setInstanceId(instanceId);
        req.setSecurityGroupId(groupId);
        return req;
    }

    private DescribeInstancesResponse.Instance describe(String instanceId) throws ClientException {
        DescribeInstancesRequest req = local(new DescribeInstancesRequest());
        req.setRegionId(REGION);
        req.setInstanceIds("[\"" + instanceId + "\"]");
        List<DescribeInstancesResponse.Instance> found = client.getAcsResponse(req).getInstances();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** The SDK's exception carries the code; the raw response through the same client carries the HTTP status. */
    private void assertError(IAcsClient c, AcsRequest<? extends AcsResponse> request, String code, int status)
            throws Exception {
        ClientException e = catchThrowableOfType(ClientException.class, () -> c.getAcsResponse(request));
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.getErrCode()).isEqualTo(code);
        assertThat(e.getRequestId()).isNotBlank();
        assertThat(c.doAction(request).getStatus()).isEqualTo(status);
    }

    @Test
    void wholeWorkflowEndsWithLeaveRefusedOnTheLastGroup() throws Exception {
        String web = createGroup(client, "web");
        String db = createGroup(client, "db");
        String instance = runInstance(web);
        assertThat(describe(instance).getStatus()).isEqualTo("Running");

        join(instance, db);
        assertThat(describe(instance).getSecurityGroupIds()).containsExactlyInAnyOrder(web, db);

        client.getAcsResponse(leave(instance, db));
        assertThat(describe(instance).getSecurityGroupIds()).containsExactly(web);

        StopInstanceRequest stop = local(new StopInstanceRequest());
        stop.setInstanceId(instance);
        client.getAcsResponse(stop);
        assertThat(describe(instance).getStatus()).isEqualTo("Stopped");

        // Stopped is allowed, but the last group cannot be left
        assertError(client, leave(instance, web), "InstanceLastSecurityGroup", 403);
        assertThat(groupsOf(instance)).containsExactly(web);

        // a group with members cannot be deleted
        DeleteSecurityGroupRequest deleteWeb = local(new DeleteSecurityGroupRequest());
        deleteWeb.setRegionId(REGION);
        deleteWeb.setSecurityGroupId(web);
        assertError(client, deleteWeb, "DependencyViolation", 403);

        StartInstanceRequest start = local(new StartInstanceRequest());
        start.setInstanceId(instance);
        client.getAcsResponse(start);
        DescribeInstanceAttributeRequest attr = local(new DescribeInstanceAttributeRequest());
        attr.setInstanceId(instance);
        assertThat(client.getAcsResponse(attr).getStatus()).isEqualTo("Running");
        client.getAcsResponse(stop);

        DeleteInstanceRequest delete = local(new DeleteInstanceRequest());
        delete.setInstanceId(instance);
        client.getAcsResponse(delete);
        assertThat(groupsOf(instance)).isEmpty();
        client.getAcsResponse(deleteWeb);
        DescribeSecurityGroupsRequest groups = local(new DescribeSecurityGroupsRequest());
        groups.setRegionId(REGION);
        assertThat(client.getAcsResponse(groups).getSecurityGroups())
                .extracting(g -> g.getSecurityGroupId()).containsExactly(db);
    }

    @Test
    void xmlResponsesParseInTheSdkToo() throws Exception {
        String web = createGroup(client, "web");
        String instance = runInstance(web);
        DescribeInstancesRequest req = local(new DescribeInstancesRequest());
        req.setRegionId(REGION);
        req.setAcceptFormat(FormatType.XML);
        DescribeInstancesResponse resp = client.getAcsResponse(req);
        assertThat(resp.getTotalCount()).isEqualTo(1);
        assertThat(resp.getInstances().get(0).getInstanceId()).isEqualTo(instance);
        assertThat(resp.getInstances().get(0).getSecurityGroupIds()).containsExactly(web);
    }

    @Test
    void everyDocumentedLeaveErrorComesBackWithItsCodeAndStatus() throws Exception {
        String web = createGroup(client, "web");
        String db = createGroup(client, "db");
        String other = createGroup(client, "other");
        String instance = runInstance(web);
        join(instance, db);
        var before = storeSnapshot();

        assertError(client, leave("i-doesnotexist0000000", db), "InvalidInstanceId.NotFound", 404);
        assertError(client, leave(instance, "sg-doesnotexist000000"), "InvalidSecurityGroupId.NotFound", 404);
        assertError(client, leave(instance, other), "InstanceNotInSecurityGroup", 403);

        // another account's resources do not exist for the caller
        String foreignGroup = createGroup(otherAccount, "foreign");
        var withForeign = storeSnapshot();
        assertError(client, leave(instance, foreignGroup), "InvalidSecurityGroupId.NotFound", 404);
        assertError(otherAccount, leave(instance, db), "InvalidInstanceId.NotFound", 404);

        // locked for security reasons (admin API)
        assertThat(admin("POST", "/_cloudtwin/instances/" + instance + "/security-lock", null).statusCode()).isEqualTo(200);
        assertError(client, leave(instance, db), "InstanceLockedForSecurity", 403);
        assertThat(describe(instance).getOperationLocks()).extracting(l -> l.getLockReason()).containsExactly("security");
        admin("DELETE", "/_cloudtwin/instances/" + instance + "/security-lock", null);

        // upstream timeout (fault injection)
        admin("POST", "/_cloudtwin/faults",
                "{\"cloud\":\"aliyun\",\"action\":\"LeaveSecurityGroup\",\"errorCode\":\"RequestTimeout\"}");
        assertError(client, leave(instance, db), "RequestTimeout", 504);
        admin("DELETE", "/_cloudtwin/faults", null);

        // neither Running nor Stopped: caught mid-transition
        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":600000}");
        StopInstanceRequest stop = local(new StopInstanceRequest());
        stop.setInstanceId(instance);
        client.getAcsResponse(stop);
        assertThat(describe(instance).getStatus()).isEqualTo("Stopping");
        assertError(client, leave(instance, db), "IncorrectInstanceStatus", 403);

        assertThat(groupsOf(instance)).containsExactlyInAnyOrder(web, db);
        assertThat(withForeign).hasSize(before.size() + 1);
    }

    @Test
    void joinRefusesDuplicatesAndUnknownGroups() throws Exception {
        String web = createGroup(client, "web");
        String instance = runInstance(web);
        JoinSecurityGroupRequest again = local(new JoinSecurityGroupRequest());
        again.setInstanceId(instance);
        again.setSecurityGroupId(web);
        assertError(client, again, "InvalidInstanceId.AlreadyExists", 403);
        JoinSecurityGroupRequest unknown = local(new JoinSecurityGroupRequest());
        unknown.setInstanceId(instance);
        unknown.setSecurityGroupId("sg-nope");
        assertError(client, unknown, "InvalidSecurityGroupId.NotFound", 404);
        assertThat(groupsOf(instance)).containsExactly(web);
    }
}
