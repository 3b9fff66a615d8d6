package io.cloudtwin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteSecurityGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;

import io.cloudtwin.junit.Cloudtwin;
import io.cloudtwin.junit.CloudtwinServer;
import io.cloudtwin.support.UcloudSigner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Finding 13: per-account quotas, configurable, answered with each cloud's own quota code. */
@Cloudtwin(properties = {"cloudtwin.limits.security-groups-per-account=3", "cloudtwin.limits.instances-per-account=2"})
class QuotaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Client aliyun(CloudtwinServer cloud) throws Exception {
        return new Client(new Config().setEndpoint(cloud.endpoint()).setProtocol("HTTP").setRegionId("cn-hangzhou")
                .setAccessKeyId(CloudtwinServer.ALIYUN_ACCESS_KEY_ID)
                .setAccessKeySecret(CloudtwinServer.ALIYUN_ACCESS_KEY_SECRET));
    }

    @Test
    void aliyunQuotas(CloudtwinServer cloud) throws Exception {
        Client c = aliyun(cloud);
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            groups.add(c.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou"))
                    .getBody().getSecurityGroupId());
        }
        TeaException e = catchThrowableOfType(TeaException.class,
                () -> c.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-beijing")));
        assertThat(e.getCode()).isEqualTo("QuotaExceed.SecurityGroup");
        assertThat(e.getStatusCode()).isEqualTo(403);
        c.deleteSecurityGroup(new DeleteSecurityGroupRequest().setRegionId("cn-hangzhou").setSecurityGroupId(groups.get(2)));
        assertThat(c.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou"))
                .getBody().getSecurityGroupId()).as("a deletion frees its place").startsWith("sg-");

        e = catchThrowableOfType(TeaException.class, () -> c.runInstances(new RunInstancesRequest()
                .setRegionId("cn-hangzhou").setImageId("img").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(groups.get(0)).setAmount(3)));
        assertThat(e.getCode()).isEqualTo("QuotaExceed.AfterpayInstance");
        assertThat(c.runInstances(new RunInstancesRequest().setRegionId("cn-hangzhou").setImageId("img")
                .setInstanceType("ecs.g6.large").setSecurityGroupId(groups.get(0)).setAmount(2))
                .getBody().getInstanceIdSets().getInstanceIdSet()).hasSize(2);
    }

    @Test
    void ucloudQuotas(CloudtwinServer cloud) throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(ucloud(cloud, "Action", "CreateSecGroup", "VPCId", "uvnet-1", "Name", "g" + i).get("RetCode")
                    .asInt()).isZero();
        }
        JsonNode r = ucloud(cloud, "Action", "CreateSecGroup", "VPCId", "uvnet-1", "Name", "over");
        assertThat(r.get("RetCode").asInt()).isEqualTo(4207);
        assertThat(r.get("Action").asString()).isEqualTo("CreateSecGroupResponse");
        r = ucloud(cloud, "Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "img", "LoginMode",
                "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", "20", "MaxCount", "3");
        assertThat(r.get("RetCode").asInt()).as(r.toString()).isEqualTo(8095);
    }

    private static JsonNode ucloud(CloudtwinServer cloud, String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(cloud.baseUrl() + "/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(UcloudSigner.sign(CloudtwinServer.UCLOUD_PUBLIC_KEY,
                                CloudtwinServer.UCLOUD_PRIVATE_KEY, p)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
