package io.cloudtwin.core.network;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "dhcpOptionsSets" of the state document, each with the VPCs associated with it; imported through
 * DhcpOptionsService as requests make and associate them, after the VPCs.
 */
@Section(name = "dhcpOptionsSets", order = 27)
record DhcpOptionsSection(DhcpOptionsSetStore store, DhcpOptionsService sets)
        implements StateSection<DhcpOptionsSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String domainName, List<String> domainNameServers, String leaseTime,
                           String ipv6LeaseTime, List<String> vpcs) implements Scoped {}

    @Override
    public List<Document> export() {
        List<DhcpOptionsSet> all = store.all();
        var vpcs = store.vpcsOf(all.stream().map(DhcpOptionsSet::id).toList());
        return all.stream().map(s -> new Document(s.cloud().key(), s.accountId(), s.region(), s.projectId(),
                s.id(), s.name(), s.description(), s.domainName(), s.domainNameServers(), s.leaseTime(),
                s.ipv6LeaseTime(), vpcs.getOrDefault(s.id(), List.of()))).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "DHCP options set", store::exists, scope -> {
            sets.create(scope, d.id(), new DhcpOptionsService.NewSet(Fixtures.text(d.name()), Fixtures.text(d.description()),
                    Fixtures.text(d.domainName()), Fixtures.list(d.domainNameServers()),
                    d.leaseTime() == null ? DhcpOptionsService.DEFAULT_LEASE : d.leaseTime(),
                    d.ipv6LeaseTime() == null ? DhcpOptionsService.DEFAULT_LEASE : d.ipv6LeaseTime()), Map.of());
            for (String vpc : Fixtures.list(d.vpcs())) sets.associate(scope, d.id(), vpc);
        });
    }
}
