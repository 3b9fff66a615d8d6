package io.cloudtwin.support;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;

/**
 * The ECS tea client on the server under test, with a security group to launch into: how the tests of an instance's
 * attributes start. run() is a RunInstances of one ecs.g6.large in that group and cn-hangzhou-i, to add to.
 */
public record TeaEcs(Client client, String group) {
    public static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";

    /** The ECS tea client on the server under test, as the test account in the test region. */
    public static Client client(String endpoint) throws Exception {
        return new Client(new Config().setAccessKeyId(ServerTestBase.AK).setAccessKeySecret(ServerTestBase.SECRET)
                .setEndpoint(endpoint).setProtocol("HTTP").setRegionId(ServerTestBase.REGION));
    }

    public static TeaEcs open(String endpoint) throws Exception {
        Client client = client(endpoint);
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(ServerTestBase.REGION))
                .getBody().getSecurityGroupId();
        return new TeaEcs(client, group);
    }

    public RunInstancesRequest run() {
        return new RunInstancesRequest().setRegionId(ServerTestBase.REGION).setImageId(IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group).setZoneId("cn-hangzhou-i");
    }

    /** The (first) instance the request makes. */
    public String launch(RunInstancesRequest r) throws Exception {
        return client.runInstances(r).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }
}
