package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.CreateCommonBandwidthPackageRequest;
import com.aliyuncs.vpc.model.v20160428.CreateNatGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteCommonBandwidthPackageRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteNatGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeletionProtectionRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeCommonBandwidthPackagesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeNatGatewaysRequest;
import com.aliyuncs.vpc.model.v20160428.ReleaseEipAddressRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * deletion_protection of alicloud_eip_address, alicloud_nat_gateway and alicloud_common_bandwidth_package as the
 * provider sends it: after the create, an update calls the VPC product's DeletionProtection (Type EIP, NATGW, CBWP;
 * ProtectionEnable) and the read takes DeletionProtection back from the Describe answer. While on, the release or
 * deletion answers InvalidOperation.DeletionProtection and keeps the resource; off again, it goes.
 */
class VpcDeletionProtectionTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private DeletionProtectionRequest protect(String type, String id, boolean on) {
        DeletionProtectionRequest r = new DeletionProtectionRequest();
        r.setType(type);
        r.setInstanceId(id);
        r.setProtectionEnable(on);
        return r;
    }

    private boolean eipProtected(String id) throws ClientException {
        DescribeEipAddressesRequest d = new DescribeEipAddressesRequest();
        d.setAllocationId(id);
        return vpc.call(d).getEipAddresses().get(0).getDeletionProtection();
    }

    @Test
    void anEipInTheProvidersSteps() throws Exception {
        String id = vpc.call(new AllocateEipAddressRequest()).getAllocationId();
        assertThat(eipProtected(id)).isFalse();
        vpc.call(protect("EIP", id, true));
        assertThat(eipProtected(id)).isTrue();
        ReleaseEipAddressRequest release = new ReleaseEipAddressRequest();
        release.setAllocationId(id);
        assertThat(vpc.refusal(release)).isEqualTo("InvalidOperation.DeletionProtection");
        assertThat(eipProtected(id)).as("still there, still protected").isTrue();
        assertThat(vpc.refusal(protect("EIP", id, true))).isEqualTo("DeletionProtection.AlreadyEnabled");

        vpc.call(protect("EIP", id, false));
        assertThat(eipProtected(id)).isFalse();
        vpc.call(release);
        DescribeEipAddressesRequest gone = new DescribeEipAddressesRequest();
        gone.setAllocationId(id);
        assertThat(vpc.call(gone).getEipAddresses()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_label WHERE resource_id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aNatGatewayAndABandwidthPackage() throws Exception {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("172.16.0.0/16");
        String vpcId = vpc.call(v).getVpcId();
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock("172.16.1.0/24");
        s.setZoneId(REGION + "-h");
        String vSwitchId = vpc.call(s).getVSwitchId();
        CreateNatGatewayRequest n = new CreateNatGatewayRequest();
        n.setVpcId(vpcId);
        n.setVSwitchId(vSwitchId);
        n.setNatType("Enhanced");
        String gateway = vpc.call(n).getNatGatewayId();

        vpc.call(protect("NATGW", gateway, true));
        DescribeNatGatewaysRequest gateways = new DescribeNatGatewaysRequest();
        gateways.setNatGatewayId(gateway);
        assertThat(vpc.call(gateways).getNatGateways().get(0).getDeletionProtection()).isTrue();
        DeleteNatGatewayRequest delete = new DeleteNatGatewayRequest();
        delete.setNatGatewayId(gateway);
        delete.setForce(true);
        assertThat(vpc.refusal(delete)).as("not even forced").isEqualTo("InvalidOperation.DeletionProtection");
        vpc.call(protect("NATGW", gateway, false));
        vpc.call(delete);
        assertThat(vpc.call(gateways).getNatGateways()).isEmpty();

        CreateCommonBandwidthPackageRequest create = new CreateCommonBandwidthPackageRequest();
        create.setBandwidth(10);
        String pkg = vpc.call(create).getBandwidthPackageId();
        vpc.call(protect("CBWP", pkg, true));
        DescribeCommonBandwidthPackagesRequest packages = new DescribeCommonBandwidthPackagesRequest();
        packages.setBandwidthPackageId(pkg);
        assertThat(vpc.call(packages).getCommonBandwidthPackages().get(0).getDeletionProtection()).isTrue();
        DeleteCommonBandwidthPackageRequest drop = new DeleteCommonBandwidthPackageRequest();
        drop.setBandwidthPackageId(pkg);
        assertThat(vpc.refusal(drop)).isEqualTo("InvalidOperation.DeletionProtection");
        assertThat(vpc.call(packages).getCommonBandwidthPackages()).hasSize(1);
    }

    @Test
    void whatItDoesNotKnowIsRefused() throws Exception {
        String id = vpc.call(new AllocateEipAddressRequest()).getAllocationId();
        assertThat(vpc.refusal(protect("VPC", id, true))).isEqualTo("DeletionProtection.TypeNotSupport");
        assertThat(vpc.refusal(protect("EIP", "eip-missing", true))).isEqualTo("DeletionProtection.ResourceNotExist");
        assertThat(vpc.refusal(protect("NATGW", id, true))).as("an EIP is no gateway")
                .isEqualTo("DeletionProtection.ResourceNotExist");
        assertThat(eipProtected(id)).isFalse();

        AllocateEipAddressRequest subscription = new AllocateEipAddressRequest();
        subscription.setInstanceChargeType("PrePaid");
        String prePaid = vpc.call(subscription).getAllocationId();
        assertThat(vpc.refusal(protect("EIP", prePaid, true))).as("a subscription")
                .isEqualTo("DeletionProtection.PrePaidNotSupport");
        assertThat(eipProtected(prePaid)).isFalse();
        vpc.call(protect("EIP", prePaid, false));
    }

    @Test
    void theProtectionSurvivesTheStateRoundTrip() throws Exception {
        String id = vpc.call(new AllocateEipAddressRequest()).getAllocationId();
        vpc.call(protect("EIP", id, true));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("resourceLabels").contains("deletionProtection");
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(eipProtected(id)).isTrue();
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.vpc("DeletionProtection", api -> AliyunApi.params("RegionId", REGION, "Type", "EIP", "InstanceId",
                    api.vpc("AllocateEipAddress", "RegionId", REGION).path("AllocationId").asString(),
                    "ProtectionEnable", "true"));
        }
    }
}
