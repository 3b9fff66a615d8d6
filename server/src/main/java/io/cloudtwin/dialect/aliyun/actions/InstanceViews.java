package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunViews;
import io.cloudtwin.store.InstanceDetailStore;

/**
 * An instance as DescribeInstances writes it beyond AliyunViews.instance: its host name, its place in the VPC
 * (VpcAttributes.VSwitchId, PrivateIpAddress.IpAddress), its primary network interface (id eni- and the instance id's
 * suffix, MAC derived from the id) and its tags.
 */
public final class InstanceViews {
    private InstanceViews() {}

    public static Map<String, Object> full(Instance i, InstanceDetailStore.Detail d, Map<String, String> tags) {
        Map<String, Object> m = AliyunViews.instance(i);
        m.put("HostName", d == null ? InstanceLifecycle.defaultHostName(i.id()) : d.hostName());
        Map<String, Object> vpc = new LinkedHashMap<>();
        vpc.put("VpcId", i.vpcId());
        vpc.put("VSwitchId", i.subnetId());
        vpc.put("PrivateIpAddress", Map.of("IpAddress", i.privateIp().isEmpty() ? List.of() : List.of(i.privateIp())));
        vpc.put("NatIpAddress", "");
        m.put("VpcAttributes", vpc);
        Map<String, Object> eni = new LinkedHashMap<>();
        eni.put("NetworkInterfaceId", InstanceLifecycle.primaryInterfaceId(i.id()));
        eni.put("Type", "Primary");
        eni.put("MacAddress", mac(i.id()));
        eni.put("PrimaryIpAddress", i.privateIp());
        m.put("NetworkInterfaces", Map.of("NetworkInterface", List.of(eni)));
        m.put("Tags", AliyunNetworkViews.ecsTags(tags));
        return m;
    }

    /** A stable locally administered MAC address from the instance id. */
    static String mac(String id) {
        int h = id.hashCode();
        return String.format("00:16:3e:%02x:%02x:%02x", (h >> 16) & 0xff, (h >> 8) & 0xff, h & 0xff);
    }
}
