package io.cloudtwin.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import cn.ucloud.common.annotation.UCloudParam;
import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;
import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupsRequest;
import com.aliyun.ecs20140526.models.LeaveSecurityGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.google.gson.annotations.SerializedName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.TestcontainersConfiguration;

import io.cloudtwin.admin.client.Created;
import io.cloudtwin.admin.client.Fault;

/**
 * CloudtwinContainer against the real image: it starts once healthy, both clouds' SDK workflows run against it, the
 * admin operations work through it, settings given as environment take effect, and containers side by side keep
 * separate state - while two started with the same id seed make the same ids for the same calls.
 */
@ExtendWith(ContainerRuntime.class)
class CloudtwinContainerTest {
    static CloudtwinContainer cloud;

    static class DescribeSecGroupRequest extends Request {
        @UCloudParam("SecGroupId") List<String> secGroupIds;
    }

    static class CreateVPCRequest extends Request {
        @UCloudParam("Name") String name;
        @UCloudParam("Network") List<String> network;
    }

    static class CreateVPCResponse extends Response {
        @SerializedName("VPCId") String vpcId;
    }

    static class CreateSecGroupRequest extends Request {
        @UCloudParam("VPCId") String vpcId;
        @UCloudParam("Name") String name;
    }

    static class SecGroupInfo {
        @SerializedName("SecGroupId") String secGroupId;
        @SerializedName("Name") String name;
    }

    static class DescribeSecGroupResponse extends Response {
        @SerializedName("DataSet") List<SecGroupInfo> dataSet;
    }

    static class CreateSecGroupResponse extends Response {
        @SerializedName("SecGroupId") String secGroupId;
    }

    static class UHostIdRequest extends Request {
        @UCloudParam("UHostId") String uhostId;
    }

    @BeforeAll
    static void start() {
        cloud = new CloudtwinContainer(ContainerRuntime.image());
        cloud.start();
    }

    @AfterAll
    static void stop() {
        if (cloud != null) cloud.stop();
    }

    @BeforeEach
    void reset() {
        cloud.reset();
        cloud.setTransitionDelay(Duration.ZERO);
    }

    static Client aliyun(CloudtwinContainer c) throws Exception {
        return aliyun(c, c.getAliyunAccessKeySecret());
    }

    static Client aliyun(CloudtwinContainer c, String secret) throws Exception {
        return new Client(new Config().setEndpoint(c.getAliyunEndpoint()).setProtocol("HTTP")
                .setRegionId(c.getAliyunRegion()).setAccessKeyId(c.getAliyunAccessKeyId()).setAccessKeySecret(secret));
    }

    static DefaultClient ucloud(CloudtwinContainer c) {
        cn.ucloud.common.config.Config config = new cn.ucloud.common.config.Config();
        config.setBaseUrl(c.getUcloudBaseUrl());
        config.setRegion(c.getUcloudRegion());
        config.setMaxRetries(0);
        return new DefaultClient(config, new Credential(c.getUcloudPublicKey(), c.getUcloudPrivateKey()));
    }

    static List<SecGroupInfo> ucloudGroups(CloudtwinContainer c) throws Exception {
        DescribeSecGroupRequest r = new DescribeSecGroupRequest();
        r.setAction("DescribeSecGroup");
        return ((DescribeSecGroupResponse) ucloud(c).invoke(r, DescribeSecGroupResponse.class)).dataSet;
    }

    static String ucloudGroup(CloudtwinContainer c, String name) throws Exception {
        CreateVPCRequest vpc = new CreateVPCRequest();
        vpc.setAction("CreateVPC");
        vpc.name = name;
        vpc.network = List.of("10.40.0.0/16");
        CreateSecGroupRequest r = new CreateSecGroupRequest();
        r.setAction("CreateSecGroup");
        r.vpcId = ((CreateVPCResponse) ucloud(c).invoke(vpc, CreateVPCResponse.class)).vpcId;
        r.name = name;
        return ((CreateSecGroupResponse) ucloud(c).invoke(r, CreateSecGroupResponse.class)).secGroupId;
    }

    static List<String> aliyunGroups(CloudtwinContainer c) throws Exception {
        return aliyun(c).describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(c.getAliyunRegion()))
                .getBody().getSecurityGroups().getSecurityGroup().stream().map(g -> g.getSecurityGroupId()).toList();
    }

    @Test
    void startsFromTheImageWithEndpointsForBothClouds() {
        assertThat(DockerImageName.parse(cloud.getDockerImageName())).isEqualTo(ContainerRuntime.image());
        assertThat(cloud.getAliyunEndpoint()).isEqualTo(cloud.getHost() + ":" + cloud.getMappedPort(8080));
        assertThat(cloud.getUcloudBaseUrl()).isEqualTo("http://" + cloud.getAliyunEndpoint());
        assertThat(cloud.admin().healthy()).isTrue();
    }

    @Test
    void aliyunSdkWorkflow() throws Exception {
        Client ecs = aliyun(cloud);
        String web = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou")
                .setSecurityGroupName("web")).getBody().getSecurityGroupId();
        String db = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou")
                .setSecurityGroupName("db")).getBody().getSecurityGroupId();
        String instance = ecs.runInstances(new RunInstancesRequest().setRegionId("cn-hangzhou").setImageId("aliyun_3_x64_20G_alibase_20240819.vhd")
                .setInstanceType("ecs.g6.large").setSecurityGroupIds(List.of(web, db))).getBody()
                .getInstanceIdSets().getInstanceIdSet().get(0);

        ecs.leaveSecurityGroup(new LeaveSecurityGroupRequest().setInstanceId(instance).setSecurityGroupId(db));
        TeaException last = catchThrowableOfType(TeaException.class, () -> ecs.leaveSecurityGroup(
                new LeaveSecurityGroupRequest().setInstanceId(instance).setSecurityGroupId(web)));
        assertThat(last.getCode()).isEqualTo("InstanceLastSecurityGroup");
        assertThat(ecs.describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou")).getBody()
                .getInstances().getInstance().get(0).getSecurityGroupIds().getSecurityGroupId()).containsExactly(web);
        TeaException forged = catchThrowableOfType(TeaException.class, () -> aliyun(cloud, "wrong-secret")
                .describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou")));
        assertThat(forged.getCode()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void aliyunSdkOverHttpsTrustingTheContainersCa() throws Exception {
        String ca = cloud.getCaCertificatePem();
        assertThat(ca).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(cloud.getAliyunTlsEndpoint()).isEqualTo(cloud.getHost() + ":" + cloud.getMappedPort(8443));
        Client overTls = new Client(new Config().setEndpoint(cloud.getAliyunTlsEndpoint()).setProtocol("HTTPS")
                .setCa(ca).setRegionId(cloud.getAliyunRegion()).setAccessKeyId(cloud.getAliyunAccessKeyId())
                .setAccessKeySecret(cloud.getAliyunAccessKeySecret()));
        String group = overTls.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou")
                .setSecurityGroupName("tls")).getBody().getSecurityGroupId();
        assertThat(aliyunGroups(cloud)).containsExactly(group);
    }

    @Test
    void ucloudSdkWorkflow() throws Exception {
        String edge = ucloudGroup(cloud, "edge");
        assertThat(edge).startsWith("secgroup-");
        assertThat(ucloudGroups(cloud)).extracting(g -> g.secGroupId + "/" + g.name).containsExactly(edge + "/edge");
        UHostIdRequest stop = new UHostIdRequest();
        stop.setAction("StopUHostInstance");
        stop.uhostId = "uhost-nosuchhost";
        RetCodeException missing = catchThrowableOfType(RetCodeException.class, () -> ucloud(cloud).invoke(stop, Response.class));
        assertThat(missing.getRetCode()).isNotZero();
    }

    @Test
    void adminOperations() throws Exception {
        assertThat(cloud.seedResource("fixtures/shop.yaml")).isEqualTo(new Created(0, 2, 2));
        String exported = cloud.exportState();
        assertThat(exported).contains("i-shopinstance000001", "secgroup-shop0001");

        cloud.addFault(Fault.ucloud("DescribeSecGroup").retCode(8039).times(1));
        RetCodeException e = catchThrowableOfType(RetCodeException.class, () -> ucloudGroups(cloud));
        assertThat(e.getRetCode()).isEqualTo(8039);
        assertThat(ucloudGroups(cloud)).hasSize(1);

        cloud.lockForSecurity("i-shopinstance000001");
        TeaException locked = catchThrowableOfType(TeaException.class, () -> aliyun(cloud)
                .stopInstance(new StopInstanceRequest().setInstanceId("i-shopinstance000001")));
        assertThat(locked.getCode()).isEqualTo("InstanceLockedForSecurity");
        cloud.unlockSecurity("i-shopinstance000001");
        assertThatThrownBy(() -> cloud.lockForSecurity("i-nosuchinstance")).isInstanceOf(NoSuchElementException.class);

        cloud.setTransitionDelay(Duration.ofMinutes(5));
        aliyun(cloud).stopInstance(new StopInstanceRequest().setInstanceId("i-shopinstance000001"));
        assertThat(aliyun(cloud).describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou"))
                .getBody().getInstances().getInstance().get(0).getStatus()).isEqualTo("Stopping");
        assertThat(cloud.requests(5)).extracting(r -> r.action()).contains("StopInstance", "DescribeInstances");

        cloud.reset();
        assertThat(ucloudGroups(cloud)).isEmpty();
        assertThat(cloud.seedJson(exported)).isEqualTo(new Created(0, 2, 2));
        assertThat(aliyunGroups(cloud)).containsExactly("sg-shopweb0000000000a");
    }

    /** Settings as environment, and two containers beside the shared one: each its own state, the same seeded ids. */
    @Test
    void settingsAndContainersSideBySide() throws Exception {
        String sharedGroup = ucloudGroup(cloud, "only-in-the-shared-one");
        List<List<String>> idsOfEach = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            try (CloudtwinContainer seeded = new CloudtwinContainer(ContainerRuntime.image()).withSignatures(false)
                    .withTransitionDelay(Duration.ofSeconds(7)).withIdSeed(42).withFixture("fixtures/shop.yaml")) {
                seeded.start();
                // the fixture, and nothing of the other container
                assertThat(ucloudGroups(seeded)).extracting(g -> g.secGroupId).containsExactly("secgroup-shop0001");
                assertThat(ucloudGroups(cloud)).extracting(g -> g.secGroupId).containsExactly(sharedGroup);
                assertThat(seeded.transitionDelay()).isEqualTo(Duration.ofSeconds(7));
                // signatures off: a wrong secret is accepted
                assertThat(aliyun(seeded, "wrong-secret").describeInstances(new DescribeInstancesRequest()
                        .setRegionId("cn-hangzhou")).getBody().getTotalCount()).isEqualTo(1);
                List<String> ids = new ArrayList<>();
                ids.add(ucloudGroup(seeded, "a"));
                ids.add(aliyun(seeded).createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou"))
                        .getBody().getSecurityGroupId());
                ids.add(ucloudGroup(seeded, "b"));
                idsOfEach.add(ids);
            }
        }
        assertThat(idsOfEach.get(0)).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches("(sg|secgroup)-[a-z0-9]+"));
        assertThat(idsOfEach.get(1)).as("the same seed, the same calls: the same ids in another container")
                .isEqualTo(idsOfEach.get(0));
        assertThat(idsOfEach.get(0)).doesNotContain(sharedGroup);
    }

    /**
     * Testcontainers' reuse (withReuse(true), TESTCONTAINERS_REUSE_ENABLE=true as .ci/image-check sets it): the next
     * run's container is the same one, reset to its fixture, with the seeded ids starting over.
     */
    @Test
    void aReusedContainerStartsAgainFromItsFixture() throws Exception {
        boolean reuse = TestcontainersConfiguration.getInstance().environmentSupportsReuse();
        if (!reuse && ContainerRuntime.required()) {
            throw new IllegalStateException("Testcontainers' reuse is off here: TESTCONTAINERS_REUSE_ENABLE=true");
        }
        Assumptions.assumeTrue(reuse, "Testcontainers' reuse is off (TESTCONTAINERS_REUSE_ENABLE=true turns it on)");
        CloudtwinContainer first = reusable();
        try {
            first.start();
            String made = ucloudGroup(first, "made-in-the-first-run");
            assertThat(ucloudGroups(first)).extracting(g -> g.secGroupId)
                    .containsExactlyInAnyOrder("secgroup-shop0001", made);

            CloudtwinContainer next = reusable();
            next.start();
            assertThat(next.getContainerId()).as("the same container, reused").isEqualTo(first.getContainerId());
            assertThat(ucloudGroups(next)).extracting(g -> g.secGroupId).containsExactly("secgroup-shop0001");
            assertThat(ucloudGroup(next, "made-in-the-next-run")).as("the seeded ids start over").isEqualTo(made);
        } finally {
            first.stop();
        }
    }

    private static CloudtwinContainer reusable() {
        return new CloudtwinContainer(ContainerRuntime.image()).withIdSeed(7).withFixture("fixtures/shop.yaml")
                .withLabel("cloudtwin.test", "reuse-" + ProcessHandle.current().pid()).withReuse(true);
    }
}
