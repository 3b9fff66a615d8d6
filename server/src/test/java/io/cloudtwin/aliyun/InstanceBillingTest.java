package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceAttributeRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceAutoRenewAttributeRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceAutoRenewAttributeResponseBody.DescribeInstanceAutoRenewAttributeResponseBodyInstanceRenewAttributesInstanceRenewAttribute;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesResponseBody.DescribeInstancesResponseBodyInstancesInstance;
import com.aliyun.ecs20140526.models.ModifyInstanceAutoReleaseTimeRequest;
import com.aliyun.ecs20140526.models.ModifyInstanceAutoRenewAttributeRequest;
import com.aliyun.ecs20140526.models.ModifyInstanceChargeTypeRequest;
import com.aliyun.ecs20140526.models.RenewInstanceRequest;
import com.aliyun.ecs20140526.models.StartInstanceRequest;
import com.aliyun.ecs20140526.models.StopInstanceRequest;
import com.aliyun.ecs20140526.models.StopInstancesRequest;
import com.aliyun.tea.TeaException;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.EcsTestBase;

/**
 * How an instance is bought, read back as alicloud_instance reads it: spot_strategy, spot_price_limit,
 * spot_duration and spot_interruption_behavior (the strategy and the behaviour force a new instance when they read
 * back otherwise), instance_charge_type, and for a PrePaid instance its expiry and the renewal the provider reads with
 * DescribeInstanceAutoRenewAttribute (renewal_status, auto_renew_period, period_unit).
 */
class InstanceBillingTest extends EcsTestBase {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmX");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX");

    private DescribeInstancesResponseBodyInstancesInstance describe(String id) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance().get(0);
    }

    private DescribeInstanceAutoRenewAttributeResponseBodyInstanceRenewAttributesInstanceRenewAttribute renewal(
            String id) throws Exception {
        return client.describeInstanceAutoRenewAttribute(new DescribeInstanceAutoRenewAttributeRequest()
                .setRegionId(REGION).setInstanceId(id)).getBody().getInstanceRenewAttributes()
                .getInstanceRenewAttribute().get(0);
    }

    @Test
    void spotTermsReadBackAsTheyWereAskedFor() throws Exception {
        String spot = ecs.launch(ecs.run().setSpotStrategy("SpotWithPriceLimit").setSpotPriceLimit(0.5f)
                .setSpotDuration(1)
                .setSpotInterruptionBehavior("Stop"));
        assertThat(describe(spot)).extracting("spotStrategy", "spotPriceLimit", "spotDuration",
                "spotInterruptionBehavior", "instanceChargeType").containsExactly("SpotWithPriceLimit", 0.5f, 1, "Stop",
                "PostPaid");

        String plain = ecs.launch(ecs.run());
        var p = describe(plain);
        assertThat(p).extracting("spotStrategy", "spotInterruptionBehavior", "instanceChargeType", "expiredTime")
                .containsExactly("NoSpot", "Terminate", "PostPaid", "2099-12-31T15:59Z");
    }

    @Test
    void aSubscriptionEndsAfterItsPeriodAndReportsItsRenewal() throws Exception {
        String renewed = ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(3).setPeriodUnit("Month")
                .setAutoRenew(true).setAutoRenewPeriod(6));
        var i = describe(renewed);
        assertThat(i.getInstanceChargeType()).isEqualTo("PrePaid");
        OffsetDateTime created = OffsetDateTime.parse(i.getCreationTime(), MINUTES);
        assertThat(i.getExpiredTime()).isEqualTo(MINUTES.format(created.plusMonths(3)));
        assertThat(client.describeInstanceAttribute(new DescribeInstanceAttributeRequest().setInstanceId(renewed))
                .getBody().getExpiredTime()).isEqualTo(i.getExpiredTime());
        assertThat(renewal(renewed)).extracting("instanceId", "renewalStatus", "duration", "periodUnit",
                "autoRenewEnabled").containsExactly(renewed, "AutoRenewal", 6, "Month", true);

        String weekly = ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(2).setPeriodUnit("Week"));
        assertThat(describe(weekly).getExpiredTime()).isEqualTo(MINUTES.format(
                OffsetDateTime.parse(describe(weekly).getCreationTime(), MINUTES).plusWeeks(2)));
        assertThat(renewal(weekly)).extracting("renewalStatus", "autoRenewEnabled", "periodUnit")
                .containsExactly("Normal", false, "Week");

        var both = client.describeInstanceAutoRenewAttribute(new DescribeInstanceAutoRenewAttributeRequest()
                .setRegionId(REGION).setInstanceId(renewed + "," + weekly).setRenewalStatus("Normal")).getBody();
        assertThat(both.getInstanceRenewAttributes().getInstanceRenewAttribute()).extracting("instanceId")
                .containsExactly(weekly);
        assertThat(both.getTotalCount()).isEqualTo(1);
    }

    @Test
    void aSubscriptionRenewedByHandEndsLaterByThePeriodBought() throws Exception {
        String id = ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(1).setPeriodUnit("Month"));
        OffsetDateTime created = OffsetDateTime.parse(describe(id).getCreationTime(), MINUTES);

        client.renewInstance(new RenewInstanceRequest().setInstanceId(id).setPeriod(2));
        assertThat(describe(id).getExpiredTime()).isEqualTo(MINUTES.format(created.plusMonths(3)));
        client.renewInstance(new RenewInstanceRequest().setInstanceId(id).setPeriod(12).setPeriodUnit("Month"));
        assertThat(describe(id).getExpiredTime()).isEqualTo(MINUTES.format(created.plusMonths(15)));

        assertThat(refused(() -> client.renewInstance(new RenewInstanceRequest().setInstanceId(id).setPeriod(10)))
                .getCode()).isEqualTo("InvalidPeriod");
        assertThat(refused(() -> client.renewInstance(new RenewInstanceRequest().setInstanceId(id).setPeriod(1)
                .setPeriodUnit("Week"))).getCode()).as("Month is its only unit")
                .isEqualTo("InvalidPeriodUnit.ValueNotSupported");
        String payAsYouGo = ecs.launch(ecs.run());
        assertThat(refused(() -> client.renewInstance(new RenewInstanceRequest().setInstanceId(payAsYouGo)
                .setPeriod(1))).getCode()).isEqualTo("ChargeTypeViolation");
        assertThat(describe(id).getExpiredTime()).as("refusals change nothing")
                .isEqualTo(MINUTES.format(created.plusMonths(15)));
    }

    @Test
    void badTermsCreateNothingAndPayAsYouGoHasNoRenewal() throws Exception {
        int before = client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody()
                .getTotalCount();
        assertThat(refused(() -> ecs.launch(ecs.run().setSpotStrategy("Cheap"))).getCode())
                .isEqualTo("InvalidSpotStrategy");
        assertThat(refused(() -> ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(1)
                .setSpotStrategy("SpotAsPriceGo"))).getCode()).isEqualTo("InvalidSpotPrepaid");
        assertThat(refused(() -> ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(10))).getCode())
                .isEqualTo("InvalidPeriod");
        assertThat(refused(() -> ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(1).setAutoRenew(true)
                .setAutoRenewPeriod(5))).getCode()).isEqualTo("InvalidAutoRenewPeriod.ValueNotSupported");
        assertThat(refused(() -> ecs.launch(ecs.run().setInstanceChargeType("PrePaid"))).getCode())
                .startsWith("Missing");
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)).getBody()
                .getTotalCount()).isEqualTo(before);

        String postPaid = ecs.launch(ecs.run());
        TeaException payAsYouGo = refused(() -> renewal(postPaid));
        assertThat(payAsYouGo.getCode()).isEqualTo("ChargeTypeViolation");
        assertThat(payAsYouGo.getStatusCode()).isEqualTo(403);
        assertThat(refused(() -> renewal("i-missing")).getCode()).isEqualTo("InvalidParameter.InvalidInstanceId");
        assertThat(refused(() -> client.describeInstanceAutoRenewAttribute(
                new DescribeInstanceAutoRenewAttributeRequest()
                .setRegionId(REGION))).getCode()).isEqualTo("MissingParameter.InstanceId");
    }

    @Test
    void aSubscriptionIsDeletedOnlyOncePaidAsItGoesAsTheProviderDoesWithForceDelete() throws Exception {
        String id = ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(1));
        TeaException subscribed = refused(() -> client.deleteInstance(new DeleteInstanceRequest().setInstanceId(id)
                .setForce(true)));
        assertThat(subscribed.getCode()).isEqualTo("ChargeTypeViolation");
        assertThat(subscribed.getStatusCode()).isEqualTo(403);
        assertThat(describe(id).getStatus()).isEqualTo("Running");

        // alicloud_instance's destroy with force_delete: ModifyInstanceChargeType to PostPaid, read back, delete
        client.modifyInstanceChargeType(new ModifyInstanceChargeTypeRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]").setInstanceChargeType("PostPaid").setIncludeDataDisks(true)
                .setAutoPay(true).setClientToken("tf-charge-1"));
        assertThat(describe(id)).extracting("instanceChargeType", "expiredTime")
                .containsExactly("PostPaid", "2099-12-31T15:59Z");
        client.deleteInstance(new DeleteInstanceRequest().setInstanceId(id).setForce(true));
        assertThat(client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]")).getBody().getInstances().getInstance()).isEmpty();
    }

    @Test
    void aPayAsYouGoInstanceBecomesASubscriptionFromNowAndItsRenewalChanges() throws Exception {
        String id = ecs.launch(ecs.run());
        OffsetDateTime before = OffsetDateTime.now().withSecond(0).withNano(0);
        client.modifyInstanceChargeType(new ModifyInstanceChargeTypeRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]").setInstanceChargeType("PrePaid").setPeriod(2)
                .setPeriodUnit("Week"));
        OffsetDateTime after = OffsetDateTime.now();
        var i = describe(id);
        assertThat(i.getInstanceChargeType()).isEqualTo("PrePaid");
        OffsetDateTime expires = OffsetDateTime.parse(i.getExpiredTime(), MINUTES);
        assertThat(expires).as("two weeks from the change").isBetween(before.plusWeeks(2), after.plusWeeks(2));
        assertThat(renewal(id)).extracting("renewalStatus", "periodUnit").containsExactly("Normal", "Week");

        client.modifyInstanceAutoRenewAttribute(new ModifyInstanceAutoRenewAttributeRequest().setRegionId(REGION)
                .setInstanceId(id).setRenewalStatus("AutoRenewal").setDuration(3).setPeriodUnit("Month"));
        assertThat(renewal(id)).extracting("renewalStatus", "duration", "periodUnit", "autoRenewEnabled")
                .containsExactly("AutoRenewal", 3, "Month", true);
        assertThat(describe(id).getExpiredTime()).as("renewing by months does not make the two weeks bought months")
                .isEqualTo(i.getExpiredTime());
        client.renewInstance(new RenewInstanceRequest().setInstanceId(id).setPeriod(1));
        assertThat(OffsetDateTime.parse(describe(id).getExpiredTime(), MINUTES)).as("a month past the two weeks")
                .isEqualTo(expires.plusMonths(1));
        assertThat(renewal(id)).extracting("duration", "periodUnit").containsExactly(3, "Month");
        client.modifyInstanceAutoRenewAttribute(new ModifyInstanceAutoRenewAttributeRequest().setRegionId(REGION)
                .setInstanceId(id).setRenewalStatus("NotRenewal"));
        assertThat(renewal(id)).extracting("renewalStatus", "autoRenewEnabled").containsExactly("NotRenewal", false);

        assertThat(refused(() -> client.modifyInstanceAutoRenewAttribute(new ModifyInstanceAutoRenewAttributeRequest()
                .setRegionId(REGION).setInstanceId(id).setRenewalStatus("AutoRenewal").setDuration(5))).getCode())
                .isEqualTo("InvalidParameter.Duration");
        String postPaid = ecs.launch(ecs.run());
        assertThat(refused(() -> client.modifyInstanceAutoRenewAttribute(new ModifyInstanceAutoRenewAttributeRequest()
                .setRegionId(REGION).setInstanceId(postPaid).setRenewalStatus("Normal"))).getCode())
                .isEqualTo("ChargeTypeViolation");
        assertThat(refused(() -> client.modifyInstanceChargeType(new ModifyInstanceChargeTypeRequest()
                .setRegionId(REGION).setInstanceIds("[\"" + postPaid + "\"]").setPeriod(10))).getCode())
                .isEqualTo("InvalidPeriod");
        assertThat(refused(() -> client.modifyInstanceChargeType(new ModifyInstanceChargeTypeRequest()
                .setRegionId(REGION).setInstanceIds("[\"i-missing\"]"))).getCode())
                .isEqualTo("InvalidInstanceId.NotFound");
        assertThat(describe(postPaid).getInstanceChargeType()).isEqualTo("PostPaid");
    }

    /** alicloud_instance's auto_release_time: RunInstances' AutoReleaseTime, then ModifyInstanceAutoReleaseTime. */
    @Test
    void anAutoReleaseTimeReadsBackToTheMinuteAndCanBeMovedOrCancelled() throws Exception {
        OffsetDateTime inTwoHours = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).withSecond(37);
        String id = ecs.launch(ecs.run().setAutoReleaseTime(SECONDS.format(inTwoHours)));
        assertThat(describe(id).getAutoReleaseTime()).as("to the minute, as the provider reads it")
                .isEqualTo(MINUTES.format(inTwoHours));

        OffsetDateTime tomorrow = inTwoHours.plusDays(1).withSecond(0);
        client.modifyInstanceAutoReleaseTime(new ModifyInstanceAutoReleaseTimeRequest().setRegionId(REGION)
                .setInstanceId(id).setAutoReleaseTime(SECONDS.format(tomorrow)));
        assertThat(describe(id).getAutoReleaseTime()).isEqualTo(MINUTES.format(tomorrow));
        client.modifyInstanceAutoReleaseTime(new ModifyInstanceAutoReleaseTimeRequest().setRegionId(REGION)
                .setInstanceId(id));
        assertThat(describe(id).getAutoReleaseTime()).as("no AutoReleaseTime: cancelled").isEmpty();

        for (String bad : List.of(SECONDS.format(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10)),
                SECONDS.format(OffsetDateTime.now(ZoneOffset.UTC).plusYears(4)), "tomorrow", "2030-01-01 10:00:00")) {
            TeaException e = refused(() -> client.modifyInstanceAutoReleaseTime(new ModifyInstanceAutoReleaseTimeRequest()
                    .setRegionId(REGION).setInstanceId(id).setAutoReleaseTime(bad)));
            assertThat(e.getCode()).as(bad).isEqualTo("InvalidAutoReleaseTime.Malformed");
            assertThat(refused(() -> ecs.launch(ecs.run().setAutoReleaseTime(bad))).getCode()).as(bad)
                    .isEqualTo("InvalidAutoReleaseTime.Malformed");
        }
        assertThat(describe(id).getAutoReleaseTime()).as("refusals change nothing").isEmpty();

        String subscription = ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(1));
        TeaException prePaid = refused(() -> client.modifyInstanceAutoReleaseTime(new ModifyInstanceAutoReleaseTimeRequest()
                .setRegionId(REGION).setInstanceId(subscription).setAutoReleaseTime(SECONDS.format(tomorrow))));
        assertThat(prePaid.getCode()).isEqualTo("ChargeTypeViolation");
        assertThat(prePaid.getStatusCode()).isEqualTo(403);
        assertThat(refused(() -> client.modifyInstanceAutoReleaseTime(new ModifyInstanceAutoReleaseTimeRequest()
                .setRegionId(REGION).setInstanceId("i-unknown"))).getCode()).isEqualTo("NoSuchResource");

        client.modifyInstanceAutoReleaseTime(new ModifyInstanceAutoReleaseTimeRequest().setRegionId(REGION)
                .setInstanceId(id).setAutoReleaseTime(SECONDS.format(tomorrow)));
        client.modifyInstanceChargeType(new ModifyInstanceChargeTypeRequest().setRegionId(REGION)
                .setInstanceIds("[\"" + id + "\"]").setInstanceChargeType("PrePaid").setPeriod(1));
        assertThat(describe(id).getAutoReleaseTime()).as("a subscription does not release itself").isEmpty();
    }

    /** alicloud_instance's stopped_mode with status Stopped: StopInstance's StoppedMode, read back as it was asked. */
    @Test
    void aStoppedInstanceAnswersHowItWasStopped() throws Exception {
        String id = ecs.launch(ecs.run());
        assertThat(describe(id).getStoppedMode()).as("running").isEqualTo("Not-applicable");
        client.stopInstance(new StopInstanceRequest().setInstanceId(id).setForceStop(false)
                .setStoppedMode("StopCharging"));
        assertThat(describe(id)).extracting("status", "stoppedMode").containsExactly("Stopped", "StopCharging");
        assertThat(client.describeInstanceAttribute(new DescribeInstanceAttributeRequest().setInstanceId(id))
                .getBody().getStoppedMode()).isEqualTo("StopCharging");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(describe(id).getStoppedMode()).as("through the state round trip").isEqualTo("StopCharging");

        client.startInstance(new StartInstanceRequest().setInstanceId(id));
        assertThat(describe(id).getStoppedMode()).isEqualTo("Not-applicable");
        client.stopInstance(new StopInstanceRequest().setInstanceId(id));
        assertThat(describe(id).getStoppedMode()).as("the default").isEqualTo("KeepCharging");

        String subscription = ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(1));
        client.stopInstances(new StopInstancesRequest().setRegionId(REGION).setInstanceId(List.of(subscription))
                .setStoppedMode("StopCharging"));
        assertThat(describe(subscription).getStoppedMode()).as("a subscription keeps being billed")
                .isEqualTo("KeepCharging");

        client.startInstance(new StartInstanceRequest().setInstanceId(id));
        TeaException bad = refused(() -> client.stopInstance(new StopInstanceRequest().setInstanceId(id)
                .setStoppedMode("Hibernate")));
        assertThat(bad.getCode()).isEqualTo("InvalidParameter");
        assertThat(describe(id).getStatus()).as("still running").isEqualTo("Running");
    }

    @Test
    void theTermsRoundTripTheState() throws Exception {
        String id = ecs.launch(ecs.run().setInstanceChargeType("PrePaid").setPeriod(1).setAutoRenew(true));
        client.modifyInstanceAutoRenewAttribute(new ModifyInstanceAutoRenewAttributeRequest().setRegionId(REGION)
                .setInstanceId(id).setRenewalStatus("AutoRenewal").setDuration(2).setPeriodUnit("Week"));
        String spot = ecs.launch(ecs.run().setSpotStrategy("SpotAsPriceGo").setSpotDuration(1));
        OffsetDateTime release = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withSecond(0);
        String released = ecs.launch(ecs.run().setAutoReleaseTime(SECONDS.format(release)));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        var after = describe(id);
        assertThat(after.getExpiredTime()).as("a month after its creation, as imported")
                .isEqualTo(MINUTES.format(OffsetDateTime.parse(after.getCreationTime(), MINUTES).plusMonths(1)));
        assertThat(renewal(id)).extracting("renewalStatus", "duration", "periodUnit")
                .containsExactly("AutoRenewal", 2, "Week");
        assertThat(describe(spot)).extracting("spotStrategy", "spotDuration").containsExactly("SpotAsPriceGo", 1);
        assertThat(describe(released).getAutoReleaseTime()).isEqualTo(MINUTES.format(release));
    }
}
