package io.cloudtwin.dialect.ucloud.uhost;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeUHostTagsRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeUHostTagsResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.UHostTagSet;
import io.cloudtwin.dialect.ucloud.uhost.api.UhostApi;

/**
 * The business groups (Tag) of a project's hosts in a region: Zone (absent: every zone) -> TagSet[{Tag, Zone,
 * TotalCount}], one entry a group and zone that holds hosts, by group then zone; TotalCount the entries.
 */
@Component
record HostTags(InstanceService instances) implements UhostApi.DescribeUHostTags {
    @Override
    public DescribeUHostTagsResponse describeUHostTags(UcloudCall call, DescribeUHostTagsRequest r) {
        var counts = instances.tagCounts(call.scope(), r.zone());
        return new DescribeUHostTagsResponse().setTotalCount(counts.size()).setTagSet(counts.stream()
                .map(c -> new UHostTagSet().setTag(c.tag()).setZone(c.zone()).setTotalCount((int) c.count())).toList());
    }
}
