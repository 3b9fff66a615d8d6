package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.DeleteKeyPairsRequest;
import com.aliyun.ecs20140526.models.DeleteSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeAvailableResourceRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceAttachmentAttributesRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceAttributeRequest;
import com.aliyun.ecs20140526.models.DescribeInstanceMaintenanceAttributesRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeNetworkInterfacesRequest;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupsRequest;
import com.aliyun.ecs20140526.models.DescribeUserDataRequest;
import com.aliyun.ecs20140526.models.DescribeZonesRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.AssociateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteVpcRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVSwitchesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeVpcsRequest;
import com.aliyuncs.vpc.model.v20160428.ReleaseEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociateEipAddressRequest;

import io.cloudtwin.support.ServerTestBase;

/**
 * The alicloud provider's front-page example (website/docs/index.html.markdown), end to end as `terraform apply` and
 * `terraform destroy` run it, plus the key pair and the EIP of the common tutorials: alicloud_zones (disk category
 * cloud_efficiency, VSwitch creation), a VPC 172.16.0.0/16, a vSwitch 172.16.0.0/24 in the first zone, a security
 * group, an ecs.n4.large instance of ubuntu_18_04_64_20G_alibase_20190624.vhd with a cloud_efficiency system disk and
 * one 20 GiB data disk, waited Running and read the provider's way (every call of its read), then destroyed in reverse
 * order, each "gone" read as the provider reads it, and nothing left behind. The example's KMS key (and the data
 * disk's kms_key_id) is left out: KMS is not served.
 */
class FrontPageExampleTest extends ServerTestBase {
    private static final String NAME = "terraform-example";

    private <T extends AcsResponse> T vpc(IAcsClient client, AcsRequest<T> request) throws ClientException {
        request.setSysEndpoint(endpoint());
        request.setSysProtocol(ProtocolType.HTTP);
        return client.getAcsResponse(request);
    }

    @Test
    void applyThenDestroy() throws Exception {
        var before = storeSnapshot();
        Client ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
        IAcsClient classic = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));

        // data "alicloud_zones": DescribeAvailableResource (Zone), then DescribeZones; a zone is kept when it is
        // available and lists instance types and the disk category asked for
        var available = ecs.describeAvailableResource(new DescribeAvailableResourceRequest().setRegionId(REGION)
                .setDestinationResource("Zone").setIoOptimized("optimized").setInstanceChargeType("PostPaid")
                .setSpotStrategy("NoSpot").setNetworkCategory("Vpc")).getBody().getAvailableZones().getAvailableZone();
        var zones = ecs.describeZones(new DescribeZonesRequest().setRegionId(REGION).setInstanceChargeType("PostPaid")
                .setSpotStrategy("NoSpot")).getBody().getZones().getZone().stream()
                .filter(z -> available.stream().anyMatch(a -> a.getZoneId().equals(z.getZoneId())
                        && !"SoldOut".equals(a.getStatus())))
                .filter(z -> !z.getAvailableInstanceTypes().getInstanceTypes().isEmpty())
                .filter(z -> z.getAvailableDiskCategories().getDiskCategories().contains("cloud_efficiency"))
                .map(z -> z.getZoneId()).sorted().toList();
        assertThat(zones).isNotEmpty();
        String zone = zones.get(0);

        // alicloud_vpc, alicloud_vswitch, each waited Available
        CreateVpcRequest createVpc = new CreateVpcRequest();
        createVpc.setVpcName(NAME);
        createVpc.setCidrBlock("172.16.0.0/16");
        String vpcId = vpc(classic, createVpc).getVpcId();
        DescribeVpcsRequest readVpc = new DescribeVpcsRequest();
        readVpc.setVpcId(vpcId);
        assertThat(vpc(classic, readVpc).getVpcs()).singleElement().satisfies(v -> assertThat(v.getStatus()).isEqualTo("Available"));
        CreateVSwitchRequest createVsw = new CreateVSwitchRequest();
        createVsw.setVpcId(vpcId);
        createVsw.setCidrBlock("172.16.0.0/24");
        createVsw.setZoneId(zone);
        createVsw.setVSwitchName(NAME);
        String vswId = vpc(classic, createVsw).getVSwitchId();
        DescribeVSwitchesRequest readVsw = new DescribeVSwitchesRequest();
        readVsw.setVSwitchId(vswId);
        assertThat(vpc(classic, readVsw).getVSwitches()).singleElement().satisfies(v -> assertThat(v.getStatus()).isEqualTo("Available"));

        // alicloud_security_group, alicloud_ecs_key_pair
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setSecurityGroupName(NAME)
                .setDescription("foo").setVpcId(vpcId)).getBody().getSecurityGroupId();
        ecs.createKeyPair(new CreateKeyPairRequest().setRegionId(REGION).setKeyPairName(NAME));

        // alicloud_instance: RunInstances, wait Running, then the provider's whole read
        String instance = ecs.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(zone)
                .setSecurityGroupIds(List.of(group)).setInstanceType("ecs.n4.large")
                .setImageId("ubuntu_18_04_64_20G_alibase_20190624.vhd").setInstanceName(NAME).setVSwitchId(vswId)
                .setInternetMaxBandwidthOut(10).setKeyPairName(NAME)
                .setSystemDisk(new RunInstancesRequest.RunInstancesRequestSystemDisk().setCategory("cloud_efficiency")
                        .setDiskName(NAME).setDescription("system_disk_description"))
                .setDataDisk(List.of(new RunInstancesRequest.RunInstancesRequestDataDisk().setDiskName("data-disk")
                        .setSize(20).setCategory("cloud_efficiency").setDescription("disk-description").setEncrypted("false")
                        .setDeleteWithInstance(true))))
                .getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        String ids = "[\"" + instance + "\"]";
        var described = ecs.describeInstances(new DescribeInstancesRequest().setRegionId(REGION).setInstanceIds(ids))
                .getBody().getInstances().getInstance();
        assertThat(described).singleElement().satisfies(i -> {
            assertThat(i.getStatus()).isEqualTo("Running");
            assertThat(i.getZoneId()).isEqualTo(zone);
            assertThat(i.getKeyPairName()).isEqualTo(NAME);
            assertThat(i.getVpcAttributes().getVSwitchId()).isEqualTo(vswId);
            assertThat(i.getCpu()).isEqualTo(2);
            // read back as internet_max_bandwidth_out and public_ip: the plan after apply shows no change
            assertThat(i.getInternetMaxBandwidthOut()).isEqualTo(10);
            assertThat(i.getPublicIpAddress().getIpAddress()).hasSize(1);
        });
        assertThat(ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType("system")).getBody().getDisks().getDisk()).singleElement().satisfies(d -> {
                    assertThat(d.getCategory()).isEqualTo("cloud_efficiency");
                    assertThat(d.getDiskName()).isEqualTo(NAME);
                });
        assertThat(ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)
                .setDiskType("data")).getBody().getDisks().getDisk()).singleElement().satisfies(d -> {
                    assertThat(d.getSize()).isEqualTo(20);
                    assertThat(d.getStatus()).isEqualTo("In_use");
                });
        assertThat(ecs.describeUserData(new DescribeUserDataRequest().setRegionId(REGION).setInstanceId(instance))
                .getBody().getInstanceId()).isEqualTo(instance);
        String primary = described.get(0).getNetworkInterfaces().getNetworkInterface().get(0).getNetworkInterfaceId();
        assertThat(ecs.describeNetworkInterfaces(new DescribeNetworkInterfacesRequest().setRegionId(REGION)
                .setNetworkInterfaceId(List.of(primary))).getBody().getNetworkInterfaceSets().getNetworkInterfaceSet())
                .singleElement().satisfies(n -> assertThat(n.getNetworkInterfaceId()).isEqualTo(primary));
        assertThat(ecs.describeInstanceMaintenanceAttributes(new DescribeInstanceMaintenanceAttributesRequest()
                .setRegionId(REGION).setInstanceId(List.of(instance))).getBody().getMaintenanceAttributes()
                .getMaintenanceAttribute()).singleElement().satisfies(m -> assertThat(m.getInstanceId()).isEqualTo(instance));
        assertThat(ecs.describeInstanceAttribute(new DescribeInstanceAttributeRequest().setInstanceId(instance))
                .getBody().getInstanceId()).isEqualTo(instance);
        assertThat(ecs.describeInstanceAttachmentAttributes(new DescribeInstanceAttachmentAttributesRequest()
                .setRegionId(REGION).setInstanceIds(ids)).getBody().getInstances().getInstance()).hasSize(1);

        // alicloud_eip_address + alicloud_eip_association
        String eip = vpc(classic, new AllocateEipAddressRequest()).getAllocationId();
        AssociateEipAddressRequest associate = new AssociateEipAddressRequest();
        associate.setAllocationId(eip);
        associate.setInstanceId(instance);
        associate.setInstanceType("EcsInstance");
        vpc(classic, associate);
        DescribeEipAddressesRequest readEip = new DescribeEipAddressesRequest();
        readEip.setAllocationId(eip);
        assertThat(vpc(classic, readEip).getEipAddresses()).singleElement()
                .satisfies(e -> assertThat(e.getInstanceId()).isEqualTo(instance));

        // terraform destroy, in reverse order, each waited until its read finds nothing
        UnassociateEipAddressRequest unassociate = new UnassociateEipAddressRequest();
        unassociate.setAllocationId(eip);
        unassociate.setInstanceId(instance);
        unassociate.setInstanceType("EcsInstance");
        vpc(classic, unassociate);
        ReleaseEipAddressRequest release = new ReleaseEipAddressRequest();
        release.setAllocationId(eip);
        vpc(classic, release);
        assertThat(vpc(classic, readEip).getEipAddresses()).isEmpty();
        ecs.deleteInstance(new DeleteInstanceRequest().setInstanceId(instance).setForce(true));
        assertThat(ecs.describeInstances(new DescribeInstancesRequest().setRegionId(REGION).setInstanceIds(ids))
                .getBody().getInstances().getInstance()).isEmpty();
        assertThat(ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setInstanceId(instance)).getBody()
                .getDisks().getDisk()).as("its disks went with it").isEmpty();
        ecs.deleteKeyPairs(new DeleteKeyPairsRequest().setRegionId(REGION).setKeyPairNames("[\"" + NAME + "\"]"));
        assertThat(ecs.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(REGION).setKeyPairName(NAME)).getBody()
                .getKeyPairs().getKeyPair()).isEmpty();
        ecs.deleteSecurityGroup(new DeleteSecurityGroupRequest().setRegionId(REGION).setSecurityGroupId(group));
        assertThat(ecs.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId(REGION)
                .setSecurityGroupIds("[\"" + group + "\"]")).getBody().getSecurityGroups().getSecurityGroup()).isEmpty();
        DeleteVSwitchRequest deleteVsw = new DeleteVSwitchRequest();
        deleteVsw.setVSwitchId(vswId);
        vpc(classic, deleteVsw);
        assertThat(vpc(classic, readVsw).getVSwitches()).isEmpty();
        DeleteVpcRequest deleteVpc = new DeleteVpcRequest();
        deleteVpc.setVpcId(vpcId);
        vpc(classic, deleteVpc);
        assertThat(vpc(classic, readVpc).getVpcs()).isEmpty();
        assertThat(storeSnapshot()).as("destroy leaves nothing behind").isEqualTo(before);
    }
}
