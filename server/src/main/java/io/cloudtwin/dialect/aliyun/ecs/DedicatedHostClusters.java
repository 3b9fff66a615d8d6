package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.compute.DedicatedHostCluster;
import io.cloudtwin.core.compute.DedicatedHostClusterService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateDedicatedHostClusterRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateDedicatedHostClusterResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteDedicatedHostClusterRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDedicatedHostClustersRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeDedicatedHostClustersResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDedicatedHostClusterAttributeRequest;

/**
 * Dedicated host clusters (alicloud_ecs_dedicated_host_cluster): a named group of dedicated hosts of one zone, which
 * hosts join by their DedicatedHostClusterId; not deleted while hosts are in it. The catalog knows no host capacity,
 * so a cluster answers none.
 */
@Component
record DedicatedHostClusters(DedicatedHostClusterService clusters, TagService tags, Zones zones)
        implements EcsApi.CreateDedicatedHostCluster, EcsApi.DescribeDedicatedHostClusters,
        EcsApi.ModifyDedicatedHostClusterAttribute, EcsApi.DeleteDedicatedHostCluster {
    @Override
    public CreateDedicatedHostClusterResponse createDedicatedHostCluster(AliyunCall call,
                                                                         CreateDedicatedHostClusterRequest r) {
        var scope = call.scope();
        if (blank(r.zoneId()) || !zones.contains(scope.cloud(), scope.region(), r.zoneId())) {
            throw call.error("InvalidZone.NotFound");
        }
        String name = DedicatedHosts.name(call, r.dedicatedHostClusterName());
        String description = DedicatedHosts.description(call, r.description());
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = tags.createIn(ResourceType.DEDICATED_HOST_CLUSTER, group, () -> clusters.create(scope,
                Ids.random("dc-", 20), r.zoneId(), name, description, tagged).id());
        return new CreateDedicatedHostClusterResponse().setDedicatedHostClusterId(id);
    }

    @Override
    public DescribeDedicatedHostClustersResponse describeDedicatedHostClusters(
            AliyunCall call, DescribeDedicatedHostClustersRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.DEDICATED_HOST_CLUSTER,
                r.dedicatedHostClusterIds(), r.tag(), r.resourceGroupId());
        var paging = call.paging(10);
        Page<DedicatedHostCluster> page = wanted.isEmpty() || !blank(r.lockReason()) ? new Page<>(List.of(), 0)
                : clusters.list(scope, wanted.get(), AliyunFormats.orNull(r.zoneId()),
                AliyunFormats.orNull(r.dedicatedHostClusterName()), paging.offset(),
                paging.limit());
        List<String> ids = page.items().stream().map(DedicatedHostCluster::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var hosts = clusters.hosts(ids);
        var out = new DescribeDedicatedHostClustersResponse().setDedicatedHostClusters(AliyunFormats.each(
                page.items(), DescribeDedicatedHostClustersResponse.DedicatedHostCluster::new, (item, c) -> item
                        .setDedicatedHostClusterId(c.id()).setDedicatedHostClusterName(c.name())
                        .setDescription(c.description()).setZoneId(c.zone()).setRegionId(c.region())
                        .setResourceGroupId(grouped.get(c.id())).setDedicatedHostIds(hosts.getOrDefault(c.id(),
                                List.of()))
                        .setTags(AliyunFormats.tags(tagged.get(c.id()),
                                DescribeDedicatedHostClustersResponse.Tag::new))));
        return call.paged(out, paging, page.total());
    }

    @Override
    public void modifyDedicatedHostClusterAttribute(AliyunCall call, ModifyDedicatedHostClusterAttributeRequest r) {
        clusters.describe(call.scope(), r.dedicatedHostClusterId(),
                r.dedicatedHostClusterName() == null ? null : DedicatedHosts.name(call, r.dedicatedHostClusterName()),
                r.description() == null ? null : DedicatedHosts.description(call, r.description()));
    }

    @Override
    public void deleteDedicatedHostCluster(AliyunCall call, DeleteDedicatedHostClusterRequest r) {
        clusters.delete(call.scope(), r.dedicatedHostClusterId());
    }
}
