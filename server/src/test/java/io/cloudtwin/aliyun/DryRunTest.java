package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.models.DescribeInstanceAttributeRequest;
import com.aliyun.ecs20140526.models.StopInstancesRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.TeaCalls;
import io.cloudtwin.support.TeaEcs;

/**
 * DryRun, as Alibaba documents it: the request is checked for everything a real one would be refused for (its
 * parameters, the resources it names, their state, the limits) and changes nothing; one that would succeed answers 400
 * DryRunOperation. The request runs as a real one in a transaction that is rolled back, so no action can answer a dry
 * run otherwise than it answers the real request.
 */
class DryRunTest extends ServerTestBase {
    private ClassicSdk vpc;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
    }

    private int vpcCount() throws ClientException {
        return vpc.call(new DescribeVpcsRequest()).getTotalCount();
    }

    private CreateVpcRequest newVpc(boolean dryRun) {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.60.0.0/16");
        v.setVpcName("dry");
        v.setDryRun(dryRun);
        return v;
    }

    private DeleteVpcRequest deleteVpc(String id, boolean dryRun) {
        DeleteVpcRequest d = new DeleteVpcRequest();
        d.setVpcId(id);
        d.putQueryParameter("DryRun", dryRun); // the classic SDK's DeleteVpcRequest predates the parameter
        return d;
    }

    @Test
    void aCreateThatWouldSucceedAnswersDryRunOperationAndMakesNothing() throws Exception {
        int before = vpcCount();

        assertThat(vpc.refusal(newVpc(true))).isEqualTo("DryRunOperation");

        assertThat(vpcCount()).isEqualTo(before);
        String made = vpc.call(newVpc(false)).getVpcId();
        assertThat(vpcCount()).isEqualTo(before + 1);
        assertThat(made).startsWith("vpc-");
    }

    @Test
    void aDryRunIsRefusedForWhatTheRealRequestIsRefusedFor() throws Exception {
        String missing = "vpc-doesnotexist000000000";
        assertThat(vpc.refusal(deleteVpc(missing, true))).isEqualTo(vpc.refusal(deleteVpc(missing, false)))
                .isNotEqualTo("DryRunOperation");

        String id = vpc.call(newVpc(false)).getVpcId();
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(id);
        s.setCidrBlock("10.60.1.0/24");
        s.setZoneId("cn-hangzhou-i");
        vpc.call(s);
        String inUse = vpc.refusal(deleteVpc(id, false));
        assertThat(inUse).isNotEqualTo("DryRunOperation");
        assertThat(vpc.refusal(deleteVpc(id, true))).isEqualTo(inUse);
    }

    @Test
    void aDeleteThatWouldSucceedLeavesTheResource() throws Exception {
        String id = vpc.call(newVpc(false)).getVpcId();
        int before = vpcCount();

        assertThat(vpc.refusal(deleteVpc(id, true))).isEqualTo("DryRunOperation");

        assertThat(vpcCount()).isEqualTo(before);
        vpc.call(deleteVpc(id, false));
        assertThat(vpcCount()).isEqualTo(before - 1);
    }

    @Test
    void aReadRehearsesToo() {
        DescribeVpcsRequest d = new DescribeVpcsRequest();
        d.setDryRun(true);
        assertThat(vpc.refusal(d)).isEqualTo("DryRunOperation");
    }

    @Test
    void aBatchOfInstancesIsCheckedAndLeftRunning() throws Exception {
        TeaEcs ecs = TeaEcs.open(endpoint());
        String id = ecs.launch(ecs.run());

        assertThat(TeaCalls.code(() -> ecs.client().stopInstances(new StopInstancesRequest().setRegionId(REGION)
                .setInstanceId(List.of(id)).setDryRun(true)))).isEqualTo("DryRunOperation");
        assertThat(TeaCalls.code(() -> ecs.client().stopInstances(new StopInstancesRequest().setRegionId(REGION)
                .setInstanceId(List.of("i-missing00000000000")).setDryRun(true)))).isNotEqualTo("DryRunOperation");

        assertThat(ecs.client().describeInstanceAttribute(new DescribeInstanceAttributeRequest().setInstanceId(id))
                .getBody().getStatus()).isEqualTo("Running");
    }
}
