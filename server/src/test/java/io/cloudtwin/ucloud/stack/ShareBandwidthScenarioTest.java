package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.AllocateEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.AllocateShareBandwidthResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeShareBandwidthResponse;
import io.cloudtwin.ucloud.stack.StackApi.UnetEIPSet;
import io.cloudtwin.ucloud.stack.StackApi.UnetShareBandwidthSet;

/**
 * UNet share bandwidth as ucloud_eip (share_bandwidth_package_id: AllocateEIP with PayMode ShareBandwidth, then
 * AssociateEIPWithShareBandwidth / DisassociateEIPWithShareBandwidth when it changes) and the CLI's shared bandwidth
 * commands drive it, decoded strictly into the SDK's models; then the rules (one share bandwidth per EIP, the ranges,
 * an EIP in one keeps no bandwidth of its own), a race of two associations, and the state round trip.
 */
class ShareBandwidthScenarioTest extends StackScenario {
    private String share(String name, int mbps) throws Exception {
        return call(AllocateShareBandwidthResponse.class, "AllocateShareBandwidth", "Name", name, "ChargeType",
                "Month", "ShareBandwidth", mbps).shareBandwidthId;
    }

    private String eip(int mbps) throws Exception {
        return call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "BGP", "Bandwidth", mbps, "PayMode",
                "Bandwidth", "ChargeType", "Dynamic").eipSet.get(0).eipId;
    }

    private UnetEIPSet describeEip(String id) throws Exception {
        return call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", id).eipSet.get(0);
    }

    private List<UnetShareBandwidthSet> describe(String id) throws Exception {
        return call(DescribeShareBandwidthResponse.class, "DescribeShareBandwidth", "ShareBandwidthIds.0", id).dataSet;
    }

    @Test
    void eipsShareABandwidthAndLeaveItWithTheirOwn() throws Exception {
        String share = share("shared-web", 20);
        assertThat(share).startsWith("bwshare-");
        String a = eip(2);
        String b = eip(3);
        call(AnyResponse.class, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", a,
                "EIPIds.1", b);

        UnetShareBandwidthSet read = describe(share).get(0);
        assertThat(List.of(read.name, read.chargeType, read.ipVersion)).containsExactly("shared-web", "Month", "IPv4");
        assertThat(read.shareBandwidth).isEqualTo(20);
        assertThat(read.eipSet).extracting(e -> e.eipId).containsExactlyInAnyOrder(a, b);
        assertThat(read.eipSet).allSatisfy(e -> {
            assertThat(e.bandwidth).isEqualTo(20);
            assertThat(e.eipAddr.get(0).ip).isEqualTo(eipAddress(e.eipId));
        });
        UnetEIPSet inIt = describeEip(a);
        assertThat(List.of(inIt.payMode, inIt.shareBandwidthSet.shareBandwidthId, inIt.shareBandwidthSet.shareBandwidthName))
                .containsExactly("ShareBandwidth", share, "shared-web");
        assertThat(List.of(inIt.bandwidthType, inIt.bandwidth, inIt.shareBandwidthSet.shareBandwidth))
                .containsExactly(1, 20, 20);

        // an EIP in a share bandwidth has no bandwidth or pay mode of its own to change
        refused(4216, "ModifyEIPBandwidth", "EIPId", a, "Bandwidth", 5);
        refused(4216, "SetEIPPayMode", "EIPId", a, "PayMode", "Traffic", "Bandwidth", 5);
        call(AnyResponse.class, "ResizeShareBandwidth", "ShareBandwidthId", share, "ShareBandwidth", 50);
        assertThat(describeEip(b).bandwidth).isEqualTo(50);

        call(AnyResponse.class, "DisassociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", a,
                "Bandwidth", 3, "PayMode", "Traffic");
        UnetEIPSet left = describeEip(a);
        assertThat(List.of(left.payMode, left.bandwidth, left.bandwidthType)).containsExactly("Traffic", 3, 0);
        assertThat(left.shareBandwidthSet).isNull();
        refused(4517, "DisassociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", a, "Bandwidth", 3);
        assertThat(describe(share).get(0).eipSet).extracting(e -> e.eipId).containsExactly(b);

        // AllocateEIP into the share bandwidth: Bandwidth 0 there, else 4002
        String c = call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "BGP", "Bandwidth", 0, "PayMode",
                "ShareBandwidth", "ShareBandwidthId", share).eipSet.get(0).eipId;
        assertThat(describeEip(c).payMode).isEqualTo("ShareBandwidth");
        refused(4002, "AllocateEIP", "OperatorName", "BGP", "Bandwidth", 5, "PayMode", "ShareBandwidth",
                "ShareBandwidthId", share);
        refused(4210, "AllocateEIP", "OperatorName", "BGP", "Bandwidth", 0, "PayMode", "ShareBandwidth",
                "ShareBandwidthId", "bwshare-missing");

        // releasing it takes every EIP out with EIPBandwidth
        call(AnyResponse.class, "ReleaseShareBandwidth", "ShareBandwidthId", share, "EIPBandwidth", 4);
        assertThat(describe(share)).isEmpty();
        for (String e : List.of(b, c)) {
            UnetEIPSet back = describeEip(e);
            assertThat(List.of(back.payMode, back.bandwidth, back.bandwidthType)).containsExactly("Bandwidth", 4, 0);
        }
        refused(4210, "ResizeShareBandwidth", "ShareBandwidthId", share, "ShareBandwidth", 30);
    }

    @Test
    void theRulesOfAShareBandwidth() throws Exception {
        refused(4513, "AllocateShareBandwidth", "Name", "small", "ChargeType", "Month", "ShareBandwidth", 10);
        refused(4514, "AllocateShareBandwidth", "Name", "big", "ChargeType", "Month", "ShareBandwidth", 6000);
        refused(230, "AllocateShareBandwidth", "Name", "odd", "ChargeType", "Weekly", "ShareBandwidth", 20);
        String one = share("one", 20);
        String two = share("two", 30);
        // Resize's documented range (20..5000) is checked with its other parameters
        refused(230, "ResizeShareBandwidth", "ShareBandwidthId", one, "ShareBandwidth", 19);
        String e = eip(2);
        call(AnyResponse.class, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", one, "EIPIds.0", e);
        refused(230, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", two, "EIPIds.0", e);
        refused(230, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", one, "EIPIds.0", e);
        // all or none: an unknown EIP beside a free one adds neither
        String free = eip(2);
        refused(4210, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", two, "EIPIds.0", free, "EIPIds.1",
                "eip-missing");
        assertThat(describe(two).get(0).eipSet).isEmpty();
        // without EIPIds, every EIP of it leaves
        call(AnyResponse.class, "DisassociateEIPWithShareBandwidth", "ShareBandwidthId", one, "Bandwidth", 2);
        assertThat(describe(one).get(0).eipSet).isEmpty();
        // an EIP released while in one is taken out with it
        call(AnyResponse.class, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", two, "EIPIds.0", free);
        call(AnyResponse.class, "ReleaseEIP", "EIPId", free);
        assertThat(describe(two).get(0).eipSet).isEmpty();
        assertThat(call(DescribeShareBandwidthResponse.class, "DescribeShareBandwidth").totalCount)
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void twoShareBandwidthsRaceForOneEip() throws Exception {
        String one = share("race-1", 20);
        String two = share("race-2", 20);
        for (int round = 0; round < 5; round++) {
            String e = eip(2);
            int[] codes = race(
                    () -> retCode("AssociateEIPWithShareBandwidth", "ShareBandwidthId", one, "EIPIds.0", e),
                    () -> retCode("AssociateEIPWithShareBandwidth", "ShareBandwidthId", two, "EIPIds.0", e));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            assertThat(describeEip(e).shareBandwidthSet.shareBandwidthId).isIn(one, two);
        }
        assertThat(describe(one).get(0).eipSet.size() + describe(two).get(0).eipSet.size()).isEqualTo(5);
    }

    @Test
    void shareBandwidthsRoundTripTheState() throws Exception {
        String share = share("kept", 25);
        String e = eip(2);
        call(AnyResponse.class, "AssociateEIPWithShareBandwidth", "ShareBandwidthId", share, "EIPIds.0", e);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);

        UnetShareBandwidthSet after = describe(share).get(0);
        assertThat(List.of(after.name, after.chargeType)).containsExactly("kept", "Month");
        assertThat(after.shareBandwidth).isEqualTo(25);
        assertThat(after.eipSet).extracting(x -> x.eipId).containsExactly(e);
        assertThat(describeEip(e).payMode).isEqualTo("ShareBandwidth");
    }
}
