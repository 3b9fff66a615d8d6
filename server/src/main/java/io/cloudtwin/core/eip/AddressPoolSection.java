package io.cloudtwin.core.eip;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "addressPools" of the state document: public IP address pools, before their blocks and the EIPs of them. */
@Section(name = "addressPools", order = 63)
record AddressPoolSection(AddressPoolStore store, AddressPoolService pools)
        implements StateSection.Rows<AddressPoolSection.Document, AddressPool> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String isp, String bizType, List<String> zones,
                           List<String> securityProtectionTypes) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "address pool", store::exists, scope -> pools.create(scope, d.id(),
                new AddressPoolService.NewPool(Fixtures.text(d.name()), Fixtures.text(d.description()),
                        d.isp() == null ? "BGP" : d.isp(), d.bizType() == null ? "Default" : d.bizType(),
                        d.zones() == null ? List.of() : d.zones(),
                        d.securityProtectionTypes() == null ? List.of() : d.securityProtectionTypes()), Map.of()));
    }
}
