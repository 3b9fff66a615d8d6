package io.cloudtwin.core.network;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "vips" of the state document; imported through VipService as AllocateVIP makes them, so the address must be a
 * free one of the subnet.
 */
@Section(name = "vips", order = 58)
record VipSection(VipStore store, VipService vips) implements StateSection.Rows<VipSection.Document, Vip> {
    public record Document(String cloud, String account, String region, String project, String id, String vpcId,
                           String subnetId, String zone, String address, String name, String tag, String remark) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "VIP", store::exists, scope ->
                vips.create(scope, new VipService.NewVip(Fixtures.required(d.vpcId(), "vpcId of VIP " + d.id()),
                        Fixtures.required(d.subnetId(), "subnetId of VIP " + d.id()), d.zone(), d.address(),
                        Fixtures.text(d.name()), Fixtures.text(d.tag()), Fixtures.text(d.remark())), 1, () -> d.id()));
    }
}
