package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ServerTestBase.REGION;

import java.util.List;

import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreateVSwitchRequest;
import com.aliyun.ecs20140526.models.CreateVpcRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;

/**
 * What the SLB tests stand on: a new VPC 10.b.0.0/16 with a vSwitch 10.b.1.0/24 in zone h, instances there, and an
 * intranet load balancer in the vSwitch.
 */
record SlbStack(String vSwitch, String loadBalancer, List<String> instances) {
    static SlbStack intranet(com.aliyun.ecs20140526.Client ecs, Client slb, int b, int instances) throws Exception {
        String vpc = ecs.createVpc(new CreateVpcRequest().setRegionId(REGION).setCidrBlock("10." + b + ".0.0/16"))
                .getBody().getVpcId();
        String vsw = ecs.createVSwitch(new CreateVSwitchRequest().setRegionId(REGION).setVpcId(vpc)
                .setZoneId(REGION + "-h").setCidrBlock("10." + b + ".1.0/24")).getBody().getVSwitchId();
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpc))
                .getBody().getSecurityGroupId();
        List<String> ids = ecs.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(REGION + "-h")
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group).setVSwitchId(vsw).setAmount(instances)).getBody().getInstanceIdSets()
                .getInstanceIdSet();
        String lb = slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION)
                .setAddressType("intranet").setVSwitchId(vsw).setLoadBalancerSpec("slb.s1.small")).getBody()
                .getLoadBalancerId();
        return new SlbStack(vsw, lb, ids);
    }
}
