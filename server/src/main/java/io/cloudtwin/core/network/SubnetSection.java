package io.cloudtwin.core.network;

import java.util.List;
import java.util.Set;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "subnets" of the state document, made by NetworkService.createSubnet as CreateVSwitch / CreateSubnet make them:
 * inside a block of their VPC, overlapping no other subnet, in a zone of the region.
 */
@Section(name = "subnets", order = 20)
record SubnetSection(NetworkStore store, NetworkService networks, DefaultNetworks defaults,
                     DefaultNetworkStore defaultStore, DefaultVpcs defaultVpcs)
        implements StateSection<SubnetSection.Document> {
    /**
     * A subnet (Aliyun vSwitch) of a VPC of the same cloud, account, region and project. defaultNetwork: UCloud's
     * subnet where hosts that name no network land (DefaultNetwork of DefaultVPC), at most one per scope; Aliyun's
     * default vSwitch of a zone, in the region's default VPC. ipv6CidrBlock (Aliyun): its /64 of its VPC's IPv6 block.
     */
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String zone, String name, String description, String cidrBlock, String tag,
                           Boolean defaultNetwork, String ipv6CidrBlock) {}

    @Override
    public List<Document> export() {
        Set<String> defaultOnes = Set.copyOf(defaultStore.allSubnetIds());
        return store.subnets().all().stream().map(s -> new Document(s.cloud().key(), s.accountId(), s.region(),
                s.projectId(), s.id(), s.vpcId(), s.zone(), s.name(), s.description(), s.cidrBlock(), s.tag(),
                defaultOnes.contains(s.id()) ? Boolean.TRUE : null, s.ipv6CidrBlock())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "subnet " + d.id());
        String id = d.id() == null ? Ids.Shape.SUBNET.next(scope.cloud()) : d.id();
        if (store.subnets().exists(id)) return false;
        String vpcId = Fixtures.required(d.vpcId(), "vpcId of subnet " + id);
        Integer ipv6Index = d.ipv6CidrBlock() == null ? null
                : Ipv6Blocks.subnetIndex(networks.vpc(scope, vpcId).ipv6CidrBlock(), d.ipv6CidrBlock());
        Subnet s = networks.createSubnet(scope, id, new NetworkService.NewSubnet(vpcId, Fixtures.text(d.zone()),
                Fixtures.text(d.name()), Fixtures.text(d.description()),
                Fixtures.required(d.cidrBlock(), "cidrBlock of subnet " + id), Fixtures.text(d.tag()), ipv6Index));
        if (Boolean.TRUE.equals(d.defaultNetwork()) && !defaults.adopt(scope, s) && !defaultVpcs.adoptVSwitch(scope, s)) {
            throw new InvalidFixture("subnet " + id + ": a default network is UCloud's one a region and project, or "
                    + "Aliyun's one a zone of the default VPC");
        }
        return true;
    }
}
