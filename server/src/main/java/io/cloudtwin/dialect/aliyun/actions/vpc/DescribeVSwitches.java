package io.cloudtwin.dialect.aliyun.actions.vpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.*;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.store.NetworkStore;

/** Lists vSwitches: VpcId, VSwitchId, ZoneId, VSwitchName, IsDefault and Tag.N filters, pages. */
@Component
public class DescribeVSwitches implements AliyunAction {
    private final NetworkService networks;
    private final TagService tags;

    public DescribeVSwitches(NetworkService networks, TagService tags) {
        this.networks = networks;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DescribeVSwitches";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.scope();
        var paging = r.paging(10);
        r.dryRunCheck();
        List<String> ids = VpcFilters.ids(r.string("VSwitchId"));
        Map<String, String> tagFilter = r.tags("Tag");
        if (!tagFilter.isEmpty()) {
            ids = VpcFilters.intersect(ids, tags.idsHaving(scope, TagService.Kind.SUBNET, tagFilter));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        if (ids != null && ids.isEmpty() || Boolean.TRUE.equals(r.bool("IsDefault"))) {
            out.putAll(paging.answer(0));
            out.put("VSwitches", List.of());
            return out;
        }
        var page = networks.listSubnets(scope, new NetworkStore.SubnetFilter(ids, r.string("VpcId"), r.string("ZoneId"),
                r.string("VSwitchName")), paging.offset(), paging.limit());
        var available = networks.availableAddresses(page.items());
        var tagged = tags.of(page.items().stream().map(Subnet::id).toList());
        out.putAll(paging.answer(page.total()));
        out.put("VSwitches", page.items().stream().map(s -> AliyunNetworkViews.vSwitch(s,
                available.getOrDefault(s.id(), 0L), tagged.get(s.id()))).toList());
        return out;
    }
}
