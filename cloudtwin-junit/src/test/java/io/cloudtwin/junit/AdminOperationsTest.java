package io.cloudtwin.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;

import cn.ucloud.common.annotation.UCloudParam;
import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;
import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.google.gson.annotations.SerializedName;
import org.junit.jupiter.api.Test;

import io.cloudtwin.admin.client.Created;
import io.cloudtwin.admin.client.Fault;

/** The typed admin operations, each checked through a cloud's own SDK. */
@Cloudtwin
class AdminOperationsTest {
    static class DescribeSecGroupRequest extends Request {
        @UCloudParam("SecGroupId") List<String> secGroupIds;
    }

    static class SecGroupInfo {
        @SerializedName("SecGroupId") String secGroupId;
        @SerializedName("Name") String name;
    }

    static class DescribeSecGroupResponse extends Response {
        @SerializedName("DataSet") List<SecGroupInfo> dataSet;
    }

    static class UHostIdRequest extends Request {
        @UCloudParam("UHostId") String uhostId;
    }

    private static DefaultClient ucloud(CloudtwinServer cloud) {
        cn.ucloud.common.config.Config config = new cn.ucloud.common.config.Config();
        config.setBaseUrl(cloud.ucloudBaseUrl());
        config.setRegion("cn-bj2");
        config.setMaxRetries(0);
        return new DefaultClient(config, new Credential(cloud.ucloudPublicKey(), cloud.ucloudPrivateKey()));
    }

    private static Client aliyun(CloudtwinServer cloud) throws Exception {
        return new Client(new Config().setEndpoint(cloud.aliyunEndpoint()).setProtocol("HTTP").setRegionId("cn-hangzhou")
                .setAccessKeyId(cloud.aliyunAccessKeyId()).setAccessKeySecret(cloud.aliyunAccessKeySecret()));
    }

    private static DescribeSecGroupResponse describeGroups(CloudtwinServer cloud) throws Exception {
        DescribeSecGroupRequest r = new DescribeSecGroupRequest();
        r.setAction("DescribeSecGroup");
        return (DescribeSecGroupResponse) ucloud(cloud).invoke(r, DescribeSecGroupResponse.class);
    }

    @Test
    void seedsFromAFixtureAndExportsIt(CloudtwinServer cloud) throws Exception {
        assertThat(cloud.seedResource("fixtures/shop.yaml")).isEqualTo(new Created(0, 2, 2));
        assertThat(describeGroups(cloud).dataSet).extracting(g -> g.secGroupId, g -> g.name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("secgroup-shop0001", "edge"));
        assertThat(aliyun(cloud).describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou"))
                .getBody().getInstances().getInstance()).extracting(i -> i.getInstanceId()).containsExactly("i-shopinstance000001");

        String exported = cloud.exportState();
        cloud.reset();
        assertThat(describeGroups(cloud).dataSet).as("DescribeSecGroup answers DataSet only, as the real API").isEmpty();
        // the export is a fixture (without secrets): importing it brings the same resources back and leaves the
        // existing account, and its keys, as they are
        assertThat(exported).doesNotContain("cloudtwin-demo-secret");
        assertThat(cloud.seedJson(exported)).isEqualTo(new Created(0, 2, 2));
        assertThat(describeGroups(cloud).dataSet).hasSize(1);
    }

    @Test
    void aBadFixtureIsRefusedWithTheServersReason(CloudtwinServer cloud) {
        assertThatThrownBy(() -> cloud.seedYaml("instances:\n  - {cloud: azure, id: x}\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("400");
    }

    @Test
    void faultsFireAsTheCloudsOwnErrorsAndCanBeRemoved(CloudtwinServer cloud) throws Exception {
        long once = cloud.addFault(Fault.ucloud("DescribeSecGroup").retCode(8039).times(1));
        RetCodeException e = catchThrowableOfType(RetCodeException.class, () -> describeGroups(cloud));
        assertThat(e.getRetCode()).isEqualTo(8039);
        assertThat(describeGroups(cloud).getRetCode()).isZero();   // fired once

        long always = cloud.addFault(Fault.aliyun(Fault.ANY_ACTION).errorCode("ServiceUnavailable"));
        assertThat(always).isNotEqualTo(once);
        TeaException t = catchThrowableOfType(TeaException.class, () -> aliyun(cloud)
                .describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou")));
        assertThat(t.getCode()).isEqualTo("ServiceUnavailable");
        cloud.removeFault(always);
        assertThat(aliyun(cloud).describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou"))
                .getBody().getTotalCount()).isZero();
        assertThatThrownBy(() -> cloud.removeFault(always)).isInstanceOf(java.util.NoSuchElementException.class);

        cloud.addFault(Fault.ucloud("DescribeSecGroup").retCode(153));
        cloud.clearFaults();
        assertThat(describeGroups(cloud).getRetCode()).isZero();
        assertThatThrownBy(() -> Fault.aliyun("X").probability(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cloud.addFault(Fault.aliyun("X"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void securityLockRefusesChangesInBothClouds(CloudtwinServer cloud) throws Exception {
        cloud.seedResource("fixtures/shop.yaml");
        cloud.lockForSecurity("i-shopinstance000001", "security");
        cloud.lockForSecurity("uhost-shop0001");

        TeaException t = catchThrowableOfType(TeaException.class, () -> aliyun(cloud)
                .stopInstance(new StopInstanceRequest().setInstanceId("i-shopinstance000001")));
        assertThat(t.getCode()).isEqualTo("InstanceLockedForSecurity");
        UHostIdRequest stop = new UHostIdRequest();
        stop.setAction("StopUHostInstance");
        stop.uhostId = "uhost-shop0001";
        RetCodeException e = catchThrowableOfType(RetCodeException.class, () -> ucloud(cloud).invoke(stop, Response.class));
        assertThat(e.getRetCode()).isEqualTo(8905);

        cloud.unlockSecurity("i-shopinstance000001");
        aliyun(cloud).stopInstance(new StopInstanceRequest().setInstanceId("i-shopinstance000001"));
        assertThatThrownBy(() -> cloud.lockForSecurity("i-nosuchinstance")).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void transitionDelayKeepsInstancesStopping(CloudtwinServer cloud) throws Exception {
        cloud.seedResource("fixtures/shop.yaml");
        cloud.setTransitionDelay(Duration.ofMinutes(5));
        assertThat(cloud.transitionDelay()).isEqualTo(Duration.ofMinutes(5));
        aliyun(cloud).stopInstance(new StopInstanceRequest().setInstanceId("i-shopinstance000001"));
        assertThat(aliyun(cloud).describeInstances(new DescribeInstancesRequest().setRegionId("cn-hangzhou"))
                .getBody().getInstances().getInstance().get(0).getStatus()).isEqualTo("Stopping");
        cloud.setTransitionDelay(Duration.ZERO);
        assertThat(cloud.transitionDelay()).isZero();
    }

    @Test
    void requestsListWhatTheCodeUnderTestSent(CloudtwinServer cloud) throws Exception {
        describeGroups(cloud);
        assertThat(cloud.requests(10)).singleElement().satisfies(r -> {
            assertThat(r.cloud()).isEqualTo("ucloud");
            assertThat(r.action()).isEqualTo("DescribeSecGroup");
            assertThat(r.outcome()).isEqualTo("OK");
            assertThat(r.httpStatus()).isEqualTo(200);
        });
    }
}
