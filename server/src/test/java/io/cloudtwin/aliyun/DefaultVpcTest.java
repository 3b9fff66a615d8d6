package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesResponse;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * alicloud_vpc and alicloud_vswitch with is_default = true, as the provider makes them (CreateDefaultVpc,
 * CreateDefaultVSwitch by RPC, then the describes it reads IsDefault from): one default VPC a region, 172.16.0.0/12;
 * one default vSwitch a zone, the lowest free /20; DescribeVpcs and DescribeVSwitches filter by IsDefault and answer
 * it; what the API refuses changes nothing; the defaults survive the state round trip and may be made again once
 * deleted.
 */
class DefaultVpcTest extends ServerTestBase {
    private AliyunApi api;
    private ClassicSdk vpc;

    @BeforeEach
    void clients() {
        api = new AliyunApi(port);
        vpc = new ClassicSdk(endpoint());
    }

    private AliyunApi.Reply raw(String action, String... kv) {
        String[] all = new String[kv.length + 2];
        all[0] = "RegionId";
        all[1] = REGION;
        System.arraycopy(kv, 0, all, 2, kv.length);
        return api.send("Vpc", action, "JSON", AliyunApi.params(all));
    }

    private String code(AliyunApi.Reply reply) {
        return reply.tree().path("Code").asString();
    }

    private List<DescribeVpcsResponse.Vpc> vpcs(Boolean isDefault) throws Exception {
        DescribeVpcsRequest d = new DescribeVpcsRequest();
        d.setIsDefault(isDefault);
        return vpc.call(d).getVpcs();
    }

    private List<DescribeVSwitchesResponse.VSwitch> vSwitches(Boolean isDefault) throws Exception {
        DescribeVSwitchesRequest d = new DescribeVSwitchesRequest();
        d.setIsDefault(isDefault);
        d.setPageSize(50);
        return vpc.call(d).getVSwitches();
    }

    @Test
    void theProvidersDefaultVpcAndItsVSwitches() throws Exception {
        AliyunApi.Reply early = raw("CreateDefaultVSwitch", "ZoneId", REGION + "-h");
        assertThat(early.status()).isEqualTo(400);
        assertThat(code(early)).isEqualTo("OperationFailed.DefaultVpcNotExist");

        CreateVpcRequest own = new CreateVpcRequest();
        own.setCidrBlock("10.0.0.0/16");
        String ownVpc = vpc.call(own).getVpcId();

        var created = api.vpc("CreateDefaultVpc", "RegionId", REGION, "ClientToken", "tf-default-vpc");
        String id = created.path("VpcId").asString();
        assertThat(created.path("VRouterId").asString()).startsWith("vrt-");
        assertThat(created.path("RouteTableId").asString()).startsWith("vtb-");
        assertThat(api.vpc("CreateDefaultVpc", "RegionId", REGION, "ClientToken", "tf-default-vpc").path("VpcId")
                .asString()).as("the same token, the same VPC").isEqualTo(id);
        AliyunApi.Reply again = raw("CreateDefaultVpc");
        assertThat(again.status()).isEqualTo(400);
        assertThat(code(again)).isEqualTo("OperationFailed.DefaultVpcExist");

        assertThat(vpcs(true)).singleElement().satisfies(v -> {
            assertThat(v.getVpcId()).isEqualTo(id);
            assertThat(v.getIsDefault()).isTrue();
            assertThat(v.getCidrBlock()).isEqualTo("172.16.0.0/12");
        });
        assertThat(vpcs(false)).extracting(DescribeVpcsResponse.Vpc::getVpcId).containsExactly(ownVpc);
        assertThat(vpcs(null)).hasSize(2);

        String h = api.vpc("CreateDefaultVSwitch", "RegionId", REGION, "ZoneId", REGION + "-h").path("VSwitchId")
                .asString();
        CreateVSwitchRequest mine = new CreateVSwitchRequest();
        mine.setVpcId(id);
        mine.setZoneId(REGION + "-i");
        mine.setCidrBlock("172.16.16.0/20");
        String plain = vpc.call(mine).getVSwitchId();
        String i = api.vpc("CreateDefaultVSwitch", "RegionId", REGION, "ZoneId", REGION + "-i").path("VSwitchId")
                .asString();
        AliyunApi.Reply twice = raw("CreateDefaultVSwitch", "ZoneId", REGION + "-h");
        assertThat(code(twice)).isEqualTo("OperationFailed.DefaultVSwitchExist");
        AliyunApi.Reply nowhere = raw("CreateDefaultVSwitch", "ZoneId", "cn-nowhere-z");
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(code(nowhere)).isEqualTo("InvalidZoneId.NotFound");

        assertThat(vSwitches(true)).extracting(s -> s.getVSwitchId() + " " + s.getZoneId() + " " + s.getCidrBlock()
                        + " " + s.getIsDefault())
                .containsExactlyInAnyOrder(h + " " + REGION + "-h 172.16.0.0/20 true",
                        i + " " + REGION + "-i 172.16.32.0/20 true");
        assertThat(vSwitches(false)).extracting(DescribeVSwitchesResponse.VSwitch::getVSwitchId).containsExactly(plain);

        // the state round trip keeps which are the defaults
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/reset", null).statusCode()).isEqualTo(200);
        assertThat(vpcs(null)).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(vpcs(true)).extracting(DescribeVpcsResponse.Vpc::getVpcId).containsExactly(id);
        assertThat(vSwitches(true)).extracting(DescribeVSwitchesResponse.VSwitch::getVSwitchId)
                .containsExactlyInAnyOrder(h, i);

        // deleted, a default is made again
        DeleteVSwitchRequest dropH = new DeleteVSwitchRequest();
        dropH.setVSwitchId(h);
        vpc.call(dropH);
        String h2 = api.vpc("CreateDefaultVSwitch", "RegionId", REGION, "ZoneId", REGION + "-h").path("VSwitchId")
                .asString();
        assertThat(h2).isNotEqualTo(h);
        for (String s : List.of(h2, i, plain)) {
            DeleteVSwitchRequest drop = new DeleteVSwitchRequest();
            drop.setVSwitchId(s);
            vpc.call(drop);
        }
        DeleteVpcRequest dropVpc = new DeleteVpcRequest();
        dropVpc.setVpcId(id);
        vpc.call(dropVpc);
        assertThat(vpcs(true)).isEmpty();
        String next = api.vpc("CreateDefaultVpc", "RegionId", REGION).path("VpcId").asString();
        assertThat(next).isNotEqualTo(id);
        assertThat(vpcs(true)).extracting(DescribeVpcsResponse.Vpc::getVpcId).containsExactly(next);
    }

    /** With EnableIpv6 the default VPC has an IPv6 /56 (BGP), and a default vSwitch may take a /64 of it. */
    @Test
    void aDefaultVpcWithIpv6AndAVSwitchOnIt() throws Exception {
        var before = storeSnapshot();
        assertThat(code(raw("CreateDefaultVpc", "Ipv6CidrBlock", "2001:db8:0:100::/56")))
                .as("a block without EnableIpv6").isEqualTo("MissingParam.EnableIpv6");
        assertThat(storeSnapshot()).isEqualTo(before);

        String vpcId = raw("CreateDefaultVpc", "EnableIpv6", "true").tree().path("VpcId").asString();
        var v = vpcs(true).get(0);
        assertThat(v.getVpcId()).isEqualTo(vpcId);
        assertThat(v.getIpv6CidrBlock()).matches("2408:4005:[0-9a-f]{3}:[0-9a-f]{2}00::/56");
        assertThat(v.getIpv6CidrBlocks().get(0).getIpv6Isp()).isEqualTo("BGP");
        raw("CreateDefaultVSwitch", "ZoneId", REGION + "-h", "Ipv6CidrBlock", "2");
        assertThat(vSwitches(true).get(0).getIpv6CidrBlock())
                .isEqualTo(v.getIpv6CidrBlock().replace("00::/56", "02::/64"));
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.vpc("CreateDefaultVpc", a -> AliyunApi.params("RegionId", REGION));
            r.vpc("CreateDefaultVSwitch", a -> {
                a.vpc("CreateDefaultVpc", "RegionId", REGION);
                return AliyunApi.params("RegionId", REGION, "ZoneId", REGION + "-h");
            }).fails("OperationFailed.DefaultVpcNotExist", a -> AliyunApi.params("RegionId", REGION,
                    "ZoneId", REGION + "-h"));
        }
    }
}
