package io.cloudtwin.dialect.ucloud.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.dialect.ucloud.NetworkViews;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;

/** FWId, Offset, Limit (at most 1000) -> ResourceSet[ResourceSet], TotalCount: the hosts using the firewall. */
@Component
public class DescribeFirewallResource implements UcloudAction {
    private final FirewallService firewalls;

    public DescribeFirewallResource(FirewallService firewalls) {
        this.firewalls = firewalls;
    }

    @Override
    public String name() {
        return "DescribeFirewallResource";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        var page = firewalls.resources(r.scope(), r.string("FWId"), Paging.offset(r), Paging.limit(r, 1000));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", page.total());
        out.put("ResourceSet", page.items().stream().map(NetworkViews::firewallResource).toList());
        return out;
    }
}
