package io.cloudtwin.core.network;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "ipv6InternetBandwidths" of the state document, given again through Ipv6InternetService as
 * AllocateIpv6InternetBandwidth gives them: after the IPv6 addresses (secondaryPrivateIps), which keep their ids.
 */
@Section(name = "ipv6InternetBandwidths", order = 63)
record Ipv6InternetSection(Ipv6BandwidthStore store, Ipv6InternetService internet)
        implements StateSection.Rows<Ipv6InternetSection.Document, Ipv6Bandwidth> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String ipv6AddressId, String ipv6GatewayId, int bandwidth, String internetChargeType) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "IPv6 bandwidth", store::exists, scope -> {
            if (d.bandwidth() < 1) throw new InvalidFixture("IPv6 bandwidth " + d.id() + ": bandwidth must be 1 Mbps or more");
            internet.allocate(scope, d.id(), Fixtures.required(d.ipv6AddressId(), "ipv6AddressId of IPv6 bandwidth " + d.id()),
                    Fixtures.required(d.ipv6GatewayId(), "ipv6GatewayId of IPv6 bandwidth " + d.id()), d.bandwidth(),
                    Fixtures.required(d.internetChargeType(), "internetChargeType of IPv6 bandwidth " + d.id()));
        });
    }
}
