package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.vpc.model.v20160428.AllocateEipSegmentAddressRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeEipSegmentRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipSegmentResponse;
import com.aliyuncs.vpc.model.v20160428.ReleaseEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.ReleaseEipSegmentAddressRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.core.Cidr;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_eip_segment_address through the classic VPC SDK, in the provider's order:
 * AllocateEipSegmentAddress (with a ClientToken), DescribeEipSegment by SegmentInstanceId until Allocated, the
 * segment's EIPs listed by DescribeEipAddresses SegmentInstanceId, ReleaseEipSegmentAddress and DescribeEipSegment
 * until it lists nothing; the refusals that keep every EIP of a segment (all or none), another account's view, a
 * release racing an EIP's joining of a common bandwidth package, and the state round trip.
 */
class EipSegmentTest extends ServerTestBase {
    private ClassicSdk vpc;
    private AliyunApi raw;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
        raw = new AliyunApi(port);
    }

    private String allocate(String mask, String token) throws Exception {
        AllocateEipSegmentAddressRequest a = new AllocateEipSegmentAddressRequest();
        a.setEipMask(mask);
        a.setBandwidth("10");
        a.setInternetChargeType("PayByTraffic");
        a.setIsp("BGP");
        a.setNetmode("public");
        a.setClientToken(token);
        return vpc.call(a).getEipSegmentInstanceId();
    }

    private List<DescribeEipSegmentResponse.EipSegment> segments(ClassicSdk sdk, String id) throws Exception {
        DescribeEipSegmentRequest d = new DescribeEipSegmentRequest();
        d.setSegmentInstanceId(id);
        return sdk.call(d).getEipSegments();
    }

    private List<DescribeEipAddressesResponse.EipAddress> eips(String segment) throws Exception {
        DescribeEipAddressesRequest d = new DescribeEipAddressesRequest();
        d.setSegmentInstanceId(segment);
        d.setPageSize(50);
        return vpc.call(d).getEipAddresses();
    }

    private ReleaseEipSegmentAddressRequest release(String id) {
        ReleaseEipSegmentAddressRequest r = new ReleaseEipSegmentAddressRequest();
        r.setSegmentInstanceId(id);
        return r;
    }

    @Test
    void theProvidersCallsAllocateReadAndReleaseASegment() throws Exception {
        String id = allocate("28", "segment-once");
        assertThat(id).startsWith("eipsg-");
        assertThat(allocate("28", "segment-once")).as("the same ClientToken answers the same segment").isEqualTo(id);
        var s = segments(vpc, id);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).getInstanceId()).isEqualTo(id);
        assertThat(s.get(0).getStatus()).isEqualTo("Allocated");
        assertThat(s.get(0).getIpCount()).isEqualTo("16");
        assertThat(s.get(0).getRegionId()).isEqualTo(REGION);
        assertThat(s.get(0).getCreationTime()).isNotEmpty();
        Cidr block = Cidr.parse(s.get(0).getSegment());
        assertThat(block.prefix()).isEqualTo(28);
        var members = eips(id);
        assertThat(members).hasSize(16).allSatisfy(e -> {
            assertThat(e.getSegmentInstanceId()).isEqualTo(id);
            assertThat(block.contains(Cidr.address(e.getIpAddress()))).isTrue();
            assertThat(e.getBandwidth()).isEqualTo("10");
            assertThat(e.getInternetChargeType()).isEqualTo("PayByTraffic");
            assertThat(e.getStatus()).isEqualTo("Available");
        });
        assertThat(members).extracting(DescribeEipAddressesResponse.EipAddress::getIpAddress).doesNotHaveDuplicates();

        vpc.call(release(id));
        assertThat(segments(vpc, id)).as("the provider waits for the segment to be gone").isEmpty();
        assertThat(eips(id)).isEmpty();
        assertThat(vpc.refusal(release(id))).isEqualTo("OperationFailed.InstanceNotExist");
    }

    @Test
    void aSegmentsEipsGoWithItOrNotAtAll() throws Exception {
        String id = allocate("27", "segment-kept");
        var members = eips(id);
        assertThat(members).hasSize(32);
        ReleaseEipAddressRequest one = new ReleaseEipAddressRequest();
        one.setAllocationId(members.get(3).getAllocationId());
        assertThat(vpc.refusal(one)).isEqualTo("Forbidden.ReleaseSegmentEip");

        raw.vpc("DeletionProtection", "RegionId", REGION, "Type", "EIP", "InstanceId",
                members.get(31).getAllocationId(), "ProtectionEnable", "true");
        assertThat(vpc.refusal(release(id))).isEqualTo("InvalidOperation.DeletionProtection");
        assertThat(eips(id)).as("nothing released").hasSize(32);
        raw.vpc("DeletionProtection", "RegionId", REGION, "Type", "EIP", "InstanceId",
                members.get(31).getAllocationId(), "ProtectionEnable", "false");

        String pkg = raw.vpc("CreateCommonBandwidthPackage", "RegionId", REGION, "Bandwidth", "10")
                .path("BandwidthPackageId").asString();
        raw.vpc("AddCommonBandwidthPackageIp", "RegionId", REGION, "BandwidthPackageId", pkg, "IpInstanceId",
                members.get(0).getAllocationId());
        assertThat(vpc.refusal(release(id))).isEqualTo("OperationFailed.EipInBwp");
        assertThat(eips(id)).hasSize(32);
        raw.vpc("RemoveCommonBandwidthPackageIp", "RegionId", REGION, "BandwidthPackageId", pkg, "IpInstanceId",
                members.get(0).getAllocationId());
        vpc.call(release(id));
        assertThat(eips(id)).isEmpty();
    }

    @Test
    void theRefusalsOfAnAllocation() {
        assertThat(code("EipMask", "23")).isEqualTo("QueryParameter.Illegal");
        assertThat(code("EipMask", "28", "Netmode", "private")).isEqualTo("QueryParameter.Illegal");
        assertThat(code("EipMask", "28", "Isp", "Satellite")).isEqualTo("QueryParameter.Illegal");
        assertThat(code("EipMask", "28", "InternetChargeType", "PayByHour")).isEqualTo("InvalidParameter");
        assertThat(code("EipMask", "28", "Bandwidth", "0")).isEqualTo("InvalidBandwidth.Malformed");
        assertThat(code("EipMask", "28", "Zone", "cn-nowhere-z")).isEqualTo("IllegalParam.Zone");
        assertThat(raw.vpc("DescribeEipSegment", "RegionId", REGION).path("TotalCount").asInt())
                .as("no refusal made a segment").isZero();
    }

    private String code(String... params) {
        List<String> all = new ArrayList<>(List.of("RegionId", REGION));
        all.addAll(List.of(params));
        return raw.refusal(AliyunSpecs.VPC, "AllocateEipSegmentAddress", all.toArray(String[]::new));
    }

    @Test
    void anotherAccountNeitherSeesNorReleasesASegment() throws Exception {
        String id = allocate("28", "segment-mine");
        ClassicSdk other = new ClassicSdk(endpoint(), "other-ak", "other-secret");
        assertThat(segments(other, id)).isEmpty();
        assertThat(other.refusal(release(id))).isEqualTo("OperationFailed.InstanceNotExist");
        assertThat(eips(id)).hasSize(16);
    }

    @Test
    void aReleaseRacingAnEipJoiningABandwidthPackageLeavesOneOutcome() throws Exception {
        String id = allocate("28", "segment-race");
        String member = eips(id).get(5).getAllocationId();
        String pkg = raw.vpc("CreateCommonBandwidthPackage", "RegionId", REGION, "Bandwidth", "10")
                .path("BandwidthPackageId").asString();
        Future<String> released = racing().submit(() -> ClassicSdk.outcome(() -> vpc.call(release(id))));
        Future<String> added = racing().submit(() -> raw.outcome(AliyunSpecs.VPC, "AddCommonBandwidthPackageIp",
                "RegionId", REGION, "BandwidthPackageId", pkg, "IpInstanceId", member));
        List<String> outcomes = List.of(released.get(), added.get());
        if (outcomes.get(0).equals("ok")) {
            assertThat(outcomes.get(1)).as("the EIP went with its segment").isNotEqualTo("ok");
            assertThat(eips(id)).isEmpty();
        } else {
            assertThat(outcomes).containsExactly("OperationFailed.EipInBwp", "ok");
            assertThat(eips(id)).hasSize(16);
        }
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = allocate("28", "segment-state");
        List<String> addresses = eips(id).stream().map(DescribeEipAddressesResponse.EipAddress::getIpAddress).toList();
        String segment = segments(vpc, id).get(0).getSegment();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(segments(vpc, id)).extracting(DescribeEipSegmentResponse.EipSegment::getSegment)
                .containsExactly(segment);
        assertThat(eips(id)).extracting(DescribeEipAddressesResponse.EipAddress::getIpAddress)
                .containsExactlyInAnyOrderElementsOf(addresses);
        vpc.call(release(id));
        assertThat(eips(id)).isEmpty();
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String segment(AliyunApi api) {
            return api.vpc("AllocateEipSegmentAddress", "RegionId", REGION, "EipMask", "28")
                    .path("EipSegmentInstanceId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("AllocateEipSegmentAddress", api -> AliyunApi.params("RegionId", REGION, "EipMask", "28",
                    "Bandwidth", "5", "Isp", "BGP"))
                    .fails("QueryParameter.Illegal", api -> AliyunApi.params("RegionId", REGION, "EipMask", "99"));
            r.vpc("DescribeEipSegment", api -> AliyunApi.params("RegionId", REGION, "SegmentInstanceId",
                    segment(api)));
            r.vpc("ReleaseEipSegmentAddress", api -> AliyunApi.params("RegionId", REGION, "SegmentInstanceId",
                    segment(api)))
                    .fails("OperationFailed.InstanceNotExist", api -> AliyunApi.params("RegionId", REGION,
                            "SegmentInstanceId", "eipsg-nothere"));
        }
    }
}
