package io.cloudtwin.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupsRequest;
import com.aliyun.ecs20140526.models.LeaveSecurityGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;

/** A user's test: one annotation, a random port, the SDK endpoint at hand, a clean store per test. */
@Cloudtwin
class CloudtwinExtensionTest {
    private static Client aliyun(CloudtwinServer cloud) throws Exception {
        return new Client(new Config().setEndpoint(cloud.endpoint()).setProtocol("HTTP").setRegionId("cn-hangzhou")
                .setAccessKeyId(CloudtwinServer.ALIYUN_ACCESS_KEY_ID)
                .setAccessKeySecret(CloudtwinServer.ALIYUN_ACCESS_KEY_SECRET));
    }

    @Test
    void sdkRunsAgainstTheInProcessServer(CloudtwinServer cloud) throws Exception {
        assertThat(cloud.port()).isPositive();
        Client client = aliyun(cloud);
        String sg = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou"))
                .getBody().getSecurityGroupId();
        String i = client.runInstances(new RunInstancesRequest().setRegionId("cn-hangzhou").setImageId("aliyun_3_x64_20G_alibase_20240819.vhd")
                .setInstanceType("ecs.g6.large").setSecurityGroupId(sg)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        TeaException e = catchThrowableOfType(TeaException.class, () -> client.leaveSecurityGroup(
                new LeaveSecurityGroupRequest().setInstanceId(i).setSecurityGroupId(sg)));
        assertThat(e.getCode()).isEqualTo("InstanceLastSecurityGroup");
    }

    @Test
    void everyTestStartsFromAnEmptyStore(CloudtwinServer cloud) throws Exception {
        assertThat(aliyun(cloud).describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId("cn-hangzhou"))
                .getBody().getTotalCount()).isZero();
    }

    /** The extension reports the HTTP endpoint only, so its server opens no HTTPS port (a start without TLS). */
    @Test
    void theServerHasNoHttpsPort(CloudtwinServer cloud) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var tls = http.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + cloud.port() + "/_cloudtwin/tls")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(tls.statusCode()).as(tls.body()).isEqualTo(404);
        assertThat(tls.body()).contains("HTTPS is off");
    }

    @Nested
    @Cloudtwin(properties = "cloudtwin.signature.verify=false")
    class WithoutSignatures {
        @Test
        void anotherServerWithItsOwnSettings(CloudtwinServer cloud) throws Exception {
            Client wrongSecret = new Client(new Config().setEndpoint(cloud.endpoint()).setProtocol("HTTP")
                    .setRegionId("cn-hangzhou").setAccessKeyId("anyone").setAccessKeySecret("anything"));
            assertThat(wrongSecret.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou"))
                    .getBody().getSecurityGroupId()).startsWith("sg-");
        }
    }
}
