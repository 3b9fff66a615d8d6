package io.cloudtwin.dialect.aliyun.vpc;

import java.util.Locale;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.vpc.api.CheckCanAllocateVpcPrivateIpAddressRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CheckCanAllocateVpcPrivateIpAddressResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Whether a vSwitch could give out an address now (CheckCanAllocateVpcPrivateIpAddress, what a tool asks before it
 * names a private address for an instance or a network interface): the answer of the same rules allocation follows.
 */
@Component
record VSwitchAddresses(NetworkService networks) implements VpcApi.CheckCanAllocateVpcPrivateIpAddress {
    /**
     * VSwitchId (ResourceNotFound.VSwitchId), PrivateIpAddress (outside the vSwitch's block:
     * Mismatch.VSwitchAndPrivateIpAddress), IpVersion (ipv4, the default, or ipv6; else PARAMETER_ILLEGAL) ->
     * CanAllocate: false for an address given out or one the vSwitch keeps (its first and last ones).
     */
    @Override
    public CheckCanAllocateVpcPrivateIpAddressResponse checkCanAllocateVpcPrivateIpAddress(AliyunCall call,
            CheckCanAllocateVpcPrivateIpAddressRequest r) {
        String version = r.ipVersion() == null ? "ipv4" : r.ipVersion().toLowerCase(Locale.ROOT);
        if (!version.equals("ipv4") && !version.equals("ipv6")) throw call.firstError("IpVersion", "PARAMETER_ILLEGAL");
        return new CheckCanAllocateVpcPrivateIpAddressResponse().setCanAllocate(networks.canAllocate(call.scope(),
                r.vSwitchId(), r.privateIpAddress(), version.equals("ipv6")));
    }
}
