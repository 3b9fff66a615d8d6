package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.ecs.model.v20140526.CreateSecurityGroupRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceRamRoleRequest;
import com.aliyuncs.ecs.model.v20140526.DescribeInstanceRamRoleResponse;
import com.aliyuncs.ecs.model.v20140526.RunInstancesRequest;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * DescribeInstanceRamRole, which Terraform's alicloud_instance read calls for every instance in a vSwitch: one set per
 * instance asked for, with the instance's id and its role, "" for an instance without one (InstanceRamRoleTest has
 * the roles themselves).
 */
class DescribeInstanceRamRoleTest extends ServerTestBase {
    private IAcsClient client;

    @BeforeEach
    void client() {
        client = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
    }


    private String instance() throws ClientException {
        CreateVpcRequest vpc = local(new CreateVpcRequest());
        vpc.setCidrBlock("10.20.0.0/16");
        String vpcId = client.getAcsResponse(vpc).getVpcId();
        CreateVSwitchRequest vsw = local(new CreateVSwitchRequest());
        vsw.setVpcId(vpcId);
        vsw.setCidrBlock("10.20.1.0/24");
        vsw.setZoneId(REGION + "-h");
        String vswId = client.getAcsResponse(vsw).getVSwitchId();
        CreateSecurityGroupRequest sg = local(new CreateSecurityGroupRequest());
        sg.setVpcId(vpcId);
        String groupId = client.getAcsResponse(sg).getSecurityGroupId();
        RunInstancesRequest run = local(new RunInstancesRequest());
        run.setImageId("aliyun_3_x64_20G_alibase_20240819.vhd");
        run.setInstanceType("ecs.g6.large");
        run.setSecurityGroupIdss(List.of(groupId));
        run.setVSwitchId(vswId);
        return client.getAcsResponse(run).getInstanceIdSets().get(0);
    }

    @Test
    void everyInstanceAskedForHasASetWithNoRole() throws ClientException {
        String id = instance();
        DescribeInstanceRamRoleRequest read = local(new DescribeInstanceRamRoleRequest());
        read.setInstanceIds("[\"" + id + "\"]");
        DescribeInstanceRamRoleResponse answer = client.getAcsResponse(read);
        assertThat(answer.getTotalCount()).isEqualTo(1);
        assertThat(answer.getRegionId()).isEqualTo(REGION);
        assertThat(answer.getInstanceRamRoleSets()).singleElement().satisfies(s -> {
            assertThat(s.getInstanceId()).isEqualTo(id);
            assertThat(s.getRamRoleName()).isEmpty();
        });

        read.setRamRoleName("AliyunECSInstanceForYundunSAS");
        assertThat(client.getAcsResponse(read).getInstanceRamRoleSets()).as("no instance has that role").isEmpty();
    }

    /** Its conformance recipe: a call whose answer AliyunConformanceTest holds to the action's metadata. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("DescribeInstanceRamRole", api -> AliyunApi.params("RegionId", REGION,
                    "InstanceIds", "[\"" + api.instance(api.group()) + "\"]"));
        }
    }
}
