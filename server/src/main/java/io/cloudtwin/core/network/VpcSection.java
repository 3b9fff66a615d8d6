package io.cloudtwin.core.network;

import java.util.List;
import java.util.Set;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "vpcs" of the state document, made by NetworkService.createVpc as CreateVpc makes them. */
@Section(name = "vpcs", order = 10)
record VpcSection(NetworkStore store, NetworkService networks, DefaultNetworkStore defaults, DefaultVpcs defaultVpcs)
        implements StateSection<VpcSection.Document> {
    /**
     * A VPC; cidrBlocks: one or more IPv4 CIDR blocks, not overlapping. defaultVpc (Aliyun): the region's default VPC
     * (CreateDefaultVpc), at most one a region. ipv6CidrBlock, ipv6Isp (Aliyun): its IPv6 /56 and ISP; none: IPv6
     * disabled (an ISP alone: IPv6 on a block of the emulator's).
     */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, List<String> cidrBlocks, String tag, Boolean defaultVpc,
                           String ipv6CidrBlock, String ipv6Isp) {}

    @Override
    public List<Document> export() {
        Set<String> defaultOnes = defaults.allVpcsAlone();
        return store.vpcs().all().stream().map(v -> new Document(v.cloud().key(), v.accountId(), v.region(),
                v.projectId(), v.id(), v.name(), v.description(), v.cidrBlocks(), v.tag(),
                defaultOnes.contains(v.id()) ? Boolean.TRUE : null, v.ipv6CidrBlock(), v.ipv6Isp())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "VPC " + d.id());
        String id = d.id() == null ? Ids.Shape.VPC.next(scope.cloud()) : d.id();
        if (store.vpcs().exists(id)) return false;
        Vpc v = networks.createVpc(scope, id, new NetworkService.NewVpc(Fixtures.text(d.name()),
                Fixtures.text(d.description()), Fixtures.list(d.cidrBlocks()), Fixtures.text(d.tag()),
                d.ipv6CidrBlock(), d.ipv6CidrBlock() != null && d.ipv6Isp() == null ? "BGP" : d.ipv6Isp()));
        if (Boolean.TRUE.equals(d.defaultVpc()) && !defaultVpcs.adoptVpc(scope, v)) {
            throw new InvalidFixture("VPC " + id + ": a default VPC is Aliyun's, one a region");
        }
        return true;
    }
}
