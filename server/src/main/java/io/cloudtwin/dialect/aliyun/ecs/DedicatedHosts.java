package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.orNull;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.compute.DedicatedHost;
import io.cloudtwin.core.compute.DedicatedHostService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.AllocateDedicatedHostsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AllocateDedicatedHostsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDedicatedHostTypesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDedicatedHostTypesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDedicatedHostsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDedicatedHostsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDedicatedHostAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDedicatedHostAutoReleaseTimeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDedicatedHostsChargeTypeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDedicatedHostsChargeTypeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.ReleaseDedicatedHostRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RenewDedicatedHostsRequest;

/**
 * Dedicated hosts (alicloud_ecs_dedicated_host, alicloud_instance's dedicated_host_id): Available at once, of a type
 * ddh.<family> for each enterprise-level instance family of the catalog (ddh.g6 runs ecs.g6.*). The catalog knows no
 * host's cores, sockets or capacity, which are left out of the answers; nothing is billed.
 */
@Component
record DedicatedHosts(DedicatedHostService hosts, TagService tags, EcsCatalog catalog, Zones zones,
                      ClientTokens tokens)
        implements EcsApi.AllocateDedicatedHosts, EcsApi.DescribeDedicatedHosts, EcsApi.ModifyDedicatedHostAttribute,
        EcsApi.ModifyDedicatedHostAutoReleaseTime, EcsApi.ReleaseDedicatedHost, EcsApi.RenewDedicatedHosts,
        EcsApi.ModifyDedicatedHostsChargeType, EcsApi.DescribeDedicatedHostTypes {
    private static final String AVAILABLE = "Available";
    /** The statuses DescribeDedicatedHosts filters by; every host here is Available. */
    private static final Set<String> STATUSES = Set.of(AVAILABLE, "UnderAssessment", "PermanentFailure",
            "TempUnavailable", "Redeploying");
    private static final Set<String> MAINTENANCE = Set.of("Stop", "Migrate");
    private static final Set<String> PLACEMENT = Set.of("on", "off");
    /** PeriodUnit to the periods a subscription is bought for. */
    private static final Map<String, Set<Integer>> PERIODS = Map.of("Week", Set.of(1, 2, 3, 4),
            "Month", Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9), "Year", Set.of(1, 2, 3, 4, 5));
    /** The UDP session timeouts a host takes, in seconds. */
    private static final int MIN_TIMEOUT = 15;
    private static final int MAX_TIMEOUT = 310;
    private static final int MAX_QUANTITY = 100;
    /** A pay-as-you-go host's end, as ECS writes the end of 2099 (UTC+8). */
    private static final String NO_EXPIRY = "2099-12-31T15:59Z";
    private static final String HOST_PREFIX = "ddh.";
    private static final String FAMILY_PREFIX = "ecs.";

    @Override
    public AllocateDedicatedHostsResponse allocateDedicatedHosts(AliyunCall call, AllocateDedicatedHostsRequest r) {
        var scope = call.scope();
        String type = hostType(call, r.dedicatedHostType());
        String zone = zone(call, scope, r.zoneId());
        var settings = changes(call, r.dedicatedHostName(), r.description(), or(r.actionOnMaintenance(), "Stop"),
                or(r.autoPlacement(), "on"), r.cpuOverCommitRatio(), r.networkAttributesSlbUdpTimeout(),
                r.networkAttributesUdpTimeout());
        String cluster = orNull(r.dedicatedHostClusterId());
        String charge = or(r.chargeType(), DedicatedHost.POST_PAID);
        if (!Set.of(DedicatedHost.POST_PAID, DedicatedHost.PRE_PAID).contains(charge)) {
            throw call.error("InvalidChargeType.ValueNotSupported");
        }
        var term = charge.equals(DedicatedHost.PRE_PAID) ? term(call, r.period() == null ? 1 : r.period(),
                r.periodUnit()) : null;
        String release = term == null ? releaseTime(call, r.autoReleaseTime()) : "";
        int quantity = r.quantity() == null ? 1 : r.quantity();
        if (quantity < 1 || quantity > MAX_QUANTITY) throw call.error("InvalidParameter.Quantity");
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String made = call.once(tokens, scope, r.clientToken(), () -> {
            List<String> ids = new ArrayList<>();
            for (int n = 0; n < quantity; n++) {
                ids.add(tags.createIn(ResourceType.DEDICATED_HOST, group, () -> hosts.allocate(scope,
                        Ids.random("dh-", 20), zone, type, settings, charge, term, release, cluster, tagged).id()));
            }
            return String.join(",", ids);
        });
        return new AllocateDedicatedHostsResponse().setDedicatedHostIdSets(Arrays.asList(made.split(",")));
    }

    @Override
    public DescribeDedicatedHostsResponse describeDedicatedHosts(AliyunCall call, DescribeDedicatedHostsRequest r) {
        var scope = call.scope();
        if (!blank(r.status()) && !STATUSES.contains(r.status())) throw call.error("InvalidStatus.ValueNotSupported");
        List<String> asked = new ArrayList<>(r.dedicatedHostIds());
        if (!blank(r.dedicatedHostId())) asked.add(r.dedicatedHostId());
        var wanted = call.narrow(tags, scope, ResourceType.DEDICATED_HOST, asked, r.tag(), r.resourceGroupId());
        boolean none = wanted.isEmpty() || (!blank(r.status()) && !AVAILABLE.equals(r.status()))
                || !blank(r.lockReason()) || (!blank(r.dedicatedHostId()) && !r.dedicatedHostIds().isEmpty()
                && !r.dedicatedHostIds().contains(r.dedicatedHostId()));
        List<String> ids = wanted.orElse(List.of());
        var filter = new DedicatedHostService.Filter(ids, orNull(r.zoneId()), orNull(r.dedicatedHostType()),
                orNull(r.dedicatedHostName()), orNull(r.dedicatedHostClusterId()));
        var out = new DescribeDedicatedHostsResponse();
        List<DedicatedHost> shown = call.listed(out, call.paging(10), none, hosts.listing(scope, filter));
        List<String> shownIds = shown.stream().map(DedicatedHost::id).toList();
        var tagged = tags.of(shownIds);
        var grouped = tags.groups(shownIds, call.defaultResourceGroup());
        var placed = hosts.instancesOn(scope, shownIds);
        return out.setDedicatedHosts(AliyunFormats.each(shown, DescribeDedicatedHostsResponse.DedicatedHost::new,
                (item, h) -> host(item, h, placed.getOrDefault(h.id(), List.of()))
                        .setResourceGroupId(grouped.get(h.id()))
                        .setTags(AliyunFormats.tags(tagged.get(h.id()), DescribeDedicatedHostsResponse.Tag::new))));
    }

    @Override
    public void modifyDedicatedHostAttribute(AliyunCall call, ModifyDedicatedHostAttributeRequest r) {
        var scope = call.scope();
        hosts.update(scope, r.dedicatedHostId(), changes(call, r.dedicatedHostName(), r.description(),
                r.actionOnMaintenance(), r.autoPlacement(), r.cpuOverCommitRatio(),
                r.networkAttributesSlbUdpTimeout(), r.networkAttributesUdpTimeout()));
        if (!blank(r.dedicatedHostClusterId())) hosts.join(scope, r.dedicatedHostId(), r.dedicatedHostClusterId());
    }

    @Override
    public void modifyDedicatedHostAutoReleaseTime(AliyunCall call, ModifyDedicatedHostAutoReleaseTimeRequest r) {
        hosts.autoRelease(call.scope(), r.dedicatedHostId(), releaseTime(call, r.autoReleaseTime()));
    }

    @Override
    public void releaseDedicatedHost(AliyunCall call, ReleaseDedicatedHostRequest r) {
        hosts.release(call.scope(), r.dedicatedHostId(), Boolean.TRUE.equals(r.terminateSubscription()));
    }

    @Override
    public void renewDedicatedHosts(AliyunCall call, RenewDedicatedHostsRequest r) {
        var term = term(call, r.period() == null ? 1 : r.period(), r.periodUnit());
        hosts.renew(call.scope(), r.dedicatedHostIds(), term);
    }

    @Override
    public ModifyDedicatedHostsChargeTypeResponse modifyDedicatedHostsChargeType(
            AliyunCall call, ModifyDedicatedHostsChargeTypeRequest r) {
        String charge = or(r.dedicatedHostChargeType(), DedicatedHost.POST_PAID);
        var term = switch (charge) {
            case DedicatedHost.PRE_PAID -> term(call, r.period() == null ? 1 : r.period(), r.periodUnit());
            case DedicatedHost.POST_PAID -> null;
            default -> throw call.firstError("DedicatedHostChargeType", "InvalidInstanceChargeType.ValueNotSupported");
        };
        hosts.charge(call.scope(), r.dedicatedHostIds(), term);
        return new ModifyDedicatedHostsChargeTypeResponse().setOrderId(String.valueOf(Ids.number(100_000_000,
                999_999_999)));
    }

    @Override
    public DescribeDedicatedHostTypesResponse describeDedicatedHostTypes(AliyunCall call,
                                                                         DescribeDedicatedHostTypesRequest r) {
        List<String> types = catalog.families().keySet().stream().filter(this::hostable)
                .map(f -> HOST_PREFIX + f.substring(FAMILY_PREFIX.length()))
                .filter(t -> blank(r.dedicatedHostType()) || t.equals(r.dedicatedHostType()))
                .filter(t -> blank(r.supportedInstanceTypeFamily())
                        || family(t).equals(r.supportedInstanceTypeFamily())).toList();
        return new DescribeDedicatedHostTypesResponse().setDedicatedHostTypes(AliyunFormats.each(types,
                DescribeDedicatedHostTypesResponse.DedicatedHostType::new, (item, t) -> item.setDedicatedHostType(t)
                        .setSupportedInstanceTypeFamilies(List.of(family(t))).setSupportedInstanceTypesList(
                                typesOf(t)).setSupportCpuOverCommitRatio(false).setGpuSpec("")
                        .setLocalStorageCategory("")));
    }

    private DescribeDedicatedHostsResponse.DedicatedHost host(DescribeDedicatedHostsResponse.DedicatedHost out,
                                                             DedicatedHost h, List<Instance> on) {
        var network = new DescribeDedicatedHostsResponse.NetworkAttributes();
        if (h.slbUdpTimeout() > 0) network.setSlbUdpTimeout(h.slbUdpTimeout());
        if (h.udpTimeout() > 0) network.setUdpTimeout(h.udpTimeout());
        List<DescribeDedicatedHostsResponse.Instance> placed = new ArrayList<>();
        for (Instance i : on) {
            placed.add(new DescribeDedicatedHostsResponse.Instance().setInstanceId(i.id())
                    .setInstanceType(i.instanceType()).setSocketId("")
                    .setInstanceOwnerId(AliyunFormats.ownerId(h.accountId())));
        }
        return out.setDedicatedHostId(h.id()).setDedicatedHostName(h.name()).setDedicatedHostType(h.hostType())
                .setDescription(h.description()).setStatus(AVAILABLE).setZoneId(h.zone()).setRegionId(h.region())
                .setChargeType(h.chargeType()).setSaleCycle(h.prePaid() ? h.saleCycle() : "")
                .setExpiredTime(h.prePaid() ? AliyunFormats.minutes(h.expiresAt()) : NO_EXPIRY)
                .setCreationTime(AliyunFormats.minutes(h.createdAt())).setAutoReleaseTime(h.autoReleaseTime())
                .setAutoPlacement(h.autoPlacement()).setActionOnMaintenance(h.actionOnMaintenance())
                .setCpuOverCommitRatio(h.cpuOverCommitRatio().isEmpty() ? null : new BigDecimal(h.cpuOverCommitRatio()))
                .setDedicatedHostClusterId(h.clusterId() == null ? "" : h.clusterId()).setGpuSpec("")
                .setMachineId("").setNetworkAttributes(network)
                .setInstances(placed).setOperationLocks(List.of())
                .setSupportedInstanceTypeFamilies(List.of(family(h.hostType())))
                .setSupportedCustomInstanceTypeFamilies(List.of()).setSupportedInstanceTypesList(typesOf(h.hostType()))
                .setDedicatedHostOwnerId(AliyunFormats.ownerId(h.accountId()));
    }

    /** Whether an instance family has dedicated hosts: an enterprise-level one of the catalog. */
    private boolean hostable(String family) {
        return catalog.instanceTypes().stream().anyMatch(t -> t.path("InstanceTypeFamily").asString().equals(family)
                && "EnterpriseLevel".equals(t.path("InstanceFamilyLevel").asString()));
    }

    /** The instance family a host type runs: ddh.g6 runs ecs.g6. */
    static String family(String hostType) {
        return FAMILY_PREFIX + hostType.substring(HOST_PREFIX.length());
    }

    private List<String> typesOf(String hostType) {
        String family = family(hostType);
        return catalog.instanceTypes().stream().filter(t -> t.path("InstanceTypeFamily").asString().equals(family))
                .map(t -> t.path("InstanceTypeId").asString()).toList();
    }

    private String hostType(AliyunCall call, String type) {
        if (type == null || !type.startsWith(HOST_PREFIX) || !hostable(family(type))) {
            throw call.error("InvalidDedicatedHostType.ValueNotSupported");
        }
        return type;
    }

    private String zone(AliyunCall call, Scope scope, String zone) {
        if (blank(zone)) return zones.of(scope.cloud(), scope.region()).get(0);
        if (!zones.contains(scope.cloud(), scope.region(), zone)) throw call.error("InvalidZoneId.NotFound");
        return zone;
    }

    /** A host's or cluster's name as given (2-128 characters, a letter first, not a URL; null: not given). */
    static String name(AliyunCall call, String name) {
        if (name != null && !name.isEmpty() && !AliyunFormats.wellFormedName(name)) {
            throw call.firstError("DedicatedHostName", "InvalidDedicatedHostName.Malformed");
        }
        return name;
    }

    /** A host's or cluster's description as given (2-256 characters, not a URL; null: not given). */
    static String description(AliyunCall call, String description) {
        if (description != null && !description.isEmpty() && !AliyunFormats.wellFormedDescription(description)) {
            throw call.firstError("Description", "InvalidDescription.Malformed");
        }
        return description;
    }

    /** The settings given (null: not given), each checked as the API checks it. */
    private static DedicatedHostService.Changes changes(AliyunCall call, String name, String description,
                                                       String maintenance, String placement, BigDecimal ratio,
                                                       Integer slbUdpTimeout, Integer udpTimeout) {
        name(call, name);
        description(call, description);
        if (maintenance != null && !MAINTENANCE.contains(maintenance)) {
            throw call.error("InvalidParameter.ActionOnMaintenance");
        }
        if (placement != null && !PLACEMENT.contains(placement)) throw call.invalid("AutoPlacement");
        if (ratio != null && ratio.signum() != 0) {
            throw call.error("InvalidDedicatedHostType.CpuOverCommitRatioNotSupported");
        }
        timeout(call, slbUdpTimeout, "InvalidParameter.SlbUdpTimeout");
        timeout(call, udpTimeout, "InvalidParameter.UdpTimeout");
        return new DedicatedHostService.Changes(name, description, maintenance, placement, null, slbUdpTimeout,
                udpTimeout);
    }

    private static void timeout(AliyunCall call, Integer seconds, String code) {
        if (seconds != null && seconds != 0 && (seconds < MIN_TIMEOUT || seconds > MAX_TIMEOUT)) throw call.error(code);
    }

    private static DedicatedHostService.Term term(AliyunCall call, int period, String unit) {
        String u = or(unit, "Month");
        Set<Integer> periods = PERIODS.get(u);
        if (periods == null) throw call.firstError("PeriodUnit", "InvalidPeriodUnit.ValueNotSupported");
        if (!periods.contains(period)) throw call.firstError("Period", "InvalidPeriod");
        return new DedicatedHostService.Term(period, u);
    }

    /** An auto-release time as given (yyyy-MM-ddTHH:mm:ssZ), "" for none. */
    private static String releaseTime(AliyunCall call, String time) {
        if (blank(time)) return "";
        try {
            OffsetDateTime.parse(time);
            return time;
        } catch (DateTimeParseException e) {
            throw call.firstError("AutoReleaseTime", "InvalidAutoReleaseTime.Malformed");
        }
    }
}
