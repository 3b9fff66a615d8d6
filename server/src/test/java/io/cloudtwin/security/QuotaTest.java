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

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteSecurityGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/** Finding 13: per-account quotas, configurable, answered with each cloud's own quota code. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cloudtwin.limits.security-groups-per-account=3", "cloudtwin.limits.instances-per-account=2",
        "spring.datasource.url=jdbc:h2:mem:cloudtwin-quota;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
class QuotaTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private Client aliyun() throws Exception {
        return new Client(new Config().setEndpoint("127.0.0.1:" + port).setProtocol("HTTP").setRegionId("cn-hangzhou")
                .setAccessKeyId(ServerTestBase.AK).setAccessKeySecret(ServerTestBase.SECRET));
    }

    @Test
    void aliyunQuotas() throws Exception {
        Client c = aliyun();
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
                .setRegionId("cn-hangzhou").setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(groups.get(0)).setAmount(3)));
        assertThat(e.getCode()).isEqualTo("QuotaExceed.AfterpayInstance");
        assertThat(c.runInstances(new RunInstancesRequest().setRegionId("cn-hangzhou").setImageId("aliyun_3_x64_20G_alibase_20240819.vhd")
                .setInstanceType("ecs.g6.large").setSecurityGroupId(groups.get(0)).setAmount(2))
                .getBody().getInstanceIdSets().getInstanceIdSet()).hasSize(2);
    }

    @Test
    void ucloudQuotas() throws Exception {
        String vpc = ucloud("Action", "CreateVPC", "Name", "v", "Network.0", "10.40.0.0/16").get("VPCId").asString();
        for (int i = 0; i < 3; i++) {
            assertThat(ucloud("Action", "CreateSecGroup", "VPCId", vpc, "Name", "g" + i).get("RetCode")
                    .asInt()).isZero();
        }
        JsonNode r = ucloud("Action", "CreateSecGroup", "VPCId", vpc, "Name", "over");
        assertThat(r.get("RetCode").asInt()).isEqualTo(4207);
        assertThat(r.get("Action").asString()).isEqualTo("CreateSecGroupResponse");
        r = ucloud("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode",
                "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", "20", "MaxCount", "3");
        assertThat(r.get("RetCode").asInt()).as(r.toString()).isEqualTo(8095);
    }

    private JsonNode ucloud(String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(UcloudSigner.sign(ServerTestBase.UCLOUD_PUBLIC,
                                ServerTestBase.UCLOUD_PRIVATE, p)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
