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

/** One VPC's attributes. A VPC the caller does not have is InvalidVpcId.NotFound. */
@Component
public class DescribeVpcAttribute implements AliyunAction {
    private final NetworkService networks;
    private final TagService tags;

    public DescribeVpcAttribute(NetworkService networks, TagService tags) {
        this.networks = networks;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DescribeVpcAttribute";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        r.dryRunCheck();
        Vpc v = networks.vpc(scope, r.required("VpcId"));
        Map<String, Object> out = AliyunNetworkViews.vpc(v,
                VpcFilters.switchesOf(networks, scope, List.of(v.id())).get(v.id()), tags.of(List.of(v.id())).get(v.id()));
        out.put("ClassicLinkEnabled", false);
        return out;
    }
}
