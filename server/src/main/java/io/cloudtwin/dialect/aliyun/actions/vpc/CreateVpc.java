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

/** Creates a VPC: CidrBlock (default 172.16.0.0/12, as the real API), name, description and tags. */
@Component
public class CreateVpc implements AliyunAction {
    static final String DEFAULT_CIDR = "172.16.0.0/12";
    private final NetworkLifecycle networks;

    public CreateVpc(NetworkLifecycle networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "CreateVpc";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.regionalScope();
        String cidr = r.string("CidrBlock", DEFAULT_CIDR);
        Map<String, String> tags = r.tags("Tag");
        r.dryRunCheck();
        Vpc v;
        try {
            v = networks.createVpc(scope, new NetworkService.NewVpc(r.string("VpcName", ""), r.string("Description", ""),
                    List.of(cidr), ""), tags);
        } catch (DomainException e) {
            if (e.error() == DomainError.INVALID_CIDR || e.error() == DomainError.CIDR_CONFLICT) {
                throw io.cloudtwin.dialect.aliyun.Documented.first(r, "CidrBlock", "InvalidCidrBlock.Malformed", "InvalidParameter");
            }
            throw e;
        } catch (TagService.Refused e) {
            throw io.cloudtwin.dialect.aliyun.Documented.first(r, "Tag", "SizeLimitExceeded.TagNum", "InvalidTagKey");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("VpcId", v.id());
        out.put("VRouterId", AliyunNetworkViews.routerId(v.id()));
        out.put("RouteTableId", AliyunNetworkViews.routeTableId(v.id()));
        out.put("ResourceGroupId", r.string("ResourceGroupId", ""));
        return out;
    }
}
