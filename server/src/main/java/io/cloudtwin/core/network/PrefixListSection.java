package io.cloudtwin.core.network;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "prefixLists" of the state document: each prefix list (ECS's or VPC's) with its entries. Imported through
 * PrefixListService, as CreatePrefixList makes one (within maxEntries), before the security groups whose rules name
 * them.
 */
@Section(name = "prefixLists", order = 28)
record PrefixListSection(PrefixListStore store, PrefixListService prefixLists)
        implements StateSection<PrefixListSection.Document> {
    /** product: ecs or vpc (absent: ecs, the only kind before VPC prefix lists). */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String addressFamily, int maxEntries, List<PrefixList.Entry> entries,
                           String product) implements Scoped {}

    @Override
    public List<Document> export() {
        var entries = store.allEntries();
        return store.all().stream().map(p -> new Document(p.cloud().key(), p.accountId(), p.region(), p.projectId(),
                p.id(), p.name(), p.description(), p.addressFamily(), p.maxEntries(),
                entries.getOrDefault(p.id(), List.of()), p.product())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "prefix list", store::exists, scope -> {
            String product = d.product() == null ? PrefixList.ECS : d.product();
            if (!product.equals(PrefixList.ECS) && !product.equals(PrefixList.VPC)) {
                throw new InvalidFixture("product of prefix list " + d.id() + ": ecs or vpc");
            }
            prefixLists.create(scope, product, d.id(), Fixtures.required(d.name(), "name of prefix list " + d.id()),
                    d.description(), Fixtures.required(d.addressFamily(), "addressFamily of prefix list " + d.id()),
                    d.maxEntries(), Fixtures.list(d.entries()), Map.of());
        });
    }
}
