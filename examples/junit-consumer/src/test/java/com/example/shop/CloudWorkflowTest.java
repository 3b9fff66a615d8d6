package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstancesRequest;
import com.aliyuncs.ecs.model.v20140526.JoinSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.LeaveSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.RunInstancesRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.annotations.SerializedName;

import cn.ucloud.common.annotation.UCloudParam;
import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.config.Config;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;

import io.cloudtwin.admin.client.Fault;
import io.cloudtwin.admin.client.LoggedRequest;
import io.cloudtwin.junit.Cloudtwin;
import io.cloudtwin.junit.CloudtwinServer;

/**
 * A user's tests: the clouds' own SDKs against @Cloudtwin, the admin operations as methods, and this project's
 * own Spring Boot 3 and Jackson 2 on the same class path.
 */
@Cloudtwin
class CloudWorkflowTest {
    static final String REGION = "cn-hangzhou";

    // ---- Aliyun, classic SDK ----

    private static <T extends AcsRequest<?>> T at(CloudtwinServer cloud, T request) {
        request.setSysEndpoint(cloud.aliyunEndpoint());
        request.setSysProtocol(ProtocolType.HTTP);
        return request;
    }

    private static IAcsClient aliyun(CloudtwinServer cloud) {
        return new DefaultAcsClient(DefaultProfile.getProfile(REGION, cloud.aliyunAccessKeyId(), cloud.aliyunAccessKeySecret()));
    }

    /** The application's own code under test: leave a group, once more when the cloud is briefly unavailable. */
    static void leaveWithOneRetry(IAcsClient client, LeaveSecurityGroupRequest request) throws ClientException {
        try {
            client.getAcsResponse(request);
        } catch (ClientException e) {
            if (!"ServiceUnavailable".equals(e.getErrCode())) throw e;
            client.getAcsResponse(request);
        }
    }

    @Test
    void aliyunInstanceMovesBetweenGroupsAndKeepsItsLast(CloudtwinServer cloud) throws Exception {
        IAcsClient client = aliyun(cloud);
        CreateSecurityGroupRequest create = at(cloud, new CreateSecurityGroupRequest());
        create.setRegionId(REGION);
        String web = client.getAcsResponse(create).getSecurityGroupId();
        String db = client.getAcsResponse(create).getSecurityGroupId();

        RunInstancesRequest run = at(cloud, new RunInstancesRequest());
        run.setRegionId(REGION);
        run.setImageId("aliyun_3_x64_20G_alibase_20240819.vhd");
        run.setInstanceType("ecs.g6.large");
        run.setSecurityGroupId(web);
        String instance = client.getAcsResponse(run).getInstanceIdSets().get(0);

        JoinSecurityGroupRequest join = at(cloud, new JoinSecurityGroupRequest());
        join.setInstanceId(instance);
        join.setSecurityGroupId(db);
        client.getAcsResponse(join);

        // the cloud fails the next LeaveSecurityGroup once: the application's retry must carry it through
        cloud.addFault(Fault.aliyun("LeaveSecurityGroup").errorCode("ServiceUnavailable").times(1));
        LeaveSecurityGroupRequest leaveWeb = at(cloud, new LeaveSecurityGroupRequest());
        leaveWeb.setInstanceId(instance);
        leaveWeb.setSecurityGroupId(web);
        leaveWithOneRetry(client, leaveWeb);
        assertThat(cloud.requests(10)).filteredOn(r -> r.action().equals("LeaveSecurityGroup"))
                .extracting(LoggedRequest::outcome).containsExactly("OK", "ServiceUnavailable");

        DescribeInstancesRequest describe = at(cloud, new DescribeInstancesRequest());
        describe.setRegionId(REGION);
        describe.setInstanceIds("[\"" + instance + "\"]");
        assertThat(client.getAcsResponse(describe).getInstances().get(0).getSecurityGroupIds()).containsExactly(db);

        // the last group cannot be left
        LeaveSecurityGroupRequest leaveDb = at(cloud, new LeaveSecurityGroupRequest());
        leaveDb.setInstanceId(instance);
        leaveDb.setSecurityGroupId(db);
        ClientException last = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(leaveDb));
        assertThat(last.getErrCode()).isEqualTo("InstanceLastSecurityGroup");

        // nor can anything change on an instance locked for security
        cloud.lockForSecurity(instance);
        JoinSecurityGroupRequest rejoin = at(cloud, new JoinSecurityGroupRequest());
        rejoin.setInstanceId(instance);
        rejoin.setSecurityGroupId(web);
        ClientException locked = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(rejoin));
        assertThat(locked.getErrCode()).isEqualTo("InstanceLockedForSecurity");
    }

    // ---- UCloud, the common client with the actions declared as the product SDKs declare them ----

    static class DisassociateSecGroupRequest extends Request {
        @UCloudParam("SecGroupId") List<String> secGroupIds;
        @UCloudParam("ResourceId") List<String> resourceIds;
    }

    static class DescribeResourceSecGroupRequest extends Request {
        @UCloudParam("ResourceType") String resourceType;
        @UCloudParam("ResourceId") List<String> resourceIds;
    }

    static class BoundGroup {
        @SerializedName("SecGroupId") String secGroupId;
    }

    static class ResourceSecGroups {
        @SerializedName("ResourceId") String resourceId;
        @SerializedName("SecGroupInfo") List<BoundGroup> groups;
    }

    static class DescribeResourceSecGroupResponse extends Response {
        @SerializedName("DataSet") List<ResourceSecGroups> dataSet;
    }

    static class UHostIdRequest extends Request {
        @UCloudParam("UHostId") String uhostId;
    }

    static class DescribeUHostInstanceRequest extends Request {
        @UCloudParam("UHostIds") List<String> uhostIds;
    }

    static class UHostInfo {
        @SerializedName("State") String state;
    }

    static class DescribeUHostInstanceResponse extends Response {
        @SerializedName("UHostSet") List<UHostInfo> uhostSet;
    }

    private static DefaultClient ucloud(CloudtwinServer cloud) {
        Config config = new Config();
        config.setBaseUrl(cloud.ucloudBaseUrl());
        config.setRegion("cn-bj2");
        config.setMaxRetries(0);
        return new DefaultClient(config, new Credential(cloud.ucloudPublicKey(), cloud.ucloudPrivateKey()));
    }

    private static <T extends Request> T action(T request, String action) {
        request.setAction(action);
        return request;
    }

    private static List<String> groupsOf(DefaultClient client, String host) throws Exception {
        DescribeResourceSecGroupRequest r = action(new DescribeResourceSecGroupRequest(), "DescribeResourceSecGroup");
        r.resourceType = "uhost";
        r.resourceIds = List.of(host);
        DescribeResourceSecGroupResponse answer = (DescribeResourceSecGroupResponse) client.invoke(r, DescribeResourceSecGroupResponse.class);
        return answer.dataSet.get(0).groups.stream().map(g -> g.secGroupId).toList();
    }

    private static String state(DefaultClient client, String host) throws Exception {
        DescribeUHostInstanceRequest r = action(new DescribeUHostInstanceRequest(), "DescribeUHostInstance");
        r.uhostIds = List.of(host);
        return ((DescribeUHostInstanceResponse) client.invoke(r, DescribeUHostInstanceResponse.class)).uhostSet.get(0).state;
    }

    @Test
    void ucloudHostFromAFixtureKeepsOneGroupAndStopsSlowly(CloudtwinServer cloud) throws Exception {
        assertThat(cloud.seedResource("edge.yaml").instances()).isEqualTo(1);
        DefaultClient client = ucloud(cloud);
        String host = "uhost-edge0001";
        assertThat(groupsOf(client, host)).containsExactlyInAnyOrder("secgroup-edge0001", "secgroup-admin001");

        DisassociateSecGroupRequest admin = action(new DisassociateSecGroupRequest(), "DisassociateSecGroup");
        admin.secGroupIds = List.of("secgroup-admin001");
        admin.resourceIds = List.of(host);
        client.invoke(admin, Response.class);
        assertThat(groupsOf(client, host)).containsExactly("secgroup-edge0001");

        DisassociateSecGroupRequest lastOne = action(new DisassociateSecGroupRequest(), "DisassociateSecGroup");
        lastOne.resourceIds = List.of(host);
        RetCodeException refused = catchThrowableOfType(RetCodeException.class, () -> client.invoke(lastOne, Response.class));
        assertThat(refused.getRetCode()).isEqualTo(230);

        // a host locked for security refuses power changes with the cloud's own code
        cloud.lockForSecurity(host);
        UHostIdRequest stop = action(new UHostIdRequest(), "StopUHostInstance");
        stop.uhostId = host;
        assertThat(catchThrowableOfType(RetCodeException.class, () -> client.invoke(stop, Response.class)).getRetCode())
                .isEqualTo(8905);
        assertThat(state(client, host)).isEqualTo("Running");
        cloud.unlockSecurity(host);

        // a poller sees Stopping first when transitions take time
        cloud.setTransitionDelay(Duration.ofMinutes(1));
        stop.setSignature(null);   // the common client signed the request object on its first use
        client.invoke(stop, Response.class);
        assertThat(state(client, host)).isEqualTo("Stopping");
    }

    // ---- this project's own stack next to cloudtwin-junit ----

    @Test
    void springBoot3AndJackson2AreTheOnesOnTheClassPath(CloudtwinServer cloud) throws Exception {
        assertThat(SpringBootVersion.getVersion()).startsWith("3.");
        // the exported state, read with this project's Jackson 2
        cloud.seedResource("edge.yaml");
        JsonNode state = new ObjectMapper().readTree(cloud.exportState());
        assertThat(state.path("instances").get(0).path("id").asText()).isEqualTo("uhost-edge0001");
        // nothing of the server (Jackson 3, Spring Boot 4's loader) came with cloudtwin-junit
        assertThatThrownBy(() -> Class.forName("tools.jackson.databind.ObjectMapper")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.springframework.boot.loader.launch.JarLauncher"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThat(System.getProperty("java.class.path")).contains("cloudtwin-junit").doesNotContain("cloudtwin-server");
    }
}
