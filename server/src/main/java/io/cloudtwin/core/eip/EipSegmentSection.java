package io.cloudtwin.core.eip;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "eipSegments" of the state document: segments of contiguous EIPs, before the EIPs that name them. */
@Section(name = "eipSegments", order = 64)
record EipSegmentSection(EipSegmentStore store, EipSegmentService segments)
        implements StateSection.Rows<EipSegmentSection.Document, EipSegment> {
    public record Document(String cloud, String account, String region, String project, String id, String segment,
                           String zone) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "EIP segment", store::exists, scope -> segments.create(scope, d.id(),
                Fixtures.required(d.segment(), "segment of EIP segment " + d.id()), Fixtures.text(d.zone())));
    }
}
