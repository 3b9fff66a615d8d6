package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateNetworkInterfacePermissionRequest;
import com.aliyun.ecs20140526.models.CreateNetworkInterfacePermissionResponseBody.CreateNetworkInterfacePermissionResponseBodyNetworkInterfacePermission;
import com.aliyun.ecs20140526.models.CreateNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateVSwitchRequest;
import com.aliyun.ecs20140526.models.CreateVpcRequest;
import com.aliyun.ecs20140526.models.DeleteNetworkInterfacePermissionRequest;
import com.aliyun.ecs20140526.models.DeleteNetworkInterfaceRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacePermissionsRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacePermissionsResponseBody;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacePermissionsResponseBody.DescribeNetworkInterfacePermissionsResponseBodyNetworkInterfacePermissionsNetworkInterfacePermission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.TeaCalls;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaEcs;

/**
 * Terraform's alicloud_ecs_network_interface_permission through the new ECS SDK in the provider's order:
 * CreateNetworkInterfacePermission (AccountId, NetworkInterfaceId, Permission InstanceAttach) -> the provider waits
 * for PermissionState Granted in DescribeNetworkInterfacePermissions by NetworkInterfacePermissionId.N ->
 * DeleteNetworkInterfacePermission with Force; the refusals, a race for one permission, the card's deletion and the
 * state round trip.
 */
class NetworkInterfacePermissionTest extends ServerTestBase {
    private static final long GRANTEE = 1234567890123456L;
    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = TeaEcs.client(endpoint());
    }

    /** A secondary interface in a new VPC 10.b.0.0/16. */
    private String card(int b) throws Exception {
        String vpc = client.createVpc(new CreateVpcRequest().setRegionId(REGION).setCidrBlock("10." + b + ".0.0/16"))
                .getBody().getVpcId();
        String vsw = client.createVSwitch(new CreateVSwitchRequest().setRegionId(REGION).setVpcId(vpc)
                .setZoneId("cn-hangzhou-i").setCidrBlock("10." + b + ".1.0/24")).getBody().getVSwitchId();
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpc))
                .getBody().getSecurityGroupId();
        return client.createNetworkInterface(new CreateNetworkInterfaceRequest().setRegionId(REGION).setVSwitchId(vsw)
                .setSecurityGroupId(group)).getBody().getNetworkInterfaceId();
    }

    private CreateNetworkInterfacePermissionRequest grant(String card, long account) {
        return new CreateNetworkInterfacePermissionRequest().setRegionId(REGION).setNetworkInterfaceId(card)
                .setAccountId(account).setPermission("InstanceAttach");
    }

    private CreateNetworkInterfacePermissionResponseBodyNetworkInterfacePermission granted(String card, long account)
            throws Exception {
        return client.createNetworkInterfacePermission(grant(card, account)).getBody().getNetworkInterfacePermission();
    }

    private DescribeNetworkInterfacePermissionsResponseBody describe(DescribeNetworkInterfacePermissionsRequest r)
            throws Exception {
        return client.describeNetworkInterfacePermissions(r.setRegionId(REGION)).getBody();
    }

    private List<DescribeNetworkInterfacePermissionsResponseBodyNetworkInterfacePermissionsNetworkInterfacePermission>
            byId(String id) throws Exception {
        return describe(new DescribeNetworkInterfacePermissionsRequest().setNetworkInterfacePermissionId(List.of(id)))
                .getNetworkInterfacePermissions().getNetworkInterfacePermission();
    }

    private void revoke(String id) throws Exception {
        client.deleteNetworkInterfacePermission(new DeleteNetworkInterfacePermissionRequest().setRegionId(REGION)
                .setNetworkInterfacePermissionId(id).setForce(true));
    }

    @Test
    void theProvidersPermission() throws Exception {
        String card = card(61);
        var made = granted(card, GRANTEE);
        assertThat(made.getNetworkInterfacePermissionId()).startsWith("eni-perm-");
        assertThat(made.getPermissionState()).isEqualTo("Granted");
        assertThat(made.getAccountId()).isEqualTo(GRANTEE);
        assertThat(made.getNetworkInterfaceId()).isEqualTo(card);

        var read = byId(made.getNetworkInterfacePermissionId());
        assertThat(read).hasSize(1);
        assertThat(read.get(0).getPermissionState()).isEqualTo("Granted");
        assertThat(read.get(0).getPermission()).isEqualTo("InstanceAttach");
        assertThat(read.get(0).getAccountId()).isEqualTo(GRANTEE);
        assertThat(read.get(0).getNetworkInterfaceId()).isEqualTo(card);

        String other = granted(card, GRANTEE + 1).getNetworkInterfacePermissionId();
        var ofCard = describe(new DescribeNetworkInterfacePermissionsRequest().setNetworkInterfaceId(card)
                .setPageSize(1).setPageNumber(2));
        assertThat(ofCard.getTotalCount()).isEqualTo(2);
        assertThat(ofCard.getNetworkInterfacePermissions().getNetworkInterfacePermission())
                .extracting(p -> p.getNetworkInterfacePermissionId()).containsExactly(other);

        revoke(made.getNetworkInterfacePermissionId());
        assertThat(byId(made.getNetworkInterfacePermissionId())).as("gone").isEmpty();
        assertThat(code(() -> {
            revoke(made.getNetworkInterfacePermissionId());
            return null;
        })).isEqualTo("InvalidEniPermissionId.NotFound");
        assertThat(granted(card, GRANTEE).getPermissionState()).as("granted again after the revoke").isEqualTo("Granted");
    }

    @Test
    void refusalsGrantNothing() throws Exception {
        String card = card(62);
        granted(card, GRANTEE);
        assertThat(code(() -> granted(card, GRANTEE))).isEqualTo("InvalidOperation.PermissionExisted");
        assertThat(code(() -> granted("eni-nothere", GRANTEE))).isEqualTo("InvalidEniId.NotFound");
        assertThat(code(() -> client.createNetworkInterfacePermission(grant(card, GRANTEE + 1)
                .setPermission("InstanceDetach")))).isEqualTo("InvalidParameter");
        assertThat(code(() -> granted(card, 0))).isEqualTo("InvalidParameter");
        assertThat(describe(new DescribeNetworkInterfacePermissionsRequest().setNetworkInterfaceId(card))
                .getTotalCount()).isEqualTo(1);
    }

    @Test
    void oneOfTwoRacingGrantsWins() throws Exception {
        String card = card(63);
        assertThat(TeaCalls.race(racing(), () -> granted(card, GRANTEE), () -> granted(card, GRANTEE)))
                .containsExactlyInAnyOrder("ok", "InvalidOperation.PermissionExisted");
        assertThat(describe(new DescribeNetworkInterfacePermissionsRequest().setNetworkInterfaceId(card))
                .getTotalCount()).isEqualTo(1);
    }

    @Test
    void goneWithTheCard() throws Exception {
        String card = card(64);
        String id = granted(card, GRANTEE).getNetworkInterfacePermissionId();
        client.deleteNetworkInterface(new DeleteNetworkInterfaceRequest().setRegionId(REGION)
                .setNetworkInterfaceId(card));
        assertThat(byId(id)).isEmpty();
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String card = card(65);
        String id = granted(card, GRANTEE).getNetworkInterfacePermissionId();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(byId(id)).extracting(p -> p.getNetworkInterfaceId() + " " + p.getAccountId())
                .containsExactly(card + " " + GRANTEE);
        assertThat(code(() -> granted(card, GRANTEE))).isEqualTo("InvalidOperation.PermissionExisted");
    }
}
