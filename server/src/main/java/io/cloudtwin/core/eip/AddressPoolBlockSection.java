package io.cloudtwin.core.eip;

import java.util.List;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "addressPoolBlocks" of the state document: each pool's blocks, added through the service (never overlapping). */
@Section(name = "addressPoolBlocks", order = 64)
record AddressPoolBlockSection(AddressPoolStore store, AddressPoolService pools)
        implements StateSection<AddressPoolBlockSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String poolId,
                           String cidrBlock) implements Scoped {}

    @Override
    public List<Document> export() {
        return store.blocks().all().stream().map(b -> new Document(b.cloud().key(), b.accountId(), b.region(),
                b.projectId(), b.id(), b.poolId(), b.cidrBlock())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "address pool block", id -> store.blocks().exists(id), scope -> {
            String block = Fixtures.required(d.cidrBlock(), "cidrBlock of address pool block " + d.id());
            try {
                pools.addBlock(scope, Fixtures.required(d.poolId(), "poolId of " + d.id()), Cidr.parse(block));
            } catch (IllegalArgumentException e) {
                throw new InvalidFixture("address pool block " + d.id() + ": " + e.getMessage());
            }
        });
    }
}
