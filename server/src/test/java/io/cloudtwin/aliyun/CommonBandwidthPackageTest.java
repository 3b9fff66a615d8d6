package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.AddCommonBandwidthPackageIpRequest;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.CancelCommonBandwidthPackageIpBandwidthRequest;
import com.aliyuncs.vpc.model.v20160428.CreateCommonBandwidthPackageRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteCommonBandwidthPackageRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeCommonBandwidthPackagesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeCommonBandwidthPackagesResponse.CommonBandwidthPackage;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesResponse;
import com.aliyuncs.vpc.model.v20160428.ListTagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyCommonBandwidthPackageAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyCommonBandwidthPackageIpBandwidthRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyCommonBandwidthPackageSpecRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyEipAddressAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.ReleaseEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.RemoveCommonBandwidthPackageIpRequest;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_common_bandwidth_package and alicloud_common_bandwidth_package_attachment in the provider's
 * order (create -> wait for Status Available -> TagResources COMMONBANDWIDTHPACKAGE -> read -> modify name and spec;
 * AddCommonBandwidthPackageIp -> read the package's PublicIpAddresses and the EIP's bandwidth fields ->
 * ModifyCommonBandwidthPackageIpBandwidth / Cancel... -> RemoveCommonBandwidthPackageIp, whose
 * OperationUnsupported.IpNotInCbwp the provider takes for "gone" -> DeleteCommonBandwidthPackage), through the classic
 * VPC SDK; then the rules, a race of two packages for one EIP, and the state round trip.
 */
class CommonBandwidthPackageTest extends ServerTestBase {
    private IAcsClient vpc;

    @BeforeEach
    void clients() {
        vpc = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }

    private String pkg() throws ClientException {
        return create("another", 10);
    }

    private String create(String name, int mbps) throws ClientException {
        CreateCommonBandwidthPackageRequest c = local(new CreateCommonBandwidthPackageRequest());
        c.setBandwidth(mbps);
        c.setName(name);
        c.setInternetChargeType("PayByBandwidth");
        c.setISP("BGP");
        return vpc.getAcsResponse(c).getBandwidthPackageId();
    }

    private List<CommonBandwidthPackage> read(String id) throws ClientException {
        DescribeCommonBandwidthPackagesRequest d = local(new DescribeCommonBandwidthPackagesRequest());
        d.setBandwidthPackageId(id);
        return vpc.getAcsResponse(d).getCommonBandwidthPackages();
    }

    private String eip() throws ClientException {
        AllocateEipAddressRequest a = local(new AllocateEipAddressRequest());
        a.setBandwidth("5");
        return vpc.getAcsResponse(a).getAllocationId();
    }

    private DescribeEipAddressesResponse.EipAddress eipOf(String id) throws ClientException {
        DescribeEipAddressesRequest d = local(new DescribeEipAddressesRequest());
        d.setAllocationId(id);
        return vpc.getAcsResponse(d).getEipAddresses().get(0);
    }

    private void add(String pkg, String eip) throws ClientException {
        AddCommonBandwidthPackageIpRequest a = local(new AddCommonBandwidthPackageIpRequest());
        a.setBandwidthPackageId(pkg);
        a.setIpInstanceId(eip);
        a.setIpType("EIP");
        vpc.getAcsResponse(a);
    }

    private void remove(String pkg, String eip) throws ClientException {
        RemoveCommonBandwidthPackageIpRequest r = local(new RemoveCommonBandwidthPackageIpRequest());
        r.setBandwidthPackageId(pkg);
        r.setIpInstanceId(eip);
        vpc.getAcsResponse(r);
    }

    private void delete(String pkg, String force) throws ClientException {
        DeleteCommonBandwidthPackageRequest d = local(new DeleteCommonBandwidthPackageRequest());
        d.setBandwidthPackageId(pkg);
        d.setForce(force);
        vpc.getAcsResponse(d);
    }

    @Test
    void packageAndAttachmentTheProvidersWay() throws Exception {
        String pkg = create("tf-cbwp", 10);
        assertThat(pkg).startsWith("cbwp-");
        TagResourcesRequest tag = local(new TagResourcesRequest());
        tag.setResourceType("COMMONBANDWIDTHPACKAGE");
        tag.setResourceIds(List.of(pkg));
        TagResourcesRequest.Tag t = new TagResourcesRequest.Tag();
        t.setKey("env");
        t.setValue("test");
        tag.setTags(List.of(t));
        vpc.getAcsResponse(tag);
        assertThat(read(pkg)).singleElement().satisfies(p -> {
            assertThat(List.of(p.getStatus(), p.getName(), p.getBandwidth(), p.getInternetChargeType(), p.getISP(),
                    p.getRegionId(), p.getInstanceChargeType())).containsExactly("Available", "tf-cbwp", "10",
                    "PayByBandwidth", "BGP", REGION, "PostPaid");
            assertThat(p.getPublicIpAddresses()).isEmpty();
        });
        ListTagResourcesRequest tags = local(new ListTagResourcesRequest());
        tags.setResourceType("COMMONBANDWIDTHPACKAGE");
        tags.setResourceIds(List.of(pkg));
        assertThat(vpc.getAcsResponse(tags).getTagResources()).singleElement()
                .satisfies(x -> assertThat(x.getTagValue()).isEqualTo("test"));

        ModifyCommonBandwidthPackageAttributeRequest rename = local(new ModifyCommonBandwidthPackageAttributeRequest());
        rename.setBandwidthPackageId(pkg);
        rename.setName("renamed");
        rename.setDescription("shared by the web tier");
        vpc.getAcsResponse(rename);
        ModifyCommonBandwidthPackageSpecRequest spec = local(new ModifyCommonBandwidthPackageSpecRequest());
        spec.setBandwidthPackageId(pkg);
        spec.setBandwidth("20");
        vpc.getAcsResponse(spec);
        assertThat(read(pkg).get(0).getName()).isEqualTo("renamed");
        assertThat(read(pkg).get(0).getBandwidth()).isEqualTo("20");

        // the attachment
        String eip = eip();
        add(pkg, eip);
        assertThat(read(pkg).get(0).getPublicIpAddresses()).singleElement().satisfies(p -> {
            assertThat(p.getAllocationId()).isEqualTo(eip);
            assertThat(p.getBandwidthPackageIpRelationStatus()).isEqualTo("BINDED");
        });
        var in = eipOf(eip);
        assertThat(List.of(in.getBandwidthPackageId(), in.getBandwidthPackageType(), in.getBandwidthPackageBandwidth(),
                in.getBandwidth(), in.getEipBandwidth())).containsExactly(pkg, "CommonBandwidthPackage", "20", "20", "5");
        ModifyCommonBandwidthPackageIpBandwidthRequest cap = local(new ModifyCommonBandwidthPackageIpBandwidthRequest());
        cap.setBandwidthPackageId(pkg);
        cap.setEipId(eip);
        cap.setBandwidth("8");
        vpc.getAcsResponse(cap);
        assertThat(eipOf(eip).getBandwidth()).isEqualTo("8");
        cap.setBandwidth("30");
        assertThat(code(() -> vpc.getAcsResponse(cap))).isEqualTo("InvalidParameter");
        CancelCommonBandwidthPackageIpBandwidthRequest cancel = local(new CancelCommonBandwidthPackageIpBandwidthRequest());
        cancel.setBandwidthPackageId(pkg);
        cancel.setEipId(eip);
        vpc.getAcsResponse(cancel);
        assertThat(eipOf(eip).getBandwidth()).isEqualTo("20");

        // an EIP in a package keeps no bandwidth of its own to change, and is in one package at a time
        ModifyEipAddressAttributeRequest own = local(new ModifyEipAddressAttributeRequest());
        own.setAllocationId(eip);
        own.setBandwidth("10");
        assertThat(code(() -> vpc.getAcsResponse(own))).isEqualTo("Forbidden.InCommonBandwidthPackage");
        assertThat(code(() -> { add(pkg, eip); return null; })).isEqualTo("IpInstanceId.AlreadyInBandwidthPackage");
        assertThat(code(() -> { delete(pkg, null); return null; })).isEqualTo("DependencyViolation.Ips");

        remove(pkg, eip);
        var out = eipOf(eip);
        assertThat(List.of(out.getBandwidthPackageId(), out.getBandwidth())).containsExactly("", "5");
        assertThat(code(() -> { remove(pkg, eip); return null; })).isEqualTo("OperationUnsupported.IpNotInCbwp");
        delete(pkg, "false");
        assertThat(read(pkg)).isEmpty();
        assertThat(code(() -> { add(pkg, eip); return null; })).isEqualTo("InvalidBandwidthPackageId.NotFound");
    }

    @Test
    void forceTakesTheEipsOutAndAReleasedEipLeaves() throws Exception {
        String pkg = create("forced", 50);
        String kept = eip();
        String released = eip();
        add(pkg, kept);
        add(pkg, released);
        ReleaseEipAddressRequest release = local(new ReleaseEipAddressRequest());
        release.setAllocationId(released);
        vpc.getAcsResponse(release);
        assertThat(read(pkg).get(0).getPublicIpAddresses()).extracting(p -> p.getAllocationId()).containsExactly(kept);
        assertThat(code(() -> { delete(pkg, "maybe"); return null; })).isEqualTo("InvalidParameter");
        delete(pkg, "true");
        assertThat(read(pkg)).isEmpty();
        assertThat(eipOf(kept).getBandwidthPackageId()).isEmpty();
        assertThat(code(() -> { add(create("unknown-eip", 5), "eip-missing"); return null; }))
                .isEqualTo("InvalidIpInstanceId.NotFound");
        AllocateEipAddressRequest subscription = local(new AllocateEipAddressRequest());
        subscription.setInstanceChargeType("PrePaid");
        String prepaid = vpc.getAcsResponse(subscription).getAllocationId();
        assertThat(code(() -> { add(pkg(), prepaid); return null; })).isEqualTo("IpInstanceId.ChargeType.NotSupport");
        CreateCommonBandwidthPackageRequest bad = local(new CreateCommonBandwidthPackageRequest());
        bad.setBandwidth(10);
        bad.setInternetChargeType("PayByWeek");
        assertThat(code(() -> vpc.getAcsResponse(bad))).isEqualTo("InvalidParameter.InvalidChargeType");
        CreateCommonBandwidthPackageRequest none = local(new CreateCommonBandwidthPackageRequest());
        none.setBandwidth(0);
        assertThat(code(() -> vpc.getAcsResponse(none))).isEqualTo("InvalidParameter.Bandwidth");
    }

    @Test
    void twoPackagesRaceForOneEip() throws Exception {
        String one = create("race-1", 10);
        String two = create("race-2", 10);
        for (int round = 0; round < 5; round++) {
            String eip = eip();
            List<Future<String>> both = new ArrayList<>();
            for (String pkg : List.of(one, two)) {
                both.add(racing().submit(() -> {
                    try {
                        add(pkg, eip);
                        return "ok";
                    } catch (ClientException e) {
                        return e.getErrCode();
                    }
                }));
            }
            List<String> codes = new ArrayList<>();
            for (Future<String> f : both) codes.add(f.get());
            assertThat(codes).containsExactlyInAnyOrder("ok", "IpInstanceId.AlreadyInBandwidthPackage");
        }
        assertThat(read(one).get(0).getPublicIpAddresses().size() + read(two).get(0).getPublicIpAddresses().size())
                .isEqualTo(5);
    }

    @Test
    void packagesRoundTripTheState() throws Exception {
        String pkg = create("kept", 30);
        String eip = eip();
        add(pkg, eip);
        ModifyCommonBandwidthPackageIpBandwidthRequest cap = local(new ModifyCommonBandwidthPackageIpBandwidthRequest());
        cap.setBandwidthPackageId(pkg);
        cap.setEipId(eip);
        cap.setBandwidth("7");
        vpc.getAcsResponse(cap);

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(read(pkg)).isEmpty();
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(read(pkg)).singleElement().satisfies(p -> {
            assertThat(List.of(p.getName(), p.getBandwidth())).containsExactly("kept", "30");
            assertThat(p.getPublicIpAddresses()).extracting(x -> x.getAllocationId()).containsExactly(eip);
        });
        assertThat(eipOf(eip).getBandwidth()).isEqualTo("7");
    }

    /** A conformance recipe for each action: its answer checked against the metadata's schema, its errors' codes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String pkg(AliyunApi api) {
            return api.vpc("CreateCommonBandwidthPackage", "RegionId", REGION, "Bandwidth", "10")
                    .path("BandwidthPackageId").asString();
        }

        private static String eip(AliyunApi api) {
            return api.vpc("AllocateEipAddress", "RegionId", REGION).path("AllocationId").asString();
        }

        /** {a package, an EIP in it}. */
        private static String[] shared(AliyunApi api) {
            String pkg = pkg(api);
            String eip = eip(api);
            api.vpc("AddCommonBandwidthPackageIp", "RegionId", REGION, "BandwidthPackageId", pkg, "IpInstanceId", eip);
            return new String[] {pkg, eip};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateCommonBandwidthPackage", api -> AliyunApi.params("RegionId", REGION, "Bandwidth", "10",
                            "Name", "p", "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("InvalidParameter.Bandwidth", api -> AliyunApi.params("RegionId", REGION, "Bandwidth", "0"))
                    .fails("InvalidParameter.InvalidChargeType", api -> AliyunApi.params("RegionId", REGION,
                            "Bandwidth", "10", "InternetChargeType", "PayByWeek"));
            r.vpc("DescribeCommonBandwidthPackages", api -> AliyunApi.params("RegionId", REGION,
                    "BandwidthPackageId", shared(api)[0]));
            r.vpc("ModifyCommonBandwidthPackageAttribute", api -> AliyunApi.params("RegionId", REGION,
                            "BandwidthPackageId", pkg(api), "Name", "renamed"))
                    .fails("InvalidBandwidthPackageId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "BandwidthPackageId", "cbwp-missing", "Name", "n"));
            r.vpc("ModifyCommonBandwidthPackageSpec", api -> AliyunApi.params("RegionId", REGION,
                            "BandwidthPackageId", pkg(api), "Bandwidth", "20"))
                    .fails("InvalidParameter.Bandwidth", api -> AliyunApi.params("RegionId", REGION,
                            "BandwidthPackageId", pkg(api), "Bandwidth", "0"));
            r.vpc("AddCommonBandwidthPackageIp", api -> AliyunApi.params("RegionId", REGION, "BandwidthPackageId",
                            pkg(api), "IpInstanceId", eip(api), "IpType", "EIP"))
                    .fails("IpInstanceId.AlreadyInBandwidthPackage", api -> AliyunApi.params("RegionId", REGION,
                            "BandwidthPackageId", pkg(api), "IpInstanceId", shared(api)[1]))
                    .fails("InvalidIpInstanceId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "BandwidthPackageId", pkg(api), "IpInstanceId", "eip-missing"));
            r.vpc("AddCommonBandwidthPackageIps", api -> AliyunApi.params("RegionId", REGION, "BandwidthPackageId",
                            pkg(api), "IpInstanceIds.1", eip(api), "IpInstanceIds.2", eip(api)))
                    .fails("IpInstanceId.AlreadyInBandwidthPackage", api -> AliyunApi.params("RegionId", REGION,
                            "BandwidthPackageId", pkg(api), "IpInstanceIds.1", shared(api)[1]));
            r.vpc("RemoveCommonBandwidthPackageIp", api -> {
                String[] s = shared(api);
                return AliyunApi.params("RegionId", REGION, "BandwidthPackageId", s[0], "IpInstanceId", s[1]);
            }).fails("OperationUnsupported.IpNotInCbwp", api -> AliyunApi.params("RegionId", REGION,
                    "BandwidthPackageId", pkg(api), "IpInstanceId", eip(api)));
            r.vpc("ModifyCommonBandwidthPackageIpBandwidth", api -> {
                String[] s = shared(api);
                return AliyunApi.params("RegionId", REGION, "BandwidthPackageId", s[0], "EipId", s[1], "Bandwidth", "5");
            });
            r.vpc("CancelCommonBandwidthPackageIpBandwidth", api -> {
                String[] s = shared(api);
                return AliyunApi.params("RegionId", REGION, "BandwidthPackageId", s[0], "EipId", s[1]);
            });
            r.vpc("DeleteCommonBandwidthPackage", api -> AliyunApi.params("RegionId", REGION, "BandwidthPackageId",
                            shared(api)[0], "Force", "true"))
                    .fails("DependencyViolation.Ips", api -> AliyunApi.params("RegionId", REGION,
                            "BandwidthPackageId", shared(api)[0]));
        }
    }
}
