package io.cloudtwin.dialect.aliyun.ecs;

import java.util.ArrayList;
import java.util.List;

import io.cloudtwin.core.compute.InterfaceService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.RunInstancesRequest;

/**
 * RunInstances' NetworkInterface.N. NetworkInterface.1 may be the Primary one: its VSwitchId, SecurityGroupId or
 * SecurityGroupIds.N, PrimaryIpAddress and Ipv6Address.N or Ipv6AddressCount stand for the request's own VSwitchId,
 * SecurityGroupId(s), PrivateIpAddress and Ipv6* (not both: InvalidParam.NetworkInterface). Every other one is
 * Secondary: a new interface in its VSwitchId (with its own groups, else the instance's) or the existing
 * NetworkInterfaceId, attached to each instance launched; a new one goes with its instance unless DeleteOnRelease is
 * false. NetworkInterfaceTrafficMode (Standard or HighPerformance), QueueNumber, QueuePairNumber and SourceDestCheck
 * are kept and answered by the interface describes, and so is NetworkCardIndex (an index from 0, else
 * InvalidParameter.NetworkCardIndexInvalid) as the attachment's; RxQueueSize and TxQueueSize are accepted.
 */
record LaunchInterfaces(String vSwitchId, String securityGroupId, List<String> securityGroupIds, String privateIp,
                        List<String> ipv6, Integer ipv6Count, InterfaceService.Settings primarySettings,
                        List<Secondary> secondaries) {
    private static final String PRIMARY = "Primary";
    private static final String SECONDARY = "Secondary";

    /** A secondary interface as the request gives it; without groups of its own, it gets the instance's. */
    record Secondary(InterfaceService.Launched spec, boolean ownGroups) {
        /** The interface with the instance's groups where it names none. */
        InterfaceService.Launched forGroups(List<String> instanceGroups) {
            var s = spec;
            return ownGroups ? s : new InterfaceService.Launched(s.existingId(), s.subnetId(), s.ip(), s.ipv6(),
                    s.ipv6Count(), instanceGroups, s.name(), s.description(), s.settings(), s.deleteOnRelease());
        }
    }

    /** The request's network settings, with its primary interface's where it has one. */
    static LaunchInterfaces of(AliyunCall call, RunInstancesRequest r, int amount) {
        List<RunInstancesRequest.NetworkInterface> given = r.networkInterface();
        RunInstancesRequest.NetworkInterface primary = null;
        List<Secondary> secondaries = new ArrayList<>();
        for (int n = 1; n <= given.size(); n++) {
            var nic = given.get(n - 1);
            String type = nic.instanceType() == null ? SECONDARY : nic.instanceType();
            if (!type.equals(PRIMARY) && !type.equals(SECONDARY)) {
                throw call.invalid("NetworkInterface." + n + ".InstanceType");
            }
            if (type.equals(PRIMARY)) {
                if (n != 1) throw refused(call, "only NetworkInterface.1 can be the Primary network interface");
                primary = nic;
            } else {
                secondaries.add(secondary(call, nic, n, amount));
            }
        }
        if (primary == null) {
            return new LaunchInterfaces(r.vSwitchId(), r.securityGroupId(), r.securityGroupIds(), r.privateIpAddress(),
                    r.ipv6Address(), ipv6(r.ipv6AddressCount()), InterfaceService.Settings.NONE, secondaries);
        }
        if (!AliyunFormats.blank(primary.networkInterfaceId())) {
            throw call.error("InvalidOperation.RegionNotSupportNetworkInterfaceId");
        }
        if (r.vSwitchId() != null || r.securityGroupId() != null || !r.securityGroupIds().isEmpty()
                || r.privateIpAddress() != null || !r.ipv6Address().isEmpty() || r.ipv6AddressCount() != null) {
            throw refused(call, "VSwitchId, SecurityGroupId(s), PrivateIpAddress and Ipv6* cannot be given both for "
                    + "the request and for its Primary NetworkInterface.1");
        }
        return new LaunchInterfaces(primary.vSwitchId(), primary.securityGroupId(), primary.securityGroupIds(),
                primary.primaryIpAddress(), primary.ipv6Address(),
                ipv6(small(call, primary.ipv6AddressCount(), "NetworkInterface.1.Ipv6AddressCount")),
                settings(call, primary, 1), secondaries);
    }

    private static Secondary secondary(AliyunCall call, RunInstancesRequest.NetworkInterface nic, int n, int amount) {
        String prefix = "NetworkInterface." + n + ".";
        var settings = settings(call, nic, n);
        if (!AliyunFormats.blank(nic.networkInterfaceId())) {
            if (amount > 1) throw refused(call, "an existing " + prefix + "NetworkInterfaceId is for one instance only");
            var spec = new InterfaceService.Launched(nic.networkInterfaceId(), null, null, List.of(), 0, List.of(),
                    null, null, settings, Boolean.TRUE.equals(nic.deleteOnRelease()));
            return new Secondary(spec, true);
        }
        if (AliyunFormats.blank(nic.vSwitchId())) throw call.missing(prefix + "VSwitchId");
        if (nic.primaryIpAddress() != null && amount > 1) throw call.error("InvalidParam.SecondaryNetworkInterface");
        List<String> groups = NetworkInterfaces.groups(call, nic.securityGroupId(), nic.securityGroupIds());
        int ipv6Count = NetworkInterfaces.ipv6Count(call, nic.ipv6Address(),
                ipv6(small(call, nic.ipv6AddressCount(), prefix + "Ipv6AddressCount")), List.of(), null);
        var spec = new InterfaceService.Launched(null, nic.vSwitchId(), nic.primaryIpAddress(), nic.ipv6Address(),
                ipv6Count, groups, nic.networkInterfaceName() == null ? "" : nic.networkInterfaceName(),
                nic.description() == null ? "" : nic.description(), settings, !Boolean.FALSE.equals(nic.deleteOnRelease()));
        return new Secondary(spec, !groups.isEmpty());
    }

    private static InterfaceService.Settings settings(AliyunCall call, RunInstancesRequest.NetworkInterface nic, int n) {
        String prefix = "NetworkInterface." + n + ".";
        return NetworkInterfaces.settings(call, prefix, nic.networkInterfaceTrafficMode(), nic.queueNumber(),
                small(call, nic.queuePairNumber(), prefix + "QueuePairNumber"), nic.sourceDestCheck())
                .onCard(NetworkInterfaces.networkCard(call, nic.networkCardIndex()));
    }

    /** A count the metadata types as a long: beyond an int it is no count the cloud takes. */
    /**
     * RunInstances' Ipv6AddressCount 0 asks for no IPv6 address (its metadata sets no minimum; alicloud_instance sends
     * an ipv6_address_count = 0 of the configuration as given): as if absent.
     */
    private static Integer ipv6(Integer count) {
        return count != null && count == 0 ? null : count;
    }

    private static Integer small(AliyunCall call, Long value, String param) {
        if (value == null) return null;
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) throw call.invalid(param);
        return value.intValue();
    }

    private static RuntimeException refused(AliyunCall call, String why) {
        return call.error("InvalidParam.NetworkInterface", why);
    }
}
