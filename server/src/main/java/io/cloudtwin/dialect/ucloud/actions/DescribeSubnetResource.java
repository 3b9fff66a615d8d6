package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.compute.InstanceFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.dialect.ucloud.NetworkViews;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.core.compute.InstanceStore;

/**
 * SubnetId, ResourceType (UHOST, PHOST, ...), Offset, Limit -> DataSet[SubnetResource], TotalCount. Hosts are the
 * only resources cloudtwin places in subnets: any other ResourceType lists nothing.
 */
@Component
public class DescribeSubnetResource implements UcloudAction {
    private final NetworkService networks;
    private final InstanceService instances;

    public DescribeSubnetResource(NetworkService networks, InstanceService instances) {
        this.networks = networks;
        this.instances = instances;
    }

    @Override
    public String name() {
        return "DescribeSubnetResource";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        var subnet = networks.subnet(r.scope(), r.string("SubnetId"));
        int offset = Paging.offset(r);
        int limit = Paging.limit(r, 10_000);
        Map<String, Object> out = new LinkedHashMap<>();
        if (r.has("ResourceType") && !r.string("ResourceType").equals("UHOST")) {
            out.put("TotalCount", 0);
            out.put("DataSet", List.of());
            return out;
        }
        var filter = new InstanceFilter(null, null, null, null, null, null, null, subnet.id());
        var page = instances.list(r.scope(), filter, offset, limit);
        out.put("TotalCount", page.total());
        out.put("DataSet", page.items().stream().map(NetworkViews::subnetResource).toList());
        return out;
    }
}
