package io.cloudtwin.it;

import static io.cloudtwin.it.Clients.aliyun;
import static io.cloudtwin.it.Clients.aliyunSigned;
import static io.cloudtwin.it.Clients.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.cloudtwin.support.AliyunV1Signer;

/**
 * Finding 5: with CLOUDTWIN_DATA_DIR a restart forgets neither the nonces it saw (a replay is still refused) nor the
 * power transitions under way (an instance caught Stopping settles after the restart).
 */
class DurableRestartIT {
    @Test
    void noncesAndTransitionsSurviveARestart() throws Exception {
        Path data = Files.createTempDirectory("cloudtwin-restart");
        Map<String, String> env = Map.of("CLOUDTWIN_DATA_DIR", data.toString());
        Map<String, String> once = AliyunV1Signer.sign("GET", Clients.AK, Clients.SECRET,
                Clients.params("Action", "CreateSecurityGroup", "RegionId", "cn-hangzhou"));
        String instance;
        try (ServerProcess first = ServerProcess.start("restart-first", env)) {
            assertThat(field(aliyunSigned(first.baseUrl(), once), "SecurityGroupId")).startsWith("sg-");
            String group = field(aliyun(first.baseUrl(), "Action", "CreateSecurityGroup", "RegionId", "cn-hangzhou"),
                    "SecurityGroupId");
            instance = field(aliyun(first.baseUrl(), "Action", "RunInstances", "RegionId", "cn-hangzhou", "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                    "InstanceType", "ecs.g6.large", "SecurityGroupId", group), "InstanceIdSet");
            var r = Clients.HTTP.send(HttpRequest.newBuilder(URI.create(first.baseUrl() + "/_cloudtwin/transitions"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"delayMs\":1}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(field(aliyun(first.baseUrl(), "Action", "StopInstance", "InstanceId", instance), "Code")).isNull();
            // stopped before any read could settle it: the row says Stopping, headed for Stopped
        }
        try (ServerProcess second = ServerProcess.start("restart-second", env)) {
            assertThat(field(aliyunSigned(second.baseUrl(), once), "Code")).isEqualTo("SignatureNonceUsed");
            String described = aliyun(second.baseUrl(), "Action", "DescribeInstanceAttribute", "InstanceId", instance);
            assertThat(field(described, "Status")).isEqualTo("Stopped");
        }
    }
}
