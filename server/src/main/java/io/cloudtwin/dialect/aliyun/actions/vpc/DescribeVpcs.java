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

/** Lists the VPCs of a region: VpcId (up to 20, comma-separated), VpcName, IsDefault and Tag.N filters, pages. */
@Component
public class DescribeVpcs implements AliyunAction {
    private final NetworkService networks;
    private final TagService tags;

    public DescribeVpcs(NetworkService networks, TagService tags) {
        this.networks = networks;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DescribeVpcs";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        var paging = r.paging(10);
        r.dryRunCheck();
        List<String> ids = VpcFilters.ids(r.string("VpcId"));
        Map<String, String> tagFilter = r.tags("Tag");
        if (!tagFilter.isEmpty()) ids = VpcFilters.intersect(ids, tags.idsHaving(scope, TagService.Kind.VPC, tagFilter));
        Map<String, Object> out = new LinkedHashMap<>();
        if (ids != null && ids.isEmpty() || Boolean.TRUE.equals(r.bool("IsDefault"))) {
            out.putAll(paging.answer(0));
            out.put("Vpcs", List.of());
            return out;
        }
        var page = networks.listVpcs(scope, new NetworkStore.VpcFilter(ids, r.string("VpcName")), paging.offset(),
                paging.limit());
        List<String> vpcIds = page.items().stream().map(Vpc::id).toList();
        var tagged = tags.of(vpcIds);
        Map<String, List<String>> switches = VpcFilters.switchesOf(networks, scope, vpcIds);
        out.putAll(paging.answer(page.total()));
        out.put("Vpcs", page.items().stream().map(v -> AliyunNetworkViews.vpc(v,
                switches.getOrDefault(v.id(), List.of()), tagged.get(v.id()))).toList());
        return out;
    }
}
