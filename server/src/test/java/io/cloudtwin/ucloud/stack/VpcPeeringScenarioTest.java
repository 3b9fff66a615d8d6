package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.ucloud.model.SdkCall;
import io.cloudtwin.ucloud.net.StrictClient;
import io.cloudtwin.ucloud.stack.StackApi.DescribeVPCIntercomResponse;
import io.cloudtwin.ucloud.stack.StackApi.VPCIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.VPCIntercomInfo;

/**
 * ucloud_vpc_peering_connection as terraform-provider-ucloud (v1.39.2, resource_ucloud_vpc_peering_connection.go)
 * drives it, through the real UCloud Java client: CreateVPCIntercom with DstRegion and DstProjectId always sent, the
 * wait and the read (DescribeVPCIntercom by VPCId, DstRegion, DstProjectId, found when an element's VPCId is the
 * peer), the destroy loop (DeleteVPCIntercom, then DescribeVPCIntercom until no element matches). In one region and
 * project, across projects and across regions; the rules; two requests racing for them; the state round trip.
 */
class VpcPeeringScenarioTest extends StackScenario {
    /** Peering answers carry the common fields only: a race decodes them strictly, as the whole model. */
    @Override
    Class<? extends Response> raceModel() {
        return Response.class;
    }


    private String vpc(String block, String region, String project) throws Exception {
        return call(VPCIdResponse.class, "CreateVPC", "Region", region, "ProjectId", project, "Name", "vpc-" + block,
                "Network.0", block, "Tag", "Default").vpcId;
    }

    private List<VPCIntercomInfo> describe(String vpc, String dstRegion, String dstProject) throws Exception {
        return call(DescribeVPCIntercomResponse.class, "DescribeVPCIntercom", "VPCId", vpc, "DstRegion", dstRegion,
                "DstProjectId", dstProject).dataSet;
    }

    /** The provider's describeVPCIntercomById: found when some element's VPCId is the peer. */
    private VPCIntercomInfo byPeer(String vpc, String peer, String dstRegion, String dstProject) throws Exception {
        return describe(vpc, dstRegion, dstProject).stream().filter(i -> i.vpcId.equals(peer)).findFirst().orElse(null);
    }

    /** The resource's whole life: create, wait, read, destroy loop, gone. */
    private void peeringLifecycle(String vpc, String peer, String dstRegion, String dstProject) throws Exception {
        call(Response.class, "CreateVPCIntercom", "VPCId", vpc, "DstVPCId", peer, "DstRegion", dstRegion,
                "DstProjectId", dstProject);
        VPCIntercomInfo read = byPeer(vpc, peer, dstRegion, dstProject);
        assertThat(read).isNotNull();
        assertThat(read.dstRegion).isEqualTo(dstRegion);
        assertThat(read.projectId).isEqualTo(dstProject);
        assertThat(read.network).isNotEmpty();
        assertThat(read.vpcType).isEqualTo(1);
        // seen from the other side too, in its own region and project
        assertThat(fromPeer(peer, dstRegion, dstProject)).extracting(i -> i.vpcId).containsExactly(vpc);
        // terraform destroy: DeleteVPCIntercom, then DescribeVPCIntercom until the peer is not listed
        call(Response.class, "DeleteVPCIntercom", "VPCId", vpc, "DstVPCId", peer, "DstRegion", dstRegion,
                "DstProjectId", dstProject);
        assertThat(byPeer(vpc, peer, dstRegion, dstProject)).isNull();
        assertThat(fromPeer(peer, dstRegion, dstProject)).isEmpty();
    }

    private List<VPCIntercomInfo> fromPeer(String peer, String region, String project) throws Exception {
        return call(DescribeVPCIntercomResponse.class, "DescribeVPCIntercom", "Region", region, "ProjectId", project,
                "VPCId", peer).dataSet;
    }

    @Test
    void terraformPeeringConnectionsInOneRegionAcrossProjectsAndRegions() throws Exception {
        String a = vpc("10.1.0.0/16", REGION, "org-default");
        String b = vpc("10.2.0.0/16", REGION, "org-default");
        String c = vpc("10.3.0.0/16", REGION, "org-second");
        String d = vpc("10.4.0.0/16", "hk", "org-default");
        peeringLifecycle(a, b, REGION, "org-default");
        peeringLifecycle(a, c, REGION, "org-second");
        peeringLifecycle(a, d, "hk", "org-default");

        // DstRegion and DstProjectId filter the peers listed
        call(Response.class, "CreateVPCIntercom", "VPCId", a, "DstVPCId", b, "DstRegion", REGION, "DstProjectId",
                "org-default");
        call(Response.class, "CreateVPCIntercom", "VPCId", a, "DstVPCId", d, "DstRegion", "hk", "DstProjectId",
                "org-default");
        assertThat(describe(a, "hk", "org-default")).extracting(i -> i.vpcId).containsExactly(d);
        assertThat(call(DescribeVPCIntercomResponse.class, "DescribeVPCIntercom", "VPCId", a).dataSet)
                .extracting(i -> i.vpcId).containsExactly(b, d);
        VPCIntercomInfo bInfo = describe(a, REGION, "org-default").get(0);
        assertThat(bInfo.name).isEqualTo("vpc-10.2.0.0/16");
        assertThat(bInfo.network).containsExactly("10.2.0.0/16");
        assertThat(bInfo.tag).isEqualTo("Default");

        // a VPC that is peered cannot go; once the peering ends it can
        refused(230, "DeleteVPC", "VPCId", b);
        call(Response.class, "DeleteVPCIntercom", "VPCId", b, "DstVPCId", a, "DstRegion", REGION, "DstProjectId",
                "org-default");
        call(Response.class, "DeleteVPC", "VPCId", b);
    }

    @Test
    void theRulesAndTheNotFoundCodes() throws Exception {
        String a = vpc("10.1.0.0/16", REGION, "org-default");
        String overlapping = vpc("10.1.128.0/17", REGION, "org-default");
        String b = vpc("10.2.0.0/16", REGION, "org-default");
        refused(230, "CreateVPCIntercom", "VPCId", a, "DstVPCId", overlapping, "DstRegion", REGION);
        refused(230, "CreateVPCIntercom", "VPCId", a, "DstVPCId", a);
        refused(230, "CreateVPCIntercom", "VPCId", a, "DstVPCId", "uvnet-nothere0");
        refused(230, "CreateVPCIntercom", "VPCId", a, "DstVPCId", b, "DstRegion", "hk");
        refused(230, "CreateVPCIntercom", "VPCId", a, "DstVPCId", b, "DstProjectId", "org-second");
        refused(220, "CreateVPCIntercom", "VPCId", a);
        call(Response.class, "CreateVPCIntercom", "VPCId", a, "DstVPCId", b);
        refused(230, "CreateVPCIntercom", "VPCId", a, "DstVPCId", b);
        refused(230, "CreateVPCIntercom", "VPCId", b, "DstVPCId", a);
        // not found as the provider reads it: 58103 for an unknown VPC and for a peering that is not there
        refused(58103, "DescribeVPCIntercom", "VPCId", "uvnet-nothere0");
        refused(58103, "DeleteVPCIntercom", "VPCId", a, "DstVPCId", overlapping);
        assertThat(describe(overlapping, REGION, "org-default")).isEmpty();
        // another account's caller sees none of it
        StrictClient other = new StrictClient(baseUrl(), REGION, "other-public", "other-private");
        RetCodeException e = other.refused(new SdkCall("DescribeVPCIntercom", "VPCId", a), 58103);
        assertThat(e.getRetCode()).isEqualTo(58103);
    }

    @Test
    void oneVpcPairAskedFromBothSidesAtOnceIsPeeredOnce() throws Exception {
        for (int round = 0; round < 8; round++) {
            String a = vpc("10." + (2 * round + 1) + ".0.0/16", REGION, "org-default");
            String b = vpc("10." + (2 * round + 2) + ".0.0/16", REGION, "org-default");
            int[] codes = race(() -> retCode("CreateVPCIntercom", "VPCId", a, "DstVPCId", b),
                    () -> retCode("CreateVPCIntercom", "VPCId", b, "DstVPCId", a));
            assertThat(codes).containsExactlyInAnyOrder(0, 230);
            assertThat(describe(a, REGION, "org-default")).hasSize(1);
        }
    }

    @Test
    void aPeeringAndTheDeletionOfItsPeerRaceAndOneWins() throws Exception {
        String a = vpc("10.100.0.0/16", REGION, "org-default");
        for (int round = 0; round < 8; round++) {
            String b = vpc("10." + (round + 1) + ".0.0/16", REGION, "org-default");
            int[] codes = race(() -> retCode("CreateVPCIntercom", "VPCId", a, "DstVPCId", b),
                    () -> retCode("DeleteVPC", "VPCId", b));
            if (codes[0] == 0) {
                assertThat(codes[1]).as("a peered VPC stays").isEqualTo(230);
                call(Response.class, "DeleteVPCIntercom", "VPCId", a, "DstVPCId", b);
            } else {
                assertThat(codes).containsExactly(230, 0);
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM vpc_peering").query(Integer.class).single()).isZero();
        }
    }

    @Test
    void peeringsSurviveAStateRoundTrip() throws Exception {
        String a = vpc("10.1.0.0/16", REGION, "org-default");
        String d = vpc("10.4.0.0/16", "hk", "org-second");
        call(Response.class, "CreateVPCIntercom", "VPCId", a, "DstVPCId", d, "DstRegion", "hk", "DstProjectId",
                "org-second");
        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        assertThat(exported.get("vpcPeerings")).singleElement().satisfies(p -> {
            assertThat(p.get("vpcId").asString()).isEqualTo(a);
            assertThat(p.get("peerRegion").asString()).isEqualTo("hk");
            assertThat(p.get("peerProject").asString()).isEqualTo("org-second");
        });
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);
        assertThat(byPeer(a, d, "hk", "org-second")).isNotNull();
        assertThat(JSON.readTree(admin("GET", "/_cloudtwin/state", null).body()).get("vpcPeerings"))
                .isEqualTo(exported.get("vpcPeerings"));
    }
}
