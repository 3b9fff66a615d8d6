package io.cloudtwin.admin;

import java.util.List;

import io.cloudtwin.config.CloudtwinProperties;

/**
 * The emulator's state as a document: what a seed file holds and what GET /_cloudtwin/state exports, in JSON or
 * YAML. Ids are optional on import (new ones are made); an id that already exists is left as it is, so importing the
 * same file twice, or from several processes sharing one store, changes nothing the second time.
 */
public record Fixture(List<CloudtwinProperties.AccountProperties> accounts, List<Group> securityGroups,
                      List<Host> instances, List<Network> vpcs, List<Subnet> subnets, List<Firewall> firewalls,
                      List<Tag> tags, List<Interface> networkInterfaces) {

    public Fixture(List<CloudtwinProperties.AccountProperties> accounts, List<Group> securityGroups,
                   List<Host> instances, List<Network> vpcs, List<Subnet> subnets, List<Firewall> firewalls) {
        this(accounts, securityGroups, instances, vpcs, subnets, firewalls, null, null);
    }

    /**
     * A UCloud UNet firewall. type: "user defined" (default), "recommend web" or "recommend non web" (at most one of
     * each recommended kind per account, region and project); rules in UCloud's own form, e.g.
     * "TCP|22|0.0.0.0/0|ACCEPT|HIGH".
     */
    public record Firewall(String account, String region, String project, String id, String name, String tag,
                           String remark, String type, List<String> rules) {}

    /**
     * A secondary network interface (Aliyun ENI) in a subnet of the document or the store, with its private address,
     * its security groups (at least one) and the instance it is attached to, if any.
     */
    public record Interface(String cloud, String account, String region, String id, String subnetId, String privateIp,
                            String name, String description, String instanceId, List<String> securityGroups) {}

    /**
     * A tag on a resource listed in the same document (or already in the store). resourceType: instance,
     * security_group, vpc, subnet or network_interface.
     */
    public record Tag(String cloud, String account, String region, String resourceType, String resourceId,
                      String key, String value) {}

    /** A VPC; cidrBlocks: one or more IPv4 CIDR blocks. */
    public record Network(String cloud, String account, String region, String project, String id, String name,
                          String description, List<String> cidrBlocks, String tag) {}

    /**
     * A subnet (Aliyun vSwitch) of a VPC of the same cloud, account, region and project. defaultNetwork (UCloud):
     * the subnet where hosts that name no network land (DefaultNetwork of DefaultVPC), at most one per scope.
     */
    public record Subnet(String cloud, String account, String region, String project, String id, String vpcId,
                         String zone, String name, String description, String cidrBlock, String tag,
                         Boolean defaultNetwork) {}

    /** innerAccessPolicy: Aliyun's policy between the group's own members, Accept (default) or Drop. */
    public record Group(String cloud, String account, String region, String project, String id, String name,
                        String description, String vpcId, String type, String tag, List<Rule> rules,
                        String innerAccessPolicy) {
        public Group(String cloud, String account, String region, String project, String id, String name,
                     String description, String vpcId, String type, String tag, List<Rule> rules) {
            this(cloud, account, region, project, id, name, description, vpcId, type, tag, rules, null);
        }
    }

    /**
     * A rule in its cloud's words (see core.SecurityGroupRule); ipRange may be empty when peerGroupId names the peer
     * (Aliyun SourceGroupId/DestGroupId); peerPort and nicType are Aliyun's SourcePortRange and NicType.
     */
    public record Rule(String id, String direction, String ipRange, Integer priority, String protocol, String dstPort,
                       String action, String remark, String peerGroupId, String peerPort, String nicType) {
        public Rule(String id, String direction, String ipRange, Integer priority, String protocol, String dstPort,
                    String action, String remark) {
            this(id, direction, ipRange, priority, protocol, dstPort, action, remark, null, null, null);
        }
    }

    /**
     * status: Running, Stopped (Aliyun and UCloud words both accepted); securityGroups in binding order; firewall: the
     * UCloud firewall of a Firewall-mode host (none when absent).
     */
    public record Host(String cloud, String account, String region, String project, String zone, String id,
                       String name, String description, String imageId, String instanceType, String vpcId, Integer cpu,
                       Integer memoryMb, String status, String lockReason, String tag, List<Binding> securityGroups,
                       String subnetId, String privateIp, String firewall, UhostDetail uhost) {}

    /**
     * What a UCloud host was created with beyond the instance (billing, machine type, login mode, disks), as
     * DescribeUHostInstance reports it; absent: Dynamic billing and no disks. expireAt: ISO-8601, for Month/Year.
     */
    public record UhostDetail(String chargeType, String machineType, String loginMode, String expireAt,
                              List<UhostDisk> disks) {}

    public record UhostDisk(String id, Boolean boot, String type, Integer sizeGb) {}

    public record Binding(String id, Integer priority) {}
}
