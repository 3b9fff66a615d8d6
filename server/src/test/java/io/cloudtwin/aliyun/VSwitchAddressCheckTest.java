package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CheckCanAllocateVpcPrivateIpAddressRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * CheckCanAllocateVpcPrivateIpAddress through Alibaba's own VPC SDK: an address of the vSwitch is allocatable until a
 * network interface takes it, and again once that goes; the vSwitch's kept addresses never are; an address outside
 * the vSwitch, an unknown vSwitch or IP version is the action's documented error.
 */
class VSwitchAddressCheckTest extends ServerTestBase {
    private ClassicSdk vpc;
    private AliyunApi api;
    private String vpcId;
    private String vSwitch;

    @BeforeEach
    void network() throws ClientException {
        vpc = new ClassicSdk(endpoint());
        api = new AliyunApi(port);
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.71.0.0/16");
        vpcId = vpc.call(v).getVpcId();
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock("10.71.1.0/24");
        s.setZoneId(REGION + "-h");
        vSwitch = vpc.call(s).getVSwitchId();
    }

    private CheckCanAllocateVpcPrivateIpAddressRequest check(String vSwitchId, String address, String version) {
        CheckCanAllocateVpcPrivateIpAddressRequest c = new CheckCanAllocateVpcPrivateIpAddressRequest();
        c.setVSwitchId(vSwitchId);
        c.setPrivateIpAddress(address);
        if (version != null) c.setIpVersion(version);
        return c;
    }

    private boolean canAllocate(String address) throws ClientException {
        return vpc.call(check(vSwitch, address, null)).getCanAllocate();
    }

    @Test
    void anAddressIsAllocatableUntilTakenAndKeptOnesNeverAre() throws Exception {
        assertThat(canAllocate("10.71.1.40")).isTrue();
        assertThat(canAllocate("10.71.1.0")).as("the network's own").isFalse();
        assertThat(canAllocate("10.71.1.255")).as("the last ones, kept").isFalse();

        String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", vpcId).path("SecurityGroupId")
                .asString();
        String eni = api.ecs("CreateNetworkInterface", "RegionId", REGION, "VSwitchId", vSwitch, "SecurityGroupId",
                group, "PrimaryIpAddress", "10.71.1.40").path("NetworkInterfaceId").asString();
        assertThat(canAllocate("10.71.1.40")).as("taken by %s", eni).isFalse();
        assertThat(vpc.call(check(vSwitch, "10.71.1.41", "IPv4")).getCanAllocate()).isTrue();

        api.ecs("DeleteNetworkInterface", "RegionId", REGION, "NetworkInterfaceId", eni);
        assertThat(canAllocate("10.71.1.40")).as("freed").isTrue();
    }

    /** Conformance calls: the action answered as its metadata describes, and its not-found error. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.vpc("CheckCanAllocateVpcPrivateIpAddress", api -> {
                String v = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.72.0.0/16").path("VpcId")
                        .asString();
                String s = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", v, "CidrBlock", "10.72.1.0/24",
                        "ZoneId", REGION + "-h").path("VSwitchId").asString();
                return AliyunApi.params("RegionId", REGION, "VSwitchId", s, "PrivateIpAddress", "10.72.1.9");
            }).fails("ResourceNotFound.VSwitchId", api -> AliyunApi.params("RegionId", REGION, "VSwitchId",
                    "vsw-missing", "PrivateIpAddress", "10.72.1.9"));
        }
    }

    @Test
    void whatIsNoAddressOfAVSwitchIsTheActionsError() {
        assertThat(vpc.refusal(check(vSwitch, "10.71.2.9", null))).isEqualTo("Mismatch.VSwitchAndPrivateIpAddress");
        assertThat(vpc.refusal(check("vsw-nothere0000000000000", "10.71.1.9", null)))
                .isEqualTo("ResourceNotFound.VSwitchId");
        assertThat(vpc.refusal(check(vSwitch, "10.71.1.9", "ipv5"))).isEqualTo("PARAMETER_ILLEGAL");
    }
}
