package io.cloudtwin.core.compute;

import java.util.Collection;

/**
 * Listing filters; null or empty means "any". vpcId, subnetId, imageId, instanceType and the addresses (private,
 * static public, of a bound EIP) serve Aliyun's DescribeInstances.
 */
public record InstanceFilter(Collection<String> ids, InstanceStatus status, String groupId, String name, String zone,
                     String tag, String vpcId, String subnetId, String imageId, String instanceType,
                     Collection<String> privateIps, Collection<String> publicIps, Collection<String> eipAddresses) {
    public InstanceFilter(Collection<String> ids, InstanceStatus status, String groupId, String name, String zone,
                  String tag, String vpcId, String subnetId, String imageId, String instanceType) {
        this(ids, status, groupId, name, zone, tag, vpcId, subnetId, imageId, instanceType, null, null, null);
    }

    public InstanceFilter(Collection<String> ids, InstanceStatus status, String groupId, String name, String zone,
                  String tag) {
        this(ids, status, groupId, name, zone, tag, null, null, null, null);
    }

    public InstanceFilter(Collection<String> ids, InstanceStatus status, String groupId, String name, String zone,
                  String tag, String vpcId, String subnetId) {
        this(ids, status, groupId, name, zone, tag, vpcId, subnetId, null, null);
    }

    public static InstanceFilter none() {
        return new InstanceFilter(null, null, null, null, null, null);
    }

    /** True when nothing narrows the listing: every instance of the scope matches. */
    public boolean isNone() {
        return (ids == null || ids.isEmpty()) && status == null && blank(groupId) && blank(name) && blank(zone)
                && blank(tag) && blank(vpcId) && blank(subnetId) && blank(imageId) && blank(instanceType)
                && none(privateIps) && none(publicIps) && none(eipAddresses);
    }

    private static boolean none(Collection<String> values) {
        return values == null || values.isEmpty();
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
