package io.cloudtwin.core.eip;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "sharedBandwidths" of the state document, each with the EIPs that share it and their own caps there. Imported
 * through SharedBandwidthService as requests make them: an EIP must exist and share no other bandwidth. After the EIPs
 * (order 66).
 */
@Section(name = "sharedBandwidths", order = 66)
record SharedBandwidthSection(SharedBandwidthStore store, SharedBandwidthService service)
        implements StateSection<SharedBandwidthSection.Document> {
    /** chargeType in the cloud's words (Aliyun PayByBandwidth, UCloud Month); isp and ratio Aliyun's. */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String tag, Integer bandwidth, String chargeType, String isp,
                           Integer ratio,
                           List<EipDocument> eips) implements Scoped {}

    /** An EIP in it; ipBandwidth: its own cap there (absent: the shared bandwidth's). */
    public record EipDocument(String id, Integer ipBandwidth) {}

    @Override
    public List<Document> export() {
        var all = store.all();
        var members = store.membersOf(all.stream().map(SharedBandwidth::id).toList());
        return all.stream().map(s -> new Document(s.cloud().key(), s.accountId(), s.region(), s.projectId(), s.id(),
                s.name(), s.description(), s.tag(), s.bandwidth(), s.chargeType(), s.isp(), s.ratio(),
                members.getOrDefault(s.id(), List.of()).stream()
                        .map(m -> new EipDocument(m.eipId(), m.ipBandwidth())).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "shared bandwidth", store::exists, scope -> {
            service.create(scope, d.id(), new SharedBandwidthService.NewSharedBandwidth(d.name(), d.description(),
                    d.tag(), d.bandwidth() == null ? 5 : d.bandwidth(), d.chargeType(), d.isp(),
                    d.ratio() == null ? 0 : d.ratio()),
                    Map.of());
            List<EipDocument> eips = d.eips() == null ? List.of() : d.eips();
            service.add(scope, d.id(), eips.stream()
                    .map(e -> Fixtures.required(e.id(), "id of an EIP of shared bandwidth " + d.id())).toList());
            for (EipDocument e : eips) {
                if (e.ipBandwidth() != null) {
                    service.capEip(scope, d.id(), e.id(), e.ipBandwidth());
                }
            }
        });
    }
}
