package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.network.SubnetFilter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.dialect.ucloud.NetworkViews;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.core.network.NetworkStore;

/**
 * SubnetIds.N, SubnetId, VPCId, Tag (filters only when given, although the doc gives it a default), Offset, Limit,
 * ShowAvailableIPs -> DataSet[VPCSubnetInfoSet], TotalCount. Unknown ids are absent (RetCode 0), which is how
 * Terraform's ucloud provider detects a deleted subnet.
 */
@Component
public class DescribeSubnet implements UcloudAction {
    private final NetworkService networks;

    public DescribeSubnet(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "DescribeSubnet";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        List<String> ids = new ArrayList<>(r.strings("SubnetIds"));
        if (r.has("SubnetId")) ids.add(r.string("SubnetId"));
        var filter = new SubnetFilter(ids, r.string("VPCId"), null, null,
                r.has("Tag") ? r.string("Tag") : null);
        var page = networks.listSubnets(r.scope(), filter, Paging.offset(r), Paging.limit(r, 10_000));
        Map<String, Long> available = r.bool("ShowAvailableIPs") ? networks.availableAddresses(page.items()) : Map.of();
        Map<String, Vpc> vpcs = new HashMap<>();
        for (var s : page.items()) vpcs.computeIfAbsent(s.vpcId(), id -> networks.vpc(r.scope(), id));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.total());
        out.put("DataSet", page.items().stream()
                .map(s -> NetworkViews.subnet(s, vpcs.get(s.vpcId()), available.get(s.id()))).toList());
        return out;
    }
}
