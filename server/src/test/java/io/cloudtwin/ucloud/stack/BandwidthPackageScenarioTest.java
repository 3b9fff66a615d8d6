package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.AllocateEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.AllocateShareBandwidthResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateBandwidthPackageResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeBandwidthPackageResponse;
import io.cloudtwin.ucloud.stack.StackApi.UnetBandwidthPackageSet;

/**
 * UNet bandwidth packages as the CLI's `ucloud bw pkg create|list|delete` drive them (CreateBandwidthPackage with
 * EIPId, Bandwidth, EnableTime and TimeRange in seconds; DescribeBandwidthPackage with Offset and Limit;
 * DeleteBandwidthPackage), decoded strictly into the SDK's models; then UNet's rules for an EIP with one (4223 on
 * release, 4516 on joining a share bandwidth), a package past its end, and the state round trip.
 */
class BandwidthPackageScenarioTest extends StackScenario {
    private static final int DAY = 86_400;

    private String eip() throws Exception {
        return call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "BGP", "Bandwidth", 2, "PayMode",
                "Bandwidth", "ChargeType", "Dynamic").eipSet.get(0).eipId;
    }

    private String create(String eip, int mbps, long enableTime, int timeRange) throws Exception {
        return call(CreateBandwidthPackageResponse.class, "CreateBandwidthPackage", "EIPId", eip, "Bandwidth", mbps,
                "EnableTime", enableTime, "TimeRange", timeRange).bandwidthPackageId;
    }

    private DescribeBandwidthPackageResponse list() throws Exception {
        return call(DescribeBandwidthPackageResponse.class, "DescribeBandwidthPackage", "Offset", 0, "Limit", 50);
    }

    private List<String> listed() throws Exception {
        return list().dataSets.stream().map(p -> p.bandwidthPackageId).toList();
    }

    @Test
    void theClisPackageIsMadeListedAndDeleted() throws Exception {
        String eip = eip();
        long start = Instant.now().getEpochSecond() + 600;
        String id = create(eip, 20, start, DAY);
        assertThat(id).matches("bwpack-[a-z0-9]{8}");

        DescribeBandwidthPackageResponse read = list();
        assertThat(read.totalCount).isEqualTo(1);
        UnetBandwidthPackageSet p = read.dataSets.get(0);
        assertThat(List.of(p.bandwidthPackageId, p.eipId)).containsExactly(id, eip);
        assertThat(p.bandwidth).isEqualTo(20);
        assertThat(p.enableTime).isEqualTo((int) start);
        assertThat(p.disableTime).isEqualTo((int) start + DAY);
        assertThat(p.createTime).isPositive();
        assertThat(p.eipAddr).singleElement().satisfies(a -> {
            assertThat(a.ip).isEqualTo(eipAddress(eip));
            assertThat(a.operatorName).isEqualTo("BGP");
        });

        // an EIP with a package neither goes nor joins a share bandwidth
        refused(4223, "ReleaseEIP", "EIPId", eip);
        String share = call(AllocateShareBandwidthResponse.class, "AllocateShareBandwidth", "Name", "s", "ChargeType",
                "Month", "ShareBandwidth", 20).shareBandwidthId;
        refused(4516, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", eip);

        call(AnyResponse.class, "DeleteBandwidthPackage", "BandwidthPackageId", id);
        assertThat(list().dataSets).isEmpty();
        refused(4451, "DeleteBandwidthPackage", "BandwidthPackageId", id);
        call(AnyResponse.class, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", eip);
        call(AnyResponse.class, "DisassociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", eip,
                "Bandwidth", 2);
        call(AnyResponse.class, "ReleaseEIP", "EIPId", eip);
    }

    @Test
    void theRulesOfAPackage() throws Exception {
        String eip = eip();
        long now = Instant.now().getEpochSecond();
        refused(230, "CreateBandwidthPackage", "EIPId", eip, "Bandwidth", 1, "TimeRange", DAY);
        refused(230, "CreateBandwidthPackage", "EIPId", eip, "Bandwidth", 801, "TimeRange", DAY);
        refused(230, "CreateBandwidthPackage", "EIPId", eip, "Bandwidth", 20, "TimeRange", 0);
        refused(220, "CreateBandwidthPackage", "EIPId", eip, "Bandwidth", 20);
        refused(4210, "CreateBandwidthPackage", "EIPId", "eip-missing", "Bandwidth", 20, "TimeRange", DAY);
        assertThat(list().dataSets).isEmpty();

        // without EnableTime it starts now; two packages of one EIP stand side by side
        String now1 = call(CreateBandwidthPackageResponse.class, "CreateBandwidthPackage", "EIPId", eip, "Bandwidth",
                10, "TimeRange", 3600).bandwidthPackageId;
        String later = create(eip, 30, now + DAY, DAY);
        UnetBandwidthPackageSet first = list().dataSets.get(0);
        assertThat(first.bandwidthPackageId).isEqualTo(now1);
        assertThat(first.disableTime - first.enableTime).isEqualTo(3600);
        assertThat(first.enableTime).isBetween((int) now - 5, (int) now + 60);
        assertThat(listed()).containsExactly(now1, later);
        // paging: Offset and Limit over the live packages, TotalCount all of them
        DescribeBandwidthPackageResponse second = call(DescribeBandwidthPackageResponse.class,
                "DescribeBandwidthPackage", "Offset", 1, "Limit", 1);
        assertThat(second.totalCount).isEqualTo(2);
        assertThat(second.dataSets).extracting(p -> p.bandwidthPackageId).containsExactly(later);
    }

    @Test
    void aPackagePastItsEndIsGone() throws Exception {
        String eip = eip();
        long twoHoursAgo = Instant.now().getEpochSecond() - 7200;
        String ended = create(eip, 20, twoHoursAgo, 3600);
        assertThat(listed()).doesNotContain(ended);
        refused(4451, "DeleteBandwidthPackage", "BandwidthPackageId", ended);
        // nothing holds the EIP: it joins a share bandwidth, and goes
        String share = call(AllocateShareBandwidthResponse.class, "AllocateShareBandwidth", "Name", "s", "ChargeType",
                "Month", "ShareBandwidth", 20).shareBandwidthId;
        call(AnyResponse.class, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", eip);
        call(AnyResponse.class, "ReleaseEIP", "EIPId", eip);
    }

    @Test
    void packagesRoundTripTheState() throws Exception {
        String eip = eip();
        long start = Instant.now().getEpochSecond() + 60;
        String id = create(eip, 40, start, DAY);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(listed()).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        UnetBandwidthPackageSet after = list().dataSets.get(0);
        assertThat(List.of(after.bandwidthPackageId, after.eipId)).containsExactly(id, eip);
        assertThat(List.of(after.bandwidth, after.enableTime, after.disableTime))
                .containsExactly(40, (int) start, (int) start + DAY);
        refused(4223, "ReleaseEIP", "EIPId", eip);
    }
}
