package io.cloudtwin.dialect.aliyun.vpc;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.vpc.api.DeletionProtectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Deletion protection of the VPC product's EIPs, NAT gateways and shared bandwidths (alicloud_eip_address's,
 * alicloud_nat_gateway's and alicloud_common_bandwidth_package's deletion_protection): while on, ReleaseEipAddress,
 * DeleteNatGateway and DeleteCommonBandwidthPackage answer InvalidOperation.DeletionProtection.
 */
@Component
record DeletionProtections(TagService tags) implements VpcApi.DeletionProtection {
    /** Type as the product names the kinds it protects. */
    private static final Map<String, ResourceType> KINDS = Map.of("EIP", ResourceType.EIP,
            "NATGW", ResourceType.NAT_GATEWAY, "CBWP", ResourceType.SHARED_BANDWIDTH);

    @Override
    public void deletionProtection(AliyunCall call, DeletionProtectionRequest r) {
        ResourceType kind = KINDS.get(r.type().toUpperCase(Locale.ROOT));
        if (kind == null) throw call.error("DeletionProtection.TypeNotSupport");
        tags.protect(call.scope(), kind, r.instanceId(), Boolean.TRUE.equals(r.protectionEnable()));
    }
}
