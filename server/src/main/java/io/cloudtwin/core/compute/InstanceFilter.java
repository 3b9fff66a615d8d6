package io.cloudtwin.core.compute;

import java.util.Collection;

/** Listing filters; null or empty means "any". vpcId, subnetId, imageId and instanceType serve Aliyun's DescribeInstances. */
public record InstanceFilter(Collection<String> ids, InstanceStatus status, String groupId, String name, String zone,
                     String tag, String vpcId, String subnetId, String imageId, String instanceType) {
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
                && blank(tag) && blank(vpcId) && blank(subnetId) && blank(imageId) && blank(instanceType);
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
