package io.cloudtwin.dialect.aliyun.ecs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceBilling;
import io.cloudtwin.core.compute.InstanceDetail;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceLifecycle;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceAutoRenewAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceAutoRenewAttributeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDiskChargeTypeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDiskChargeTypeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceAutoReleaseTimeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceAutoRenewAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceChargeTypeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceChargeTypeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyPrepayInstanceSpecRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyPrepayInstanceSpecResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.RenewInstanceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RenewInstanceResponse;

/**
 * How an instance is bought beyond its charge type: spot terms, and a subscription's period and renewal, as
 * RunInstances and CreateInstance take them and DescribeInstances and DescribeInstanceAutoRenewAttribute (what
 * alicloud_instance reads for a PrePaid instance) report them. Nothing expires or renews here: the terms are kept.
 */
@Component
record Subscriptions(InstanceService instances, InstanceLifecycle lifecycle, InstanceBilling billing, WallClock clock,
                     EcsCatalog catalog)
        implements EcsApi.DescribeInstanceAutoRenewAttribute, EcsApi.ModifyInstanceAutoRenewAttribute,
        EcsApi.ModifyInstanceChargeType, EcsApi.ModifyInstanceAutoReleaseTime, EcsApi.ModifyPrepayInstanceSpec,
        EcsApi.ModifyDiskChargeType, EcsApi.RenewInstance {
    private static final Set<String> SPOT_STRATEGIES = Set.of("NoSpot", "SpotAsPriceGo", "SpotWithPriceLimit");
    private static final Set<String> INTERRUPTIONS = Set.of("Terminate", "Stop");
    private static final String MONTH = "Month";
    /** The periods a subscription is bought for, and auto-renewed for, per PeriodUnit. */
    private static final Map<String, List<Integer>> PERIODS = Map.of("Week", List.of(1, 2, 3, 4),
            MONTH, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 24, 36, 48, 60));
    private static final Map<String, List<Integer>> RENEWALS = Map.of("Week", List.of(1, 2, 3),
            MONTH, List.of(1, 2, 3, 6, 12, 24, 36, 48, 60));
    private static final int MAX_IDS = 100;
    /** The months RenewInstance renews a subscription by (its only unit), as the ECS API reference lists them. */
    private static final List<Integer> RENEWAL_PERIODS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 12);
    private static final Set<String> RENEWAL_STATUSES = Set.of("AutoRenewal", "Normal", "NotRenewal");
    private static final Set<String> OPERATOR_TYPES = Set.of("upgrade", "downgrade");

    /** An automatic release is half an hour away at the soonest, three years at the latest. */
    private static final Duration SOONEST_RELEASE = Duration.ofMinutes(30);
    private static final Period LATEST_RELEASE = Period.ofYears(3);

    /**
     * AutoReleaseTime (absent or empty: null, no release): yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mmZ in UTC, its
     * seconds dropped, from half an hour to three years after now; else InvalidAutoReleaseTime.Malformed.
     */
    static OffsetDateTime releaseTime(AliyunCall call, String v, OffsetDateTime now) {
        if (v == null || v.isEmpty()) return null;
        OffsetDateTime t = AliyunFormats.requestTime(v, () -> call.invalid("AutoReleaseTime"))
                .truncatedTo(ChronoUnit.MINUTES);
        if (t.isBefore(now.plus(SOONEST_RELEASE)) || t.isAfter(now.plus(LATEST_RELEASE))) {
            throw call.invalid("AutoReleaseTime");
        }
        return t;
    }

    @Override
    public void modifyInstanceAutoReleaseTime(AliyunCall call, ModifyInstanceAutoReleaseTimeRequest r) {
        billing.setAutoReleaseTime(call.scope(), r.instanceId(), releaseTime(call, r.autoReleaseTime(), clock.now()));
    }

    /** The terms a creation asks for (the charge type already checked); PrePaid needs a Period of its unit. */
    record Terms(String chargeType, String spotStrategy, BigDecimal spotPriceLimit, Integer spotDuration,
                 String spotInterruptionBehavior, Integer period, String periodUnit, Boolean autoRenew,
                 Integer autoRenewPeriod) {}

    static InstanceDetail.Billing requested(AliyunCall call, Terms t) {
        var none = InstanceDetail.Billing.NONE;
        String spot = t.spotStrategy() == null || t.spotStrategy().isEmpty() ? none.spotStrategy() : t.spotStrategy();
        if (!SPOT_STRATEGIES.contains(spot)) throw call.firstError("SpotStrategy", "InvalidSpotStrategy");
        boolean prePaid = InstanceBilling.PRE_PAID.equals(t.chargeType());
        if (prePaid && !spot.equals("NoSpot")) throw call.firstError("SpotStrategy", "InvalidSpotPrepaid");
        String interruption = t.spotInterruptionBehavior() == null ? none.spotInterruptionBehavior()
                : t.spotInterruptionBehavior();
        if (!INTERRUPTIONS.contains(interruption)) {
            throw call.firstError("SpotInterruptionBehavior", "InvalidSpotInterruptionBehavior");
        }
        if (!prePaid) {
            return new InstanceDetail.Billing(spot, t.spotPriceLimit() == null ? 0 : t.spotPriceLimit().doubleValue(),
                    t.spotDuration() == null ? 0 : t.spotDuration(), interruption, none.renewalStatus(), 0,
                    none.autoRenewUnit(), none.periodUnit(), 0, null);
        }
        String unit = t.periodUnit() == null || t.periodUnit().isEmpty() ? none.periodUnit() : t.periodUnit();
        if (!PERIODS.containsKey(unit)) {
            throw call.firstError("PeriodUnit", "InvalidPeriodUnit.ValueNotSupported",
                    "InvalidPeriodType.ValueNotSupported");
        }
        if (t.period() == null) throw call.missing("Period");
        if (!PERIODS.get(unit).contains(t.period())) throw call.firstError("Period", "InvalidPeriod");
        boolean renew = Boolean.TRUE.equals(t.autoRenew());
        int renewal = t.autoRenewPeriod() == null ? (renew ? 1 : 0) : t.autoRenewPeriod();
        if (renew && !RENEWALS.get(unit).contains(renewal)) {
            throw call.firstError("AutoRenewPeriod", "InvalidAutoRenewPeriod.ValueNotSupported");
        }
        return new InstanceDetail.Billing(spot, 0, 0, interruption, renew ? "AutoRenewal" : "Normal", renewal, unit,
                unit, t.period(), null);
    }

    @Override
    public DescribeInstanceAutoRenewAttributeResponse describeInstanceAutoRenewAttribute(
            AliyunCall call, DescribeInstanceAutoRenewAttributeRequest r) {
        List<String> ids = instanceIds(call, r.instanceId());
        String status = r.renewalStatus();
        if (status != null && !status.isEmpty() && !RENEWAL_STATUSES.contains(status)) {
            throw call.error("InvalidParameter.RenewalStatus");
        }
        var scope = call.scope();
        var all = instances.list(scope, new InstanceFilter(ids, null, null, null, null, null), 0, MAX_IDS).items();
        if (all.size() < ids.size()) {
            String missing = ids.stream().filter(id -> all.stream().noneMatch(i -> i.id().equals(id))).findFirst()
                    .orElseThrow();
            throw call.error("InvalidParameter.InvalidInstanceId", missing);
        }
        var details = lifecycle.details(ids);
        for (Instance i : all) {
            var d = details.get(i.id());
            if (d == null || !InstanceBilling.PRE_PAID.equals(d.internet().instanceChargeType())) {
                throw call.error("ChargeTypeViolation");
            }
        }
        var shown = all.stream().filter(i -> status == null || status.isEmpty()
                        || status.equals(details.get(i.id()).billing().renewalStatus()))
                .map(i -> renewal(i.id(), details.get(i.id()).billing())).toList();
        var paging = call.paging(10);
        int from = Math.min(paging.offset(), shown.size());
        return call.paged(new DescribeInstanceAutoRenewAttributeResponse().setInstanceRenewAttributes(
                shown.subList(from, Math.min(from + paging.limit(), shown.size()))), paging, shown.size());
    }

    @Override
    public RenewInstanceResponse renewInstance(AliyunCall call, RenewInstanceRequest r) {
        if (r.expectedRenewDay() != null) {
            throw call.firstError("ExpectedRenewDay", "InvalidExpectedRenewDay.ValueNotSupported");
        }
        if (r.period() == null) throw call.missing("Period");
        if (r.periodUnit() != null && !r.periodUnit().isEmpty() && !r.periodUnit().equals(MONTH)) {
            throw call.firstError("PeriodUnit", "InvalidPeriodUnit.ValueNotSupported");
        }
        if (!RENEWAL_PERIODS.contains(r.period())) throw call.firstError("Period", "InvalidPeriod");
        billing.extend(call.scope(), r.instanceId(), r.period(), MONTH);
        return new RenewInstanceResponse().setOrderId("");
    }

    @Override
    public ModifyInstanceChargeTypeResponse modifyInstanceChargeType(AliyunCall call,
                                                                     ModifyInstanceChargeTypeRequest r) {
        if (r.instanceIds().isEmpty()) throw call.missing("InstanceIds");
        String charge = r.instanceChargeType() == null || r.instanceChargeType().isEmpty() ? InstanceBilling.PRE_PAID
                : r.instanceChargeType();
        if (!charge.equals(InstanceBilling.PRE_PAID) && !charge.equals(InstanceBilling.POST_PAID)) {
            throw call.firstError("InstanceChargeType", "InvalidInstanceChargeType.ValueNotSupported");
        }
        String unit = r.periodUnit() == null || r.periodUnit().isEmpty() ? MONTH : r.periodUnit();
        int period = r.period() == null ? 1 : r.period();
        if (charge.equals(InstanceBilling.PRE_PAID)) {
            if (!PERIODS.containsKey(unit)) throw call.firstError("PeriodUnit", "InvalidPeriod.UnitMismatch");
            if (!PERIODS.get(unit).contains(period)) throw call.firstError("Period", "InvalidPeriod");
        }
        billing.changeChargeType(call.scope(), r.instanceIds(), charge, period, unit);
        return new ModifyInstanceChargeTypeResponse();
    }

    @Override
    public ModifyDiskChargeTypeResponse modifyDiskChargeType(AliyunCall call, ModifyDiskChargeTypeRequest r) {
        if (r.diskIds().isEmpty()) throw call.missing("DiskIds");
        String charge = AliyunFormats.or(r.diskChargeType(), InstanceBilling.PRE_PAID);
        if (!charge.equals(InstanceBilling.PRE_PAID) && !charge.equals(InstanceBilling.POST_PAID)) {
            throw call.invalid("DiskChargeType");
        }
        billing.changeDiskChargeType(call.scope(), r.instanceId(), r.diskIds(), charge);
        return new ModifyDiskChargeTypeResponse().setOrderId(String.valueOf(Ids.number(100_000_000, 999_999_999)));
    }

    @Override
    public ModifyPrepayInstanceSpecResponse modifyPrepayInstanceSpec(AliyunCall call,
                                                                     ModifyPrepayInstanceSpecRequest r) {
        if (catalog.instanceType(r.instanceType()).isEmpty()) {
            throw call.firstError("InstanceType", "InvalidInstanceType.ValueNotSupported");
        }
        String operator = AliyunFormats.or(r.operatorType(), "upgrade");
        if (!OPERATOR_TYPES.contains(operator)) throw call.firstError("OperatorType", "InvalidParameter");
        int[] shape = catalog.shape(r.instanceType());
        billing.resizeSubscription(call.scope(), r.instanceId(), r.instanceType(), shape[0], shape[1],
                operator.equals("downgrade"));
        return new ModifyPrepayInstanceSpecResponse().setOrderId(String.valueOf(Ids.number(100_000_000, 999_999_999)));
    }

    @Override
    public void modifyInstanceAutoRenewAttribute(AliyunCall call, ModifyInstanceAutoRenewAttributeRequest r) {
        List<String> ids = instanceIds(call, r.instanceId());
        String status = r.renewalStatus() != null && !r.renewalStatus().isEmpty() ? r.renewalStatus()
                : Boolean.TRUE.equals(r.autoRenew()) ? "AutoRenewal" : "Normal";
        if (!RENEWAL_STATUSES.contains(status)) throw call.error("InvalidParameter.RenewalStatus", status);
        String unit = r.periodUnit() == null || r.periodUnit().isEmpty() ? MONTH : r.periodUnit();
        if (!RENEWALS.containsKey(unit)) throw call.error("InvalidPeriodUnit.ValueNotSupported");
        int duration = 0;
        if (status.equals("AutoRenewal")) {
            duration = r.duration() == null ? 1 : r.duration();
            if (!RENEWALS.get(unit).contains(duration)) {
                throw call.error("InvalidParameter.Duration", String.valueOf(duration));
            }
        }
        billing.renew(call.scope(), ids, status, duration, unit);
    }

    /** InstanceId of the renewal actions: ids separated by commas, at most 100. */
    private static List<String> instanceIds(AliyunCall call, String given) {
        if (given == null || given.isBlank()) throw call.missing("InstanceId");
        List<String> ids = Arrays.stream(given.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
                .toList();
        if (ids.size() > MAX_IDS) throw call.error("InvalidParameter.ToManyInstanceIds");
        return ids;
    }

    private static DescribeInstanceAutoRenewAttributeResponse.InstanceRenewAttribute renewal(String id,
                                                                                             InstanceDetail.Billing b) {
        return new DescribeInstanceAutoRenewAttributeResponse.InstanceRenewAttribute().setInstanceId(id)
                .setAutoRenewEnabled(b.autoRenew()).setRenewalStatus(b.renewalStatus())
                .setDuration(b.autoRenewPeriod()).setPeriodUnit(b.autoRenewUnit());
    }
}
