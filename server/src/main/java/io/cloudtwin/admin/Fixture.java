package io.cloudtwin.admin;

import java.util.List;

import io.cloudtwin.config.CloudtwinProperties;

/**
 * The emulator's state as a document: what a seed file holds and what GET /_cloudtwin/state exports, in JSON or
 * YAML. Ids are optional on import (new ones are made); an id that already exists is left as it is, so importing the
 * same file twice, or from several processes sharing one store, changes nothing the second time.
 */
public record Fixture(List<CloudtwinProperties.AccountProperties> accounts, List<Group> securityGroups,
                      List<Host> instances, List<Network> vpcs, List<Subnet> subnets, List<Firewall> firewalls) {

    /**
     * A UCloud UNet firewall. type: "user defined" (default), "recommend web" or "recommend non web" (at most one of
     * each recommended kind per account, region and project); rules in UCloud's own form, e.g.
     * "TCP|22|0.0.0.0/0|ACCEPT|HIGH".
     */
    public record Firewall(String account, String region, String project, String id, String name, String tag,
                           String remark, String type, List<String> rules) {}

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

    public record Group(String cloud, String account, String region, String project, String id, String name,
                        String description, String vpcId, String type, String tag, List<Rule> rules) {}

    public record Rule(String id, String direction, String ipRange, Integer priority, String protocol, String dstPort,
                       String action, String remark) {}

    /**
     * status: Running, Stopped (Aliyun and UCloud words both accepted); securityGroups in binding order; firewall: the
     * UCloud firewall of a Firewall-mode host (none when absent).
     */
    public record Host(String cloud, String account, String region, String project, String zone, String id,
                       String name, String description, String imageId, String instanceType, String vpcId, Integer cpu,
                       Integer memoryMb, String status, String lockReason, String tag, List<Binding> securityGroups,
                       String subnetId, String privateIp, String firewall) {}

    public record Binding(String id, Integer priority) {}
}
