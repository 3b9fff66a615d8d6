package io.cloudtwin.dialect.ucloud.actions;

import io.cloudtwin.core.security.FirewallFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.dialect.ucloud.NetworkViews;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.core.security.FirewallStore;

/**
 * FWId, ResourceType + ResourceId (the firewall of that resource), Offset, Limit -> DataSet[FirewallDataSet],
 * TotalCount. The scope's two recommended firewalls always exist (made on the first call): Terraform's ucloud
 * provider checks for them before it creates a ucloud_instance without security_group. An unknown FWId answers
 * 54002, the code that provider reads as "not found"; a resource without a firewall gives an empty DataSet.
 */
@Component
public class DescribeFirewall implements UcloudAction {
    private final FirewallService firewalls;

    public DescribeFirewall(FirewallService firewalls) {
        this.firewalls = firewalls;
    }

    @Override
    public String name() {
        return "DescribeFirewall";
    }

    @Override
    public UcloudRetCode retCodeFor(DomainError e) {
        return e == DomainError.FIREWALL_NOT_FOUND ? UcloudRetCode.FIREWALL_NOT_FOUND_DESCRIBE : UcloudRetCode.of(e);
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String id = r.string("FWId");
        String resource = r.string("ResourceId");
        if (resource != null && r.has("ResourceType") && !r.string("ResourceType").equals("uhost")) {
            return page(0, List.of()); // hosts are the only resources with firewalls here
        }
        if (id != null) firewalls.get(r.scope(), id);
        var page = firewalls.list(r.scope(), new FirewallFilter(id, resource), Paging.offset(r),
                Paging.limit(r, 10_000_000));
        return page(page.total(), page.items().stream().map(NetworkViews::firewall).toList());
    }

    private static Map<String, Object> page(long total, List<Map<String, Object>> data) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", total);
        out.put("DataSet", data);
        return out;
    }
}
