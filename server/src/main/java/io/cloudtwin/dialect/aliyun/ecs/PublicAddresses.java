package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.compute.InstanceBilling;
import io.cloudtwin.core.compute.InstanceDetail;
import io.cloudtwin.core.compute.InstanceInternet;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.AllocatePublicIpAddressRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AllocatePublicIpAddressResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceNetworkSpecRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyInstanceNetworkSpecResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.ReleasePublicIpAddressRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ReleasePublicIpAddressResponse;

/**
 * An instance's public side: its billing, its public bandwidth and its static public IP address (the ECS CLI quick
 * start's AllocatePublicIpAddress; alicloud_instance's internet_max_bandwidth_out and internet_charge_type).
 */
@Component
record PublicAddresses(InstanceInternet internet)
        implements EcsApi.AllocatePublicIpAddress, EcsApi.ModifyInstanceNetworkSpec, EcsApi.ReleasePublicIpAddress {
    private static final List<String> INSTANCE_CHARGE_TYPES = List.of(InstanceBilling.POST_PAID,
            InstanceBilling.PRE_PAID);
    private static final List<String> INTERNET_CHARGE_TYPES = List.of("PayByTraffic", "PayByBandwidth");

    /**
     * Billing and public bandwidth: InstanceChargeType PostPaid (default) or PrePaid (no expiry is kept),
     * InternetChargeType PayByTraffic (default) or PayByBandwidth, InternetMaxBandwidthOut 0 (default) to 100 (200 for
     * a PrePaid instance paying by bandwidth), InternetMaxBandwidthIn up to 200.
     */
    static InstanceDetail.Internet requested(AliyunCall call, String instanceChargeType, String internetChargeType,
                                            Integer out, Integer in) {
        var none = InstanceDetail.Internet.NONE;
        String billing = instanceChargeType == null ? none.instanceChargeType() : instanceChargeType;
        if (!INSTANCE_CHARGE_TYPES.contains(billing)) {
            throw call.firstError("InstanceChargeType", "InvalidInstanceChargeType.NotFound");
        }
        String traffic = internetChargeType == null ? none.internetChargeType() : internetChargeType;
        if (!INTERNET_CHARGE_TYPES.contains(traffic)) {
            throw call.firstError("InternetChargeType", "InvalidInternetChargeType.ValueNotSupported");
        }
        int max = InstanceBilling.PRE_PAID.equals(billing) && "PayByBandwidth".equals(traffic) ? 200 : 100;
        if (out != null && (out < 0 || out > max)) {
            throw call.firstError("InternetMaxBandwidthOut", "InvalidInternetMaxBandwidthOut.Malformed",
                    "InvalidInternetMaxBandwidthOut.ValueNotSupported");
        }
        if (in != null && (in < 0 || in > 200)) {
            throw call.firstError("InternetMaxBandwidthIn", "InvalidInternetMaxBandwidthIn.Malformed",
                    "InvalidInternetMaxBandwidthIn.ValueNotSupported");
        }
        return new InstanceDetail.Internet(billing, traffic, out == null ? 0 : out, in == null ? 0 : in, null);
    }

    /** A changed InternetMaxBandwidthOut (ModifyInstanceNetworkSpec, ModifyInstanceSpec): 0 to 200 (null: kept). */
    static Integer bandwidthOut(AliyunCall call, Integer out) {
        if (out != null && (out < 0 || out > 200)) {
            throw call.firstError("InternetMaxBandwidthOut", "InvalidInternetMaxBandwidthOut.ValueNotSupported");
        }
        return out;
    }

    @Override
    public AllocatePublicIpAddressResponse allocatePublicIpAddress(AliyunCall call, AllocatePublicIpAddressRequest r) {
        String asked = r.ipAddress() == null || r.ipAddress().isEmpty() ? null : r.ipAddress();
        if (asked != null && !Cidr.isAddress(asked)) throw call.firstError("IpAddress", "InvalidIpAddress.Malformed");
        return new AllocatePublicIpAddressResponse().setIpAddress(internet.allocatePublicIp(call.scope(),
                r.instanceId(), asked));
    }

    @Override
    public ReleasePublicIpAddressResponse releasePublicIpAddress(AliyunCall call, ReleasePublicIpAddressRequest r) {
        if (AliyunFormats.blank(r.instanceId())) throw call.error("InvalidIpAddress.NeedInstanceId");
        internet.releasePublicIp(call.scope(), r.instanceId(), r.publicIpAddress());
        return new ReleasePublicIpAddressResponse();
    }

    @Override
    public ModifyInstanceNetworkSpecResponse modifyInstanceNetworkSpec(AliyunCall call,
                                                                       ModifyInstanceNetworkSpecRequest r) {
        String traffic = r.networkChargeType();
        if (traffic != null && !INTERNET_CHARGE_TYPES.contains(traffic)) {
            throw call.firstError("NetworkChargeType", "InvalidInternetChargeType.ValueNotSupported");
        }
        internet.modify(call.scope(), r.instanceId(), bandwidthOut(call, r.internetMaxBandwidthOut()),
                r.internetMaxBandwidthIn(), traffic,
                Boolean.TRUE.equals(r.allocatePublicIp()));
        return new ModifyInstanceNetworkSpecResponse();
    }
}
