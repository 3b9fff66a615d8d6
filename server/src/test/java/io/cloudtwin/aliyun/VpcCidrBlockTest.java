package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.AssociateVpcCidrBlockRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociateVpcCidrBlockRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * A VPC's secondary IPv4 blocks (the alicloud provider's alicloud_vpc_ipv4_cidr_block: AssociateVpcCidrBlock, read
 * back from DescribeVpcAttribute's SecondaryCidrBlocks, UnassociateVpcCidrBlock), through the classic VPC SDK.
 */
class VpcCidrBlockTest extends ServerTestBase {
    private IAcsClient client;

    @BeforeEach
    void client() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }


    private String vpc(String block) throws ClientException {
        CreateVpcRequest r = local(new CreateVpcRequest());
        r.setCidrBlock(block);
        return client.getAcsResponse(r).getVpcId();
    }

    private AssociateVpcCidrBlockRequest associate(String vpc, String block) {
        AssociateVpcCidrBlockRequest r = local(new AssociateVpcCidrBlockRequest());
        r.setVpcId(vpc);
        r.setSecondaryCidrBlock(block);
        return r;
    }

    private UnassociateVpcCidrBlockRequest unassociate(String vpc, String block) {
        UnassociateVpcCidrBlockRequest r = local(new UnassociateVpcCidrBlockRequest());
        r.setVpcId(vpc);
        r.setSecondaryCidrBlock(block);
        return r;
    }

    private java.util.List<String> secondary(String vpc) throws ClientException {
        DescribeVpcAttributeRequest r = local(new DescribeVpcAttributeRequest());
        r.setVpcId(vpc);
        return client.getAcsResponse(r).getSecondaryCidrBlocks();
    }

    private void assertError(AcsRequest<? extends AcsResponse> request, String code, int status) throws Exception {
        ClientException e = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(request));
        assertThat(e).as("expected %s", code).isNotNull();
        assertThat(e.getErrCode()).isEqualTo(code);
        assertThat(client.doAction(request).getStatus()).isEqualTo(status);
    }

    @Test
    void secondaryBlocksComeAndGoUnlessAVSwitchStandsInThem() throws Exception {
        String vpc = vpc("192.168.0.0/16");
        client.getAcsResponse(associate(vpc, "10.0.0.0/16"));
        client.getAcsResponse(associate(vpc, "172.16.0.0/20"));
        assertThat(secondary(vpc)).containsExactly("10.0.0.0/16", "172.16.0.0/20");

        CreateVSwitchRequest vsw = local(new CreateVSwitchRequest());
        vsw.setVpcId(vpc);
        vsw.setZoneId("cn-hangzhou-h");
        vsw.setCidrBlock("10.0.1.0/24");
        client.getAcsResponse(vsw);

        assertError(unassociate(vpc, "10.0.0.0/16"), "OperationFailed.CidrInUse", 400);
        assertError(unassociate(vpc, "192.168.0.0/16"), "InvalidSecondaryCidrBlock.NotFound", 400);
        assertError(unassociate(vpc, "10.99.0.0/16"), "InvalidSecondaryCidrBlock.NotFound", 400);
        client.getAcsResponse(unassociate(vpc, "172.16.0.0/20"));
        assertThat(secondary(vpc)).containsExactly("10.0.0.0/16");
    }

    @Test
    void aBlockThatCannotJoinChangesNothing() throws Exception {
        String vpc = vpc("192.168.0.0/16");
        assertError(associate(vpc, "192.168.10.0/24"), "InvalidCidrBlock", 400);
        assertError(associate(vpc, "10.0.0.0/30"), "IllegalParam.SecondaryCidrBlock", 400);
        assertError(associate(vpc, "10.0.0.0/33"), "InvalidCidrBlock.Malformed", 400);
        assertError(associate("vpc-missing", "10.0.0.0/16"), "InvalidVpc.NotFound", 400);
        assertError(associate(vpc, null), "MissingParam.SecondaryCidrBlockOrIpv6CidrBlock", 400);
        for (int i = 1; i <= 5; i++) client.getAcsResponse(associate(vpc, "10." + i + ".0.0/16"));
        assertError(associate(vpc, "10.6.0.0/16"), "QuotaExceeded.VpcMultiCidr", 400);
        assertThat(secondary(vpc)).hasSize(5).doesNotContain("10.6.0.0/16");
    }
}
