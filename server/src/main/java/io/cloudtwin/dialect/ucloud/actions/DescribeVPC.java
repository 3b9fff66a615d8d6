package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.network.SubnetFilter;
import io.cloudtwin.core.network.VpcFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.dialect.ucloud.NetworkViews;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.core.network.NetworkStore;

/**
 * VPCIds.N, Tag, Offset, Limit -> DataSet[VPCInfo], TotalCount. Unknown ids are simply absent (RetCode 0): Terraform's
 * ucloud provider reads an empty DataSet as "not found".
 */
@Component
public class DescribeVPC implements UcloudAction {
    private final NetworkService networks;

    public DescribeVPC(NetworkService networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "DescribeVPC";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        var page = networks.listVpcs(r.scope(), new VpcFilter(r.strings("VPCIds"), null, r.string("Tag")),
                Paging.offset(r), Paging.limit(r, 10_000));
        List<Map<String, Object>> data = new java.util.ArrayList<>();
        for (var v : page.items()) {
            List<Subnet> subnets = networks.listSubnets(r.scope(),
                    new SubnetFilter(null, v.id(), null, null), 0, Integer.MAX_VALUE).items();
            data.add(NetworkViews.vpc(v, subnets));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.total());
        out.put("DataSet", data);
        return out;
    }
}
