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

/** One vSwitch's attributes, with the count of addresses still free in it. */
@Component
public class DescribeVSwitchAttributes implements AliyunAction {
    private final NetworkService networks;
    private final TagService tags;

    public DescribeVSwitchAttributes(NetworkService networks, TagService tags) {
        this.networks = networks;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DescribeVSwitchAttributes";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.scope();
        r.dryRunCheck();
        Subnet s = networks.subnet(scope, r.required("VSwitchId"));
        return AliyunNetworkViews.vSwitch(s, networks.availableAddresses(s), tags.of(List.of(s.id())).get(s.id()));
    }
}
