package io.cloudtwin.dialect.aliyun.ecs;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.compute.CapacityReservation;
import io.cloudtwin.core.compute.CapacityReservationService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateCapacityReservationRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateCapacityReservationResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeCapacityReservationInstancesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeCapacityReservationInstancesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeCapacityReservationsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeCapacityReservationsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyCapacityReservationRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ReleaseCapacityReservationRequest;

/**
 * Capacity reservations (alicloud_ecs_capacity_reservation): a private pool of instances of one type in one zone,
 * Active at once, pay-as-you-go. Instances launched with PrivatePoolOptions.MatchCriteria Target and its id take
 * places in it (RunInstances, CreateInstance, ModifyInstanceAttachmentAttributes), and instances launched with Open
 * matching take places in an Open one of their type and zone, counted in AllocatedResources. Released, it stays listed as Released (the provider reads only Active ones).
 */
@Component
record CapacityReservations(CapacityReservationService reservations, EcsCatalog catalog, Zones zones,
                            TagService tags, ClientTokens tokens, WallClock clock)
        implements EcsApi.CreateCapacityReservation, EcsApi.DescribeCapacityReservations,
        EcsApi.ModifyCapacityReservation, EcsApi.ReleaseCapacityReservation,
        EcsApi.DescribeCapacityReservationInstances {
    private static final Set<String> PLATFORMS = Set.of("linux", "windows");
    private static final Set<String> CRITERIA = Set.of("Open", "Target");
    private static final Set<String> END_TIME_TYPES = Set.of("Unlimited", CapacityReservation.LIMITED);
    /** How far ahead a reservation may start. */
    private static final int LATEST_START_DAYS = 180;
    private static final String PAY_AS_YOU_GO = "PostPaid";

    /**
     * InstanceType (of the catalog), ZoneId.N (one zone of the region), InstanceAmount, Platform (linux, windows),
     * PrivatePoolOptions.Name and .MatchCriteria (Open, Target), StartTime (now to 180 days ahead), EndTime and
     * EndTimeType (Unlimited; Limited needs an EndTime after StartTime), Description, Tag.N, ResourceGroupId,
     * ClientToken -> PrivatePoolOptionsId.
     */
    @Override
    public CreateCapacityReservationResponse createCapacityReservation(AliyunCall call,
            CreateCapacityReservationRequest r) {
        Scope scope = call.scope();
        if (catalog.instanceType(r.instanceType()).isEmpty()) throw call.error("Invalid.InstanceType");
        if (r.zoneId().size() > 1) throw call.error("Invalid.TooManyZoneIds");
        String zone = r.zoneId().isEmpty() ? "" : r.zoneId().get(0);
        if (!zones.contains(scope.cloud(), scope.region(), zone)) throw call.error("Invalid.ZoneId");
        String platform = platform(call, AliyunFormats.or(r.platform(), "linux"));
        String criteria = AliyunFormats.or(r.privatePoolOptionsMatchCriteria(), "Open");
        if (!CRITERIA.contains(criteria)) throw call.invalid("PrivatePoolOptions.MatchCriteria");
        String name = AliyunFormats.name(r.privatePoolOptionsName(),
                () -> call.error("Invalid.PrivatePoolOptionsName.MalFormed"));
        String description = AliyunFormats.description(call, "Description", r.description());
        OffsetDateTime now = clock.now();
        OffsetDateTime start = time(call, r.startTime(), "InvalidStartTime.MalFormed");
        if (start != null && (start.isBefore(now.truncatedTo(ChronoUnit.MINUTES))
                || start.isAfter(now.plusDays(LATEST_START_DAYS)))) {
            throw call.error("InvalidStartTime.NotSupported");
        }
        String endType = AliyunFormats.or(r.endTimeType(), "Unlimited");
        if (!END_TIME_TYPES.contains(endType)) throw call.invalid("EndTimeType");
        OffsetDateTime end = end(call, r.endTime(), null, endType, start == null ? now : start, "Invalid.EndTime");
        var spec = new CapacityReservationService.NewReservation(name, description, r.instanceType(), zone,
                r.instanceAmount(), platform, criteria, start, end, endType);
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.CAPACITY_RESERVATION,
                group, () -> reservations.create(scope, Ids.random("crp-", 20), spec, CapacityReservation.ACTIVE,
                        tagged).id()));
        return new CreateCapacityReservationResponse().setPrivatePoolOptionsId(id);
    }

    /**
     * PrivatePoolOptions.Ids (a JSON array, 100 at most), Platform, InstanceType, ZoneId, InstanceChargeType
     * (PostPaid; PrePaid matches none), Status, Tag.N, ResourceGroupId; NextToken/MaxResults (10), oldest first.
     */
    @Override
    public DescribeCapacityReservationsResponse describeCapacityReservations(AliyunCall call,
            DescribeCapacityReservationsRequest r) {
        Scope scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.CAPACITY_RESERVATION, r.privatePoolOptionsIds(), r.tag(),
                r.resourceGroupId());
        boolean none = wanted.isEmpty() || !AliyunFormats.or(r.instanceChargeType(), PAY_AS_YOU_GO)
                .equals(PAY_AS_YOU_GO);
        var out = new DescribeCapacityReservationsResponse();
        List<CapacityReservation> shown = call.listed(out, call.paging(10), none, reservations.listing(scope,
                reservations.where(wanted.orElse(List.of()), AliyunFormats.orNull(r.platform()),
                        AliyunFormats.orNull(r.instanceType()), AliyunFormats.orNull(r.zoneId()),
                        AliyunFormats.orNull(r.status()))));
        List<String> ids = shown.stream().map(CapacityReservation::id).toList();
        var used = reservations.usage(scope, ids);
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setCapacityReservationSet(AliyunFormats.each(shown,
                DescribeCapacityReservationsResponse.CapacityReservationItem::new, (item, c) -> {
                    int taken = used.get(c.id());
                    item.setPrivatePoolOptionsId(c.id()).setPrivatePoolOptionsName(c.name())
                            .setPrivatePoolOptionsMatchCriteria(c.matchCriteria()).setDescription(c.description())
                            .setRegionId(c.region()).setInstanceChargeType(PAY_AS_YOU_GO).setPlatform(c.platform())
                            .setStatus(c.status()).setStartTime(AliyunFormats.time(c.startTime()))
                            .setStartTimeType(c.startTime().equals(c.createdAt()) ? "Now" : "Specified")
                            .setEndTime(c.endTime() == null ? "" : AliyunFormats.time(c.endTime()))
                            .setEndTimeType(c.endTimeType()).setTimeSlot("").setSavingPlanId("")
                            .setReservedInstanceId("")
                            .setCapacityReservationOwnerId(String.valueOf(AliyunFormats.ownerId(c.accountId())))
                            .setAllocatedResources(List.of(new DescribeCapacityReservationsResponse.AllocatedResource()
                                    .setInstanceType(c.instanceType()).setZoneId(c.zoneId())
                                    .setTotalAmount(c.instanceAmount()).setUsedAmount(taken)
                                    .setAvailableAmount(Math.max(0, c.instanceAmount() - taken))
                                    .setCapacityReservationUsages(List.of())))
                            .setResourceGroupId(grouped.get(c.id()))
                            .setTags(AliyunFormats.tags(tagged.get(c.id()),
                                    DescribeCapacityReservationsResponse.Tag::new));
                }));
    }

    /**
     * PrivatePoolOptions.Name, Description, InstanceAmount (not below the instances using it), Platform, StartTime,
     * EndTime and EndTimeType of an Active reservation (IncorrectPrivatePoolStatus otherwise).
     */
    @Override
    public void modifyCapacityReservation(AliyunCall call, ModifyCapacityReservationRequest r) {
        Scope scope = call.scope();
        CapacityReservation c = reservations.get(scope, r.privatePoolOptionsId());
        String name = AliyunFormats.name(r.privatePoolOptionsName(),
                () -> call.error("InvalidPrivatePoolOptionsName.ValueNotSupported"));
        // absent: kept; sent empty: cleared
        String description = r.description() == null ? null : AliyunFormats.description(r.description(),
                () -> call.error("InvalidDescription.ValueNotSupported"));
        if (r.instanceAmount() != null && r.instanceAmount() < 1) {
            throw call.error("InvalidInstanceAmount.ValueNotSupported");
        }
        String platform = AliyunFormats.blank(r.platform()) ? null : platform(call, r.platform());
        OffsetDateTime start = time(call, r.startTime(), "InvalidStartTime.ValueNotSupported");
        String endType = AliyunFormats.orNull(r.endTimeType());
        if (endType != null && !END_TIME_TYPES.contains(endType)) throw call.invalid("EndTimeType");
        OffsetDateTime end = end(call, r.endTime(), c.endTime(), endType == null ? c.endTimeType() : endType,
                start == null ? c.startTime() : start, "InvalidEndTime.ValueNotSupported");
        reservations.modify(scope, c.id(), new CapacityReservationService.Changes(AliyunFormats.orNull(name),
                description, r.instanceAmount(), platform, start, end, endType));
    }

    /** An Active reservation that ends only when released (Limited: Invalid.Action.ReleaseCapacityReservation). */
    @Override
    public void releaseCapacityReservation(AliyunCall call, ReleaseCapacityReservationRequest r) {
        reservations.release(call.scope(), r.privatePoolOptionsId());
    }

    /** The instances that use the reservation; NextToken/MaxResults (10). */
    @Override
    public DescribeCapacityReservationInstancesResponse describeCapacityReservationInstances(AliyunCall call,
            DescribeCapacityReservationInstancesRequest r) {
        Scope scope = call.scope();
        reservations.get(scope, r.privatePoolOptionsId());
        List<String> users = reservations.users(scope, r.privatePoolOptionsId()).stream().sorted().toList();
        var paging = call.paging(10);
        return call.paged(new DescribeCapacityReservationInstancesResponse().setCapacityReservationItem(
                AliyunFormats.each(AliyunFormats.page(users, paging), DescribeCapacityReservationInstancesResponse.InstanceIdSet::new,
                        (item, id) -> item.setInstanceId(id))), paging, users.size());
    }

    private static String platform(AliyunCall call, String platform) {
        if (!PLATFORMS.contains(platform)) throw call.error("InvalidPlatform.ValueNotSupported");
        return platform;
    }

    /** A time in UTC, yyyy-MM-ddTHH:mm[:ss]Z (absent: null); else that code. */
    private static OffsetDateTime time(AliyunCall call, String text, String malformed) {
        if (AliyunFormats.blank(text)) return null;
        return AliyunFormats.requestTime(text.strip(), () -> call.error(malformed));
    }

    /**
     * The end asked for (absent: null), the end the reservation keeps being before (kept: null on creation): one is
     * after the start exactly when the reservation is Limited; else that code.
     */
    private static OffsetDateTime end(AliyunCall call, String text, OffsetDateTime kept, String endType,
                                      OffsetDateTime start, String invalid) {
        OffsetDateTime end = time(call, text, invalid);
        boolean limited = CapacityReservation.LIMITED.equals(endType);
        OffsetDateTime ending = end != null ? end : limited ? kept : null;
        if (limited != (ending != null) || (ending != null && !ending.isAfter(start))) throw call.error(invalid);
        return end;
    }
}
