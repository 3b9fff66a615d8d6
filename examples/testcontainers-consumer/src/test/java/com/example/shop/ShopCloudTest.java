package com.example.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import cn.ucloud.common.annotation.UCloudParam;
import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;
import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.JoinSecurityGroupRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.google.gson.annotations.SerializedName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

import io.cloudtwin.admin.client.Fault;
import io.cloudtwin.testcontainers.CloudtwinContainer;

/**
 * A user's tests: the clouds' own SDKs against CloudtwinContainer, started once for the class by Testcontainers'
 * JUnit 5 support and seeded from a fixture; the admin operations as methods. The image: CLOUDTWIN_IMAGE, else
 * CloudtwinContainer's default (cloudtwin:&lt;version&gt;).
 */
@Testcontainers(disabledWithoutDocker = true)
class ShopCloudTest {
    @Container
    static final CloudtwinContainer CLOUD = (System.getenv("CLOUDTWIN_IMAGE") == null ? new CloudtwinContainer()
            : new CloudtwinContainer(System.getenv("CLOUDTWIN_IMAGE"))).withFixture("shop.yaml");

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

    static class CreateSecGroupResponse extends Response {
        @SerializedName("SecGroupId") String secGroupId;
    }

    private Client ecs;

    @BeforeEach
    void connect() throws Exception {
        CLOUD.clearFaults();
        ecs = new Client(new Config().setEndpoint(CLOUD.getAliyunEndpoint()).setProtocol("HTTP")
                .setRegionId(CLOUD.getAliyunRegion()).setAccessKeyId(CLOUD.getAliyunAccessKeyId())
                .setAccessKeySecret(CLOUD.getAliyunAccessKeySecret()));
    }

    @Test
    void theShopsInstanceJoinsANewGroup() throws Exception {
        String admin = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou")
                .setSecurityGroupName("admin")).getBody().getSecurityGroupId();
        ecs.joinSecurityGroup(new JoinSecurityGroupRequest().setInstanceId("i-shopinstance000001").setSecurityGroupId(admin));
        assertThat(ecs.describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou")).getBody()
                .getInstances().getInstance().get(0).getSecurityGroupIds().getSecurityGroupId())
                .containsExactlyInAnyOrder("sg-shopweb0000000000a", admin);
    }

    @Test
    void anOutageIsTheClouds() {
        CLOUD.addFault(Fault.aliyun("DescribeInstances").errorCode("ServiceUnavailable").times(1));
        TeaException e = catchThrowableOfType(TeaException.class,
                () -> ecs.describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou")));
        assertThat(e.getCode()).isEqualTo("ServiceUnavailable");
    }

    @Test
    void ucloudAnswersOnTheSamePort() throws Exception {
        cn.ucloud.common.config.Config config = new cn.ucloud.common.config.Config();
        config.setBaseUrl(CLOUD.getUcloudBaseUrl());
        config.setRegion(CLOUD.getUcloudRegion());
        DefaultClient ucloud = new DefaultClient(config, new Credential(CLOUD.getUcloudPublicKey(), CLOUD.getUcloudPrivateKey()));
        CreateVPCRequest vpc = new CreateVPCRequest();
        vpc.setAction("CreateVPC");
        vpc.name = "shop";
        vpc.network = List.of("10.40.0.0/16");
        CreateSecGroupRequest create = new CreateSecGroupRequest();
        create.setAction("CreateSecGroup");
        create.vpcId = ((CreateVPCResponse) ucloud.invoke(vpc, CreateVPCResponse.class)).vpcId;
        create.name = "edge";
        assertThat(((CreateSecGroupResponse) ucloud.invoke(create, CreateSecGroupResponse.class)).secGroupId)
                .startsWith("secgroup-");
        assertThat(CLOUD.requests(1)).singleElement().satisfies(r -> assertThat(r.action()).isEqualTo("CreateSecGroup"));
    }
}
