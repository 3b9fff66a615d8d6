package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.IsolationGroup;
import io.cloudtwin.core.compute.IsolationGroup.Strategy;
import io.cloudtwin.core.compute.IsolationGroupService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateDeploymentSetRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateDeploymentSetResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteDeploymentSetRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDeploymentSetSupportedInstanceTypeFamilyRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDeploymentSetSupportedInstanceTypeFamilyResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDeploymentSetsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDeploymentSetsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDeploymentSetAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceDeploymentRequest;

/**
 * Deployment sets (alicloud_ecs_deployment_set, and alicloud_instance's deployment_set_id): the core's isolation
 * groups, spreading their instances by Availability (20 a zone), AvailabilityGroup (1 to 7 groups, 20 of each a zone)
 * or LowLatency (20, in one zone).
 */
@Component
record DeploymentSets(IsolationGroupService sets, InstanceService instances, EcsCatalog catalog, ClientTokens tokens)
        implements EcsApi.CreateDeploymentSet, EcsApi.DescribeDeploymentSets, EcsApi.ModifyDeploymentSetAttribute,
        EcsApi.DeleteDeploymentSet, EcsApi.ModifyInstanceDeployment, EcsApi.DescribeDeploymentSetSupportedInstanceTypeFamily {
    /** Strategy as the API spells it. */
    private static final Map<String, Strategy> STRATEGIES = Map.of("Availability", Strategy.AVAILABILITY,
            "AvailabilityGroup", Strategy.AVAILABILITY_GROUP, "LowLatency", Strategy.LOW_LATENCY);
    /** GroupCount of an AvailabilityGroup set that gives none. */
    private static final int DEFAULT_GROUPS = 3;
    private static final Set<String> REDEPLOY = Set.of("CancelMembershipAndStart", "KeepStopped");
    /** The deprecated Domain and Granularity: the one value each has, as the API answers it (any case taken). */
    private static final String DOMAIN = "default";
    private static final String GRANULARITY = "host";

    @Override
    public CreateDeploymentSetResponse createDeploymentSet(AliyunCall call, CreateDeploymentSetRequest r) {
        Scope scope = call.scope();
        Strategy strategy = r.strategy() == null ? Strategy.AVAILABILITY : STRATEGIES.get(r.strategy());
        if (strategy == null) throw call.error("InvalidParameter.Strategy");
        int groups = 0;
        if (strategy == Strategy.AVAILABILITY_GROUP) {
            long asked = r.groupCount() == null ? DEFAULT_GROUPS : r.groupCount();
            if (asked < 1 || asked > IsolationGroup.MAX_GROUPS) throw call.error("InvalidParameter.GroupCount");
            groups = (int) asked;
        }
        if (r.domain() != null && !r.domain().equalsIgnoreCase(DOMAIN)) throw call.error("InvalidParameter.Domain");
        if (r.granularity() != null && !r.granularity().equalsIgnoreCase(GRANULARITY)) {
            throw call.error("InvalidParameter.granularity");
        }
        String redeploy = r.onUnableToRedeployFailedInstance();
        if (redeploy != null && !REDEPLOY.contains(redeploy)) throw call.invalid("OnUnableToRedeployFailedInstance");
        String name = name(call, r.deploymentSetName());
        String description = description(call, r.description());
        Strategy s = strategy;
        int n = groups;
        String id = call.once(tokens, scope, r.clientToken(),
                () -> sets.create(scope, Ids.random("ds-", 20), name, description, s, n).id());
        return new CreateDeploymentSetResponse().setDeploymentSetId(id);
    }

    @Override
    public DescribeDeploymentSetsResponse describeDeploymentSets(AliyunCall call, DescribeDeploymentSetsRequest r) {
        Scope scope = call.scope();
        var paging = call.paging(10);
        var out = new DescribeDeploymentSetsResponse().setRegionId(scope.region());
        Strategy strategy = r.strategy() == null ? null : STRATEGIES.get(r.strategy());
        if (r.strategy() != null && strategy == null) return call.paged(out.setDeploymentSets(List.of()), paging, 0);
        var page = sets.list(scope, new IsolationGroupService.Filter(r.deploymentSetIds().isEmpty() ? null
                : r.deploymentSetIds(), r.deploymentSetName(), strategy), paging.offset(), paging.limit());
        return call.paged(out.setDeploymentSets(page.items().stream().map(DeploymentSets::view).toList()), paging,
                page.total());
    }

    private static DescribeDeploymentSetsResponse.DeploymentSet view(IsolationGroupService.View v) {
        IsolationGroup g = v.group();
        String strategy = spelled(g.strategy());
        return new DescribeDeploymentSetsResponse.DeploymentSet().setDeploymentSetId(g.id())
                .setDeploymentSetName(g.name()).setDeploymentSetDescription(g.remark())
                .setDeploymentStrategy(strategy).setStrategy(strategy).setDomain(DOMAIN).setGranularity(GRANULARITY)
                .setGroupCount(g.strategy() == Strategy.AVAILABILITY_GROUP ? g.groupCount() : null)
                .setCreationTime(AliyunFormats.time(g.createdAt())).setInstanceAmount(v.members().size())
                .setInstanceIds(v.members().stream().map(IsolationGroup.Member::instanceId).toList())
                .setCapacities(v.spread().entrySet().stream().map(e -> new DescribeDeploymentSetsResponse.Capacity()
                        .setZoneId(e.getKey()).setUsedAmount(Math.toIntExact(e.getValue()))
                        .setAvailableAmount(Math.toIntExact(g.capacityPerZone() - e.getValue()))).toList());
    }

    @Override
    public void modifyDeploymentSetAttribute(AliyunCall call, ModifyDeploymentSetAttributeRequest r) {
        sets.update(call.scope(), r.deploymentSetId(), name(call, r.deploymentSetName()),
                description(call, r.description()));
    }

    @Override
    public void deleteDeploymentSet(AliyunCall call, DeleteDeploymentSetRequest r) {
        sets.delete(call.scope(), r.deploymentSetId());
    }

    @Override
    public void modifyInstanceDeployment(AliyunCall call, ModifyInstanceDeploymentRequest r) {
        Scope scope = call.scope();
        if (r.dedicatedHostId() != null) throw call.firstError("DedicatedHostId", "InvalidDedicatedHostId.NotFound");
        if (r.dedicatedHostClusterId() != null) {
            throw call.firstError("DedicatedHostClusterId", "InvalidDedicatedHostClusterId.NotFound");
        }
        if (r.deploymentSetId() == null) throw call.missing("DeploymentSetId");
        if (Boolean.TRUE.equals(r.removeFromDeploymentSet())) {
            sets.leave(scope, r.deploymentSetId(), instances.get(scope, r.instanceId()));
        } else {
            sets.move(scope, r.instanceId(), r.deploymentSetId(), r.deploymentSetGroupNo());
        }
    }

    @Override
    public DescribeDeploymentSetSupportedInstanceTypeFamilyResponse describeDeploymentSetSupportedInstanceTypeFamily(
            AliyunCall call, DescribeDeploymentSetSupportedInstanceTypeFamilyRequest r) {
        if (r.strategy() != null && !STRATEGIES.containsKey(r.strategy())) throw call.invalid("Strategy");
        Set<String> families = new TreeSet<>();
        catalog.instanceTypes().forEach(t -> families.add(t.path("InstanceTypeFamily").asString()));
        return new DescribeDeploymentSetSupportedInstanceTypeFamilyResponse()
                .setInstanceTypeFamilies(String.join(",", families));
    }

    private static String spelled(Strategy s) {
        return STRATEGIES.entrySet().stream().filter(e -> e.getValue() == s).map(Map.Entry::getKey).findFirst()
                .orElseThrow();
    }

    /** A name as given (absent: null), refused unless 2..128 characters, a letter first. */
    private static String name(AliyunCall call, String name) {
        if (name != null && !EcsNames.LETTER_FIRST.matcher(name).matches()) throw call.invalid("DeploymentSetName");
        return name;
    }

    /** A description as given (absent: null), refused unless 2..256 characters and no URL. */
    private static String description(AliyunCall call, String description) {
        if (description != null && !AliyunFormats.wellFormedDescription(description)) {
            throw call.invalid("Description");
        }
        return description;
    }
}
