package io.cloudtwin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.JoinSecurityGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/** Finding 12: no binding across regions; UCloud binding changes respect the admin lock and in-between states. */
class BindingRulesTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Client aliyun(String region) throws Exception {
        return new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint("127.0.0.1:" + port)
                .setProtocol("HTTP").setRegionId(region));
    }

    @Test
    void joinWithoutRegionIdStaysInTheInstancesRegion() throws Exception {
        String here = aliyun(REGION).createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION))
                .getBody().getSecurityGroupId();
        String elsewhere = aliyun("cn-beijing").createSecurityGroup(new CreateSecurityGroupRequest()
                .setRegionId("cn-beijing")).getBody().getSecurityGroupId();
        String instance = aliyun(REGION).runInstances(new RunInstancesRequest().setRegionId(REGION).setImageId("aliyun_3_x64_20G_alibase_20240819.vhd")
                .setInstanceType("ecs.g6.large").setSecurityGroupId(here)).getBody().getInstanceIdSets()
                .getInstanceIdSet().get(0);
        var before = storeSnapshot();
        TeaException e = catchThrowableOfType(TeaException.class, () -> aliyun(REGION).joinSecurityGroup(
                new JoinSecurityGroupRequest().setInstanceId(instance).setSecurityGroupId(elsewhere)));
        assertThat(e.getCode()).isEqualTo("InvalidSecurityGroupId.NotFound");
        assertThat(storeSnapshot()).isEqualTo(before);
        assertThat(groupsOf(instance)).containsExactly(here);
    }

    private JsonNode ucloud(String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, p)))).build(),
                HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    @Test
    void ucloudBindingChangesRespectTheLockAndInBetweenStates() throws Exception {
        String vpc = ucloud("Action", "CreateVPC", "Name", "v", "Network.0", "10.40.0.0/16").get("VPCId").asString();
        String a = ucloud("Action", "CreateSecGroup", "VPCId", vpc, "Name", "a").get("SecGroupId").asString();
        String b = ucloud("Action", "CreateSecGroup", "VPCId", vpc, "Name", "b").get("SecGroupId").asString();
        String host = ucloud("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "LoginMode",
                "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", "20", "SecurityMode", "SecGroup", "SecGroupId.0.Id", a, "SecGroupId.1.Id", b)
                .get("UHostIds").get(0).asString();
        var before = storeSnapshot();

        assertThat(admin("POST", "/_cloudtwin/instances/" + host + "/security-lock", null).statusCode()).isEqualTo(200);
        before = storeSnapshot();
        assertThat(ucloud("Action", "DisassociateSecGroup", "SecGroupId.0", a, "ResourceId.0", host)
                .get("RetCode").asInt()).isEqualTo(8905);
        assertThat(ucloud("Action", "DisassociateSecGroup", "SecGroupId.0", b).get("RetCode").asInt()).isEqualTo(8905);
        assertThat(ucloud("Action", "AssociateSecGroup", "ResourceId.0", host, "PrioritySecGroup.0.SecGroupId", a,
                "PrioritySecGroup.0.Priority", "3").get("RetCode").asInt()).isEqualTo(8905);
        assertThat(storeSnapshot()).isEqualTo(before);
        admin("DELETE", "/_cloudtwin/instances/" + host + "/security-lock", null);

        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":600000}");
        assertThat(ucloud("Action", "StopUHostInstance", "UHostId", host).get("RetCode").asInt()).isZero();
        before = storeSnapshot();
        assertThat(ucloud("Action", "DisassociateSecGroup", "SecGroupId.0", a, "ResourceId.0", host)
                .get("RetCode").asInt()).as("Stopping").isEqualTo(8905);
        assertThat(ucloud("Action", "DisassociateSecGroup", "SecGroupId.0", b).get("RetCode").asInt()).isEqualTo(8905);
        assertThat(storeSnapshot()).isEqualTo(before);
        assertThat(groupsOf(host)).containsExactlyInAnyOrder(a, b);
    }
}
