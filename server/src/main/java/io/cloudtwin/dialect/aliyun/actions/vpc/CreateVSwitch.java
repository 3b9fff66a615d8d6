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

/** Creates a vSwitch in one zone of its VPC's region, inside a block of the VPC, overlapping no other vSwitch. */
@Component
public class CreateVSwitch implements AliyunAction {
    private final NetworkLifecycle networks;

    public CreateVSwitch(NetworkLifecycle networks) {
        this.networks = networks;
    }

    @Override
    public String name() {
        return "CreateVSwitch";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        var scope = r.scope();
        String zone = r.required("ZoneId");
        String vpcId = r.required("VpcId");
        String cidr = r.required("CidrBlock");
        Map<String, String> tags = r.tags("Tag");
        Subnet s;
        try {
            s = networks.createSubnet(scope, new NetworkService.NewSubnet(vpcId, zone, r.string("VSwitchName", ""),
                    r.string("Description", ""), cidr, ""), tags);
        } catch (DomainException e) {
            if (e.error() == DomainError.INVALID_CIDR) throw r.error("InvalidCidrBlock.Malformed");
            throw e;
        } catch (TagService.Refused e) {
            throw io.cloudtwin.dialect.aliyun.Documented.first(r, "Tag", "InvalidParameter");
        }
        return Map.of("VSwitchId", s.id());
    }
}
