package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DeleteInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.ModifyInstanceAttributeRequest;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.EcsTestBase;

/**
 * alicloud_instance's deletion_protection, in the provider's calls: RunInstances with DeletionProtection, read back
 * from DescribeInstances, turned off by ModifyInstanceAttribute before a destroy. A protected instance is not deleted,
 * alone or in a batch (all or none); protection is for pay-as-you-go instances that are no spot ones; it survives the
 * state round trip.
 */
class DeletionProtectionTest extends EcsTestBase {
    private List<Boolean> protection(String... ids) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                        .setInstanceIds("[\"" + String.join("\",\"", ids) + "\"]")).getBody().getInstances().getInstance()
                .stream().map(i -> i.getDeletionProtection()).toList();
    }

    private Object delete(String id) throws Exception {
        return client.deleteInstance(new DeleteInstanceRequest().setInstanceId(id).setForce(true));
    }

    private Object protect(String id, boolean on) throws Exception {
        return client.modifyInstanceAttribute(new ModifyInstanceAttributeRequest().setInstanceId(id)
                .setDeletionProtection(on));
    }

    @Test
    void aProtectedInstanceTheProvidersWay() throws Exception {
        String id = ecs.launch(ecs.run().setDeletionProtection(true));
        assertThat(protection(id)).containsExactly(true);
        assertThat(refused(() -> delete(id)).getCode()).isEqualTo("InvalidOperation.DeletionProtection");
        assertThat(protection(id)).as("still there, still protected").containsExactly(true);

        protect(id, false);
        assertThat(protection(id)).containsExactly(false);
        delete(id);
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance()).isEmpty();
    }

    @Test
    void aBatchWithAProtectedInstanceDeletesNone() throws Exception {
        String plain = ecs.launch(ecs.run());
        String kept = ecs.launch(ecs.run());
        protect(kept, true);
        assertThat(refused(() -> client.deleteInstances(new DeleteInstancesRequest().setRegionId(REGION)
                .setInstanceId(List.of(plain, kept)).setForce(true))).getCode())
                .isEqualTo("InvalidOperation.DeletionProtection");
        assertThat(protection(plain, kept)).as("both there").hasSize(2);
    }

    @Test
    void protectionIsForPayAsYouGoInstancesThatAreNoSpotOnes() throws Exception {
        assertThat(refused(() -> ecs.launch(ecs.run().setDeletionProtection(true).setInstanceChargeType("PrePaid")
                .setPeriod(1))).getCode()).isEqualTo("InvalidChargeType.ValueNotSupported");
        assertThat(refused(() -> ecs.launch(ecs.run().setDeletionProtection(true).setSpotStrategy("SpotAsPriceGo")))
                .getCode()).isEqualTo("InvalidChargeType.ValueNotSupported");
        String spot = ecs.launch(ecs.run().setSpotStrategy("SpotAsPriceGo"));
        assertThat(refused(() -> protect(spot, true)).getCode()).isEqualTo("InvalidChargeType.ValueNotSupported");
        assertThat(protection(spot)).containsExactly(false);
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody()
                .getTotalCount()).as("the refused launches made nothing").isEqualTo(1);
    }

    @Test
    void protectionRoundTripsTheState() throws Exception {
        String id = ecs.launch(ecs.run().setDeletionProtection(true));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(protection(id)).containsExactly(true);
        assertThat(refused(() -> delete(id)).getCode()).isEqualTo("InvalidOperation.DeletionProtection");
    }
}
