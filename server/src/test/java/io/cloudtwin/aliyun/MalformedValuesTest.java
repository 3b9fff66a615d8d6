package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.AuthorizeSecurityGroupEgressRequest;
import com.aliyuncs.ecs.model.v20140526.AuthorizeSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.CreateNetworkInterfaceRequest;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeSecurityGroupAttributeRequest;
import com.aliyuncs.ecs.model.v20140526.ModifySecurityGroupRuleRequest;
import com.aliyuncs.ecs.model.v20140526.RevokeSecurityGroupRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * Malformed addresses real clients were seen to get stored (issue 24), through the classic ECS SDK: the local side's
 * CIDR of a rule (DestCidrIp of an ingress rule, SourceCidrIp of an egress one) and CreateNetworkInterface's
 * PrivateIpAddress.N, each parsed by the core's one strict parser, refused with the action's own code, nothing stored.
 */
class MalformedValuesTest extends ServerTestBase {
    private static final List<String> MALFORMED = List.of("10.0.0.0/33", "999.1.1.1/16", "10.0.0.0/16,10.1.0.0/16",
            "' OR 1=1 --", "🔥");
    private IAcsClient client;

    @BeforeEach
    void client() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }


    private String refused(AcsRequest<?> r) {
        ClientException e = catchThrowableOfType(ClientException.class, () -> client.getAcsResponse(r));
        assertThat(e).as("expected a refusal").isNotNull();
        return e.getErrCode();
    }

    private int rules(String group) throws Exception {
        var d = local(new DescribeSecurityGroupAttributeRequest());
        d.setSecurityGroupId(group);
        var e = local(new DescribeSecurityGroupAttributeRequest());
        e.setSecurityGroupId(group);
        e.setDirection("egress");
        d.setDirection("ingress");
        return client.getAcsResponse(d).getPermissions().size() + client.getAcsResponse(e).getPermissions().size();
    }

    private String group() throws Exception {
        return client.getAcsResponse(local(new CreateSecurityGroupRequest())).getSecurityGroupId();
    }

    @Test
    void theLocalCidrOfARuleIsParsedStrictly() throws Exception {
        String group = group();
        for (String bad : MALFORMED) {
            var in = local(new AuthorizeSecurityGroupRequest());
            in.setSecurityGroupId(group);
            in.setIpProtocol("tcp");
            in.setPortRange("22/22");
            in.setSourceCidrIp("0.0.0.0/0");
            in.setDestCidrIp(bad);
            assertThat(refused(in)).as(bad).isEqualTo("InvalidDestCidrIp.Malformed");

            var out = local(new AuthorizeSecurityGroupEgressRequest());
            out.setSecurityGroupId(group);
            out.setIpProtocol("tcp");
            out.setPortRange("22/22");
            out.setDestCidrIp("0.0.0.0/0");
            out.setSourceCidrIp(bad);
            assertThat(refused(out)).as(bad).isEqualTo("InvalidParam.SourceCidrIp");

            var revoke = local(new RevokeSecurityGroupRequest());
            revoke.setSecurityGroupId(group);
            revoke.setIpProtocol("tcp");
            revoke.setPortRange("22/22");
            revoke.setSourceCidrIp("0.0.0.0/0");
            revoke.setDestCidrIp(bad);
            assertThat(refused(revoke)).as(bad).isEqualTo("InvalidDestCidrIp.Malformed");

            var malformedSource = local(new AuthorizeSecurityGroupRequest());
            malformedSource.setSecurityGroupId(group);
            malformedSource.setIpProtocol("tcp");
            malformedSource.setPortRange("22/22");
            malformedSource.setSourceCidrIp(bad);
            assertThat(refused(malformedSource)).as(bad).isEqualTo("InvalidSourceCidrIp.Malformed");
        }
        assertThat(rules(group)).isZero();

        var good = local(new AuthorizeSecurityGroupRequest());
        good.setSecurityGroupId(group);
        good.setIpProtocol("tcp");
        good.setPortRange("22/22");
        good.setSourceCidrIp("0.0.0.0/0");
        good.setDestCidrIp("10.0.0.0/16");
        client.getAcsResponse(good);
        var modify = local(new ModifySecurityGroupRuleRequest());
        modify.setSecurityGroupId(group);
        modify.setIpProtocol("tcp");
        modify.setPortRange("22/22");
        modify.setSourceCidrIp("0.0.0.0/0");
        modify.setDestCidrIp("999.1.1.1/16");
        modify.setDescription("changed");
        assertThat(refused(modify)).isEqualTo("InvalidParam.DestCidrIp");
        assertThat(rules(group)).isEqualTo(1);

        var ports = local(new AuthorizeSecurityGroupRequest());
        ports.setSecurityGroupId(group);
        ports.setIpProtocol("tcp");
        ports.setPortRange("+22/22");
        ports.setSourceCidrIp("10.9.0.0/16");
        assertThat(refused(ports)).isNotEmpty();
        assertThat(rules(group)).isEqualTo(1);
    }

    @Test
    void createNetworkInterfaceRefusesAMalformedPrivateIpAddress() throws Exception {
        var vpc = local(new CreateVpcRequest());
        vpc.setCidrBlock("10.0.0.0/16");
        String vpcId = client.getAcsResponse(vpc).getVpcId();
        var vsw = local(new CreateVSwitchRequest());
        vsw.setVpcId(vpcId);
        vsw.setZoneId("cn-hangzhou-h");
        vsw.setCidrBlock("10.0.1.0/24");
        String vswitch = client.getAcsResponse(vsw).getVSwitchId();
        var sg = local(new CreateSecurityGroupRequest());
        sg.setVpcId(vpcId);
        String group = client.getAcsResponse(sg).getSecurityGroupId();
        for (String bad : List.of("999.1.1.1", "abc", "10.0.1.0/24")) {
            var nic = local(new CreateNetworkInterfaceRequest());
            nic.setVSwitchId(vswitch);
            nic.setSecurityGroupId(group);
            nic.setPrivateIpAddresss(List.of(bad));
            assertThat(refused(nic)).as(bad).isEqualTo("InvalidIp.Address");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM network_interface").query(Integer.class).single()).isZero();
    }
}
