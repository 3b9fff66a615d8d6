package io.cloudtwin.aliyun.spec;

import static io.cloudtwin.aliyun.spec.AliyunApi.params;
import static io.cloudtwin.support.ServerTestBase.REGION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Recipes for the families: security-group rules, the VPC product and tags of both products. */
public class FamilyRecipes implements Recipes.RecipeBook {
    /** A VPC (10.0.0.0/16) in the test region. */
    static String vpc(AliyunApi api) {
        return api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16").path("VpcId").asString();
    }

    static String vSwitch(AliyunApi api, String vpcId) {
        return api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpcId, "CidrBlock", "10.0.1.0/24",
                "ZoneId", REGION + "-h").path("VSwitchId").asString();
    }

    static String vpcGroup(AliyunApi api, String vpcId) {
        return api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", vpcId).path("SecurityGroupId").asString();
    }

    /** {a permission on the interface for another account, the interface}. */
    static String[] permission(AliyunApi api, String eniId) {
        String id = api.ecs("CreateNetworkInterfacePermission", "RegionId", REGION, "NetworkInterfaceId", eniId,
                "AccountId", "1234567890123456", "Permission", "InstanceAttach").path("NetworkInterfacePermission")
                .path("NetworkInterfacePermissionId").asString();
        return new String[] {id, eniId};
    }

    /** {a secondary interface, an instance in its vSwitch, their group}. */
    static String[] eni(AliyunApi api) {
        String v = vpc(api);
        String vsw = vSwitch(api, v);
        String g = vpcGroup(api, v);
        String id = api.ecs("CreateNetworkInterface", "RegionId", REGION, "VSwitchId", vsw, "SecurityGroupId", g)
                .path("NetworkInterfaceId").asString();
        String instance = api.ecs("RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                "SecurityGroupId", g, "VSwitchId", vsw).path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
        return new String[] {id, instance, g};
    }

    private static Map<String, String> ssh(String groupId, String... more) {
        Map<String, String> p = params("RegionId", REGION, "SecurityGroupId", groupId, "IpProtocol", "tcp",
                "PortRange", "22/22", "SourceCidrIp", "0.0.0.0/0", "Policy", "accept", "Priority", "1",
                "NicType", "intranet", "Description", "ssh");
        for (int i = 0; i + 1 < more.length; i += 2) p.put(more[i], more[i + 1]);
        return p;
    }

    private static String withSsh(AliyunApi api) {
        String g = api.group();
        api.ok(io.cloudtwin.dialect.aliyun.spec.AliyunSpecs.ECS, "AuthorizeSecurityGroup",
                ssh(g).entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                        .toArray(String[]::new));
        return g;
    }

    @Override
    public void register(Recipes r) {
        // security groups
        r.ecs("AuthorizeSecurityGroup", api -> ssh(api.group()))
                .fails("InvalidParam.PortRange", api -> ssh(api.group(), "PortRange", "22-22"))
                .fails("InvalidIpProtocol.ValueNotSupported", api -> ssh(api.group(), "IpProtocol", "sctp"))
                .fails("InvalidSecurityGroupId.NotFound", api -> ssh("sg-missing"))
                .fails("InvalidSourceGroupId.NotFound", api -> params("RegionId", REGION, "SecurityGroupId",
                        api.group(), "IpProtocol", "tcp", "PortRange", "80/80", "SourceGroupId", "sg-missing"))
                .fails("MissingParameter.Source", api -> params("RegionId", REGION, "SecurityGroupId", api.group(),
                        "IpProtocol", "tcp", "PortRange", "80/80"))
                .fails("InvalidParam.DuplicatePermissions", api -> params("RegionId", REGION,
                        "SecurityGroupId", api.group(),
                        "Permissions.1.IpProtocol", "tcp", "Permissions.1.PortRange", "80/80",
                        "Permissions.1.SourceCidrIp", "10.0.0.0/8",
                        "Permissions.2.IpProtocol", "TCP", "Permissions.2.PortRange", "80/80",
                        "Permissions.2.SourceCidrIp", "10.0.0.0/8"));
        r.ecs("AuthorizeSecurityGroupEgress", api -> params("RegionId", REGION, "SecurityGroupId", api.group(),
                        "IpProtocol", "all", "PortRange", "-1/-1", "DestCidrIp", "0.0.0.0/0"))
                .fails("MissingParameter.Dest", api -> params("RegionId", REGION, "SecurityGroupId", api.group(),
                        "IpProtocol", "all", "PortRange", "-1/-1"))
                .fails("InvalidDestGroupId.NotFound", api -> params("RegionId", REGION, "SecurityGroupId",
                        api.group(), "IpProtocol", "all", "PortRange", "-1/-1", "DestGroupId", "sg-missing"));
        r.ecs("RevokeSecurityGroup", api -> ssh(withSsh(api)))
                .fails("InvalidSecurityGroupRuleId.NotFound", api -> params("RegionId", REGION,
                        "SecurityGroupId", api.group(), "SecurityGroupRuleId.1", "sgr-missing"));
        r.ecs("RevokeSecurityGroupEgress", api -> params("RegionId", REGION, "SecurityGroupId", api.group(),
                "IpProtocol", "all", "PortRange", "-1/-1", "DestCidrIp", "0.0.0.0/0"));
        r.ecs("ModifySecurityGroupRule", api -> ssh(withSsh(api), "Description", "changed"))
                .fails("SecurityGroupRule.NotFound", api -> ssh(api.group()));
        r.ecs("ModifySecurityGroupEgressRule", api -> {
            String g = api.group();
            api.ecs("AuthorizeSecurityGroupEgress", "RegionId", REGION, "SecurityGroupId", g, "IpProtocol", "all",
                    "PortRange", "-1/-1", "DestCidrIp", "0.0.0.0/0");
            return params("RegionId", REGION, "SecurityGroupId", g, "IpProtocol", "all", "PortRange", "-1/-1",
                    "DestCidrIp", "0.0.0.0/0", "Priority", "7");
        });
        r.ecs("DescribeSecurityGroupAttribute", api -> params("RegionId", REGION, "SecurityGroupId", withSsh(api),
                        "Direction", "ingress"))
                .fails("InvalidSecurityGroupId.NotFound", api -> params("RegionId", REGION,
                        "SecurityGroupId", "sg-missing"));
        r.ecs("ModifySecurityGroupAttribute", api -> params("RegionId", REGION, "SecurityGroupId", api.group(),
                        "SecurityGroupName", "renamed", "Description", "again"))
                .fails("InvalidSecurityGroupName.Malformed", api -> params("RegionId", REGION,
                        "SecurityGroupId", api.group(), "SecurityGroupName", "http://x"));
        r.ecs("ModifySecurityGroupPolicy", api -> params("RegionId", REGION, "SecurityGroupId", api.group(),
                        "InnerAccessPolicy", "Drop"))
                .fails("InvalidPolicy.Malformed", api -> params("RegionId", REGION, "SecurityGroupId", api.group(),
                        "InnerAccessPolicy", "Sometimes"))
                .fails("InvalidSecurityGroupId.NotFound", api -> params("RegionId", REGION,
                        "SecurityGroupId", "sg-missing", "InnerAccessPolicy", "Drop"));
        r.ecs("DescribeSecurityGroupReferences", api -> {
            String db = api.group();
            String web = api.group();
            api.ecs("AuthorizeSecurityGroup", "RegionId", REGION, "SecurityGroupId", web, "IpProtocol", "tcp",
                    "PortRange", "3306/3306", "SourceGroupId", db);
            return params("RegionId", REGION, "SecurityGroupId.1", db);
        }).fails("InvalidSecurityGroupId.NotFound", api -> params("RegionId", REGION, "SecurityGroupId.1", "sg-missing"));

        // tags (ECS)
        r.ecs("TagResources", api -> params("RegionId", REGION, "ResourceType", "securitygroup",
                        "ResourceId.1", api.group(), "Tag.1.Key", "team", "Tag.1.Value", "blue"))
                .fails("InvalidResourceId.NotFound", api -> params("RegionId", REGION, "ResourceType", "instance",
                        "ResourceId.1", "i-missing", "Tag.1.Key", "team", "Tag.1.Value", "blue"));
        r.ecs("UntagResources", api -> {
            String g = api.group();
            api.ecs("TagResources", "RegionId", REGION, "ResourceType", "securitygroup", "ResourceId.1", g,
                    "Tag.1.Key", "team", "Tag.1.Value", "blue");
            return params("RegionId", REGION, "ResourceType", "securitygroup", "ResourceId.1", g, "TagKey.1", "team");
        });
        r.ecs("ListTagResources", api -> {
            String g = api.group();
            api.ecs("TagResources", "RegionId", REGION, "ResourceType", "securitygroup", "ResourceId.1", g,
                    "Tag.1.Key", "team", "Tag.1.Value", "blue");
            return params("RegionId", REGION, "ResourceType", "securitygroup", "ResourceId.1", g);
        });

        // instances
        r.ecs("ModifyInstanceAttribute", api -> {
            String a = api.group();
            String b = api.group();
            return params("InstanceId", api.instance(a), "InstanceName", "renamed", "HostName", "web-1",
                    "SecurityGroupIds.1", a, "SecurityGroupIds.2", b);
        }).fails("InvalidInstanceId.NotFound", api -> params("InstanceId", "i-missing", "InstanceName", "x"))
                .fails("InvalidHostName.Malformed", api -> params("InstanceId", api.instance(api.group()),
                        "HostName", "-bad"))
                .fails("InvalidSecurityGroupId.NotFound", api -> params("InstanceId", api.instance(api.group()),
                        "SecurityGroupIds.1", "sg-missing"));
        r.ecs("RebootInstance", api -> params("InstanceId", api.instance(api.group())))
                .fails("InvalidInstanceId.NotFound", api -> params("InstanceId", "i-missing"));
        r.ecs("ModifyInstanceSpec", api -> {
            String i = api.instance(api.group());
            api.ecs("StopInstance", "InstanceId", i);
            return params("InstanceId", i, "InstanceType", "ecs.g6.xlarge");
        }).fails("InvalidInstanceStatus.NotStopped", api -> params("InstanceId", api.instance(api.group()),
                "InstanceType", "ecs.g6.xlarge")).fails("ChargeTypeViolation", api -> {
                    String i = api.ecs("RunInstances", "RegionId", REGION, "ImageId",
                            "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId",
                            api.group(), "InstanceChargeType", "PrePaid", "Period", "1").path("InstanceIdSets")
                            .path("InstanceIdSet").path(0).asString();
                    api.ecs("StopInstance", "InstanceId", i);
                    return params("InstanceId", i, "InstanceType", "ecs.g6.xlarge");
                });
        r.ecs("ModifyInstanceNetworkSpec", api -> params("InstanceId", api.instance(api.group()),
                        "InternetMaxBandwidthOut", "10", "AllocatePublicIp", "true"))
                .fails("InvalidInstanceId.NotFound", api -> params("InstanceId", "i-missing",
                        "InternetMaxBandwidthOut", "10"));
        r.ecs("DescribeInstanceAutoRenewAttribute", api -> {
            String prePaid = api.ecs("RunInstances", "RegionId", REGION,
                    "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                    "InstanceType", "ecs.g6.large", "SecurityGroupId", api.group(), "InstanceChargeType", "PrePaid",
                    "Period", "1", "AutoRenew", "true").path("InstanceIdSets").path("InstanceIdSet").path(0).asString();
            return params("RegionId", REGION, "InstanceId", prePaid);
        }).fails("ChargeTypeViolation", api -> params("RegionId", REGION, "InstanceId", api.instance(api.group())));
        r.ecs("ModifyInstanceChargeType", api -> params("RegionId", REGION, "InstanceIds",
                        "[\"" + api.instance(api.group()) + "\"]", "InstanceChargeType", "PrePaid", "Period", "1"))
                .fails("InvalidInstanceId.NotFound", api -> params("RegionId", REGION,
                        "InstanceIds", "[\"i-missing\"]"));
        r.ecs("ModifyInstanceAutoReleaseTime", api -> params("RegionId", REGION, "InstanceId",
                        api.instance(api.group()), "AutoReleaseTime", OffsetDateTime.now(ZoneOffset.UTC)
                                .plusDays(1).withNano(0).toString()))
                .fails("NoSuchResource", api -> params("RegionId", REGION, "InstanceId", "i-missing"));
        r.ecs("ModifyInstanceMetadataOptions", api -> params("RegionId", REGION, "InstanceId",
                        api.instance(api.group()), "HttpEndpoint", "enabled", "HttpTokens", "required",
                        "HttpPutResponseHopLimit", "2"))
                .fails("InvalidInstanceId.NotFound", api -> params("RegionId", REGION, "InstanceId", "i-missing",
                        "HttpEndpoint", "enabled"));
        r.ecs("ModifyInstanceMaintenanceAttributes", api -> params("RegionId", REGION, "InstanceId.1",
                        api.instance(api.group()), "ActionOnMaintenance", "Stop", "NotifyOnMaintenance", "true",
                        "MaintenanceWindow.1.StartTime", "01:00:00", "MaintenanceWindow.1.EndTime", "02:00:00"))
                .fails("InvalidInstanceId.NotFound", api -> params("RegionId", REGION, "InstanceId.1", "i-missing",
                        "ActionOnMaintenance", "Stop"))
                .fails("InvalidParameter", api -> params("RegionId", REGION, "InstanceId.1",
                        api.instance(api.group()), "ActionOnMaintenance", "Reboot"));
        r.ecs("DescribeInstanceHistoryEvents", api -> params("RegionId", REGION, "EventType",
                "SystemFailure.Delete", "ResourceType", "instance", "ResourceId.1", api.instance(api.group()),
                "PageSize", "100", "PageNumber", "1"));
        r.ecs("RenewInstance", api -> {
            String i = api.instance(api.group());
            api.ecs("ModifyInstanceChargeType", "RegionId", REGION, "InstanceIds", "[\"" + i + "\"]");
            return params("InstanceId", i, "Period", "2");
        }).fails("ChargeTypeViolation", api -> params("InstanceId", api.instance(api.group()), "Period", "1"));
        r.ecs("ModifyInstanceAutoRenewAttribute", api -> {
            String i = api.instance(api.group());
            api.ecs("ModifyInstanceChargeType", "RegionId", REGION, "InstanceIds", "[\"" + i + "\"]");
            return params("RegionId", REGION, "InstanceId", i, "RenewalStatus", "AutoRenewal", "Duration", "1");
        }).fails("ChargeTypeViolation", api -> params("RegionId", REGION, "InstanceId", api.instance(api.group()),
                "RenewalStatus", "Normal"));
        r.ecs("ModifyInstanceVpcAttribute", api -> {
            String[] e = eni(api);
            api.ecs("StopInstance", "InstanceId", e[1]);
            String vpcId = api.ecs("DescribeInstances", "RegionId", REGION, "InstanceIds", "[\"" + e[1] + "\"]")
                    .path("Instances").path("Instance").path(0).path("VpcAttributes").path("VSwitchId").asString();
            return params("InstanceId", e[1], "VSwitchId", vpcId, "PrivateIpAddress", "10.0.1.200");
        }).fails("IncorrectInstanceStatus", api -> {
            String[] e = eni(api);
            return params("InstanceId", e[1], "VSwitchId", api.ecs("DescribeInstances", "RegionId", REGION,
                    "InstanceIds", "[\"" + e[1] + "\"]").path("Instances").path("Instance").path(0)
                    .path("VpcAttributes").path("VSwitchId").asString());
        });
        r.ecs("AllocatePublicIpAddress", api -> {
            String i = api.instance(api.group());
            api.ecs("ModifyInstanceNetworkSpec", "InstanceId", i, "InternetMaxBandwidthOut", "5");
            return params("InstanceId", i);
        }).fails("AllocateIpInvalidInstanceBandwidth", api -> params("InstanceId", api.instance(api.group())));
        r.ecs("ReleasePublicIpAddress", api -> {
            String i = api.instance(api.group());
            api.ecs("ModifyInstanceNetworkSpec", "InstanceId", i, "InternetMaxBandwidthOut", "5");
            String address = api.ecs("AllocatePublicIpAddress", "InstanceId", i).path("IpAddress").asString();
            return params("InstanceId", i, "PublicIpAddress", address);
        }).fails("InvalidIpAddress.NotFound", api -> params("InstanceId", api.instance(api.group()),
                "PublicIpAddress", "198.18.0.1"));
        r.ecs("StopInstances", api -> params("RegionId", REGION, "InstanceId.1", api.instance(api.group()),
                        "InstanceId.2", api.instance(api.group())))
                .fails("InvalidInstanceId.NotFound", api -> params("RegionId", REGION,
                        "InstanceId.1", api.instance(api.group()), "InstanceId.2", "i-missing"));
        r.ecs("StartInstances", api -> {
            String i = api.instance(api.group());
            api.ecs("StopInstance", "InstanceId", i);
            return params("RegionId", REGION, "InstanceId.1", i, "BatchOptimization", "SuccessFirst");
        }).fails("IncorrectInstanceStatus", api -> params("RegionId", REGION, "InstanceId.1", api.instance(api.group())));
        r.ecs("RebootInstances", api -> params("RegionId", REGION, "InstanceId.1", api.instance(api.group())))
                .fails("InvalidInstanceId.NotFound", api -> params("RegionId", REGION, "InstanceId.1", "i-missing"));
        r.ecs("DeleteInstances", api -> params("RegionId", REGION, "InstanceId.1", api.instance(api.group()),
                        "Force", "true"))
                .fails("IncorrectInstanceStatus", api -> params("RegionId", REGION,
                        "InstanceId.1", api.instance(api.group())));
        r.ecs("DescribeInstanceStatus", api -> params("RegionId", REGION, "InstanceId.1", api.instance(api.group())));
        r.ecs("DescribeUserData", api -> params("RegionId", REGION, "InstanceId", api.instance(api.group())))
                .fails("InvalidInstanceId.NotFound", api -> params("RegionId", REGION, "InstanceId", "i-missing"));
        r.ecs("DescribeDisks", api -> params("RegionId", REGION, "InstanceId", api.instance(api.group()),
                "DiskType", "system"));
        r.ecs("DescribeInstanceMaintenanceAttributes", api -> params("RegionId", REGION,
                        "InstanceId.1", api.instance(api.group())))
                .fails("InvalidInstanceId.NotFound", api -> params("RegionId", REGION, "InstanceId.1", "i-missing"));
        r.ecs("DescribeInstanceAttachmentAttributes", api -> params("RegionId", REGION,
                "InstanceIds", "[\"" + api.instance(api.group()) + "\"]"));

        // the catalog
        r.ecs("DescribeImages", api -> params("RegionId", REGION, "ImageOwnerAlias", "system", "OSType", "linux"));
        r.ecs("DescribeInstanceTypes", api -> params("InstanceTypeFamily", "ecs.g6", "MinimumCpuCoreCount", "2"));
        r.ecs("DescribeAvailableResource", api -> params("RegionId", REGION, "DestinationResource", "InstanceType",
                "ZoneId", REGION + "-h"));
        r.ecs("DescribeInstanceTypeFamilies", api -> params("RegionId", REGION, "Generation", "ecs-5"));
        r.ecs("DescribeImageSupportInstanceTypes", api -> params("RegionId", REGION,
                        "ImageId", "ubuntu_22_04_x64_20G_alibase_20240926.vhd"))
                .fails("InvalidImageId.NotFound", api -> params("RegionId", REGION, "ImageId", "m-missing"));

        // network interfaces
        r.ecs("CreateNetworkInterface", api -> {
            String v = vpc(api);
            return params("RegionId", REGION, "VSwitchId", vSwitch(api, v), "SecurityGroupId", vpcGroup(api, v),
                    "NetworkInterfaceName", "eni", "Tag.1.Key", "k", "Tag.1.Value", "v");
        }).fails("InvalidVSwitchId.NotFound", api -> params("RegionId", REGION, "VSwitchId", "vsw-missing",
                "SecurityGroupId", api.group()));
        r.ecs("DescribeNetworkInterfaces", api -> {
            eni(api);
            return params("RegionId", REGION, "PageSize", "5");
        });
        r.ecs("CreateNetworkInterfacePermission", api -> params("RegionId", REGION, "NetworkInterfaceId", eni(api)[0],
                "AccountId", "1234567890123456", "Permission", "InstanceAttach"))
                .fails("InvalidEniId.NotFound", api -> params("RegionId", REGION, "NetworkInterfaceId", "eni-missing",
                        "AccountId", "1234567890123456", "Permission", "InstanceAttach"));
        r.ecs("DescribeNetworkInterfacePermissions", api -> params("RegionId", REGION, "NetworkInterfaceId",
                permission(api, eni(api)[0])[1]));
        r.ecs("DeleteNetworkInterfacePermission", api -> params("RegionId", REGION, "NetworkInterfacePermissionId",
                permission(api, eni(api)[0])[0], "Force", "true"))
                .fails("InvalidEniPermissionId.NotFound", api -> params("RegionId", REGION,
                        "NetworkInterfacePermissionId", "eni-perm-missing"));
        r.ecs("DescribeNetworkInterfaceAttribute", api -> params("RegionId", REGION, "NetworkInterfaceId", eni(api)[0]))
                .fails("InvalidEniId.NotFound", api -> params("RegionId", REGION, "NetworkInterfaceId", "eni-missing"));
        r.ecs("AttachNetworkInterface", api -> {
            String[] e = eni(api);
            return params("RegionId", REGION, "NetworkInterfaceId", e[0], "InstanceId", e[1]);
        }).fails("InvalidEniId.NotFound", api -> params("RegionId", REGION, "NetworkInterfaceId", "eni-missing",
                "InstanceId", eni(api)[1]));
        r.ecs("DetachNetworkInterface", api -> {
            String[] e = eni(api);
            api.ecs("AttachNetworkInterface", "RegionId", REGION, "NetworkInterfaceId", e[0], "InstanceId", e[1]);
            return params("RegionId", REGION, "NetworkInterfaceId", e[0], "InstanceId", e[1]);
        }).fails("InvalidOperation.InvalidEniState", api -> {
            String[] e = eni(api);
            return params("RegionId", REGION, "NetworkInterfaceId", e[0], "InstanceId", e[1]);
        });
        r.ecs("ModifyNetworkInterfaceAttribute", api -> {
            String[] e = eni(api);
            return params("RegionId", REGION, "NetworkInterfaceId", e[0], "NetworkInterfaceName", "renamed",
                    "SecurityGroupId.1", e[2]);
        }).fails("InvalidSecurityGroupId.NotFound", api -> params("RegionId", REGION, "NetworkInterfaceId", eni(api)[0],
                "SecurityGroupId.1", "sg-missing"));
        r.ecs("DeleteNetworkInterface", api -> params("RegionId", REGION, "NetworkInterfaceId", eni(api)[0]))
                .fails("InvalidEniId.NotFound", api -> params("RegionId", REGION, "NetworkInterfaceId", "eni-missing"));

        // the VPC product
        r.vpc("CreateVpc", api -> params("RegionId", REGION, "CidrBlock", "10.0.0.0/16", "VpcName", "tf",
                        "Tag.1.Key", "env", "Tag.1.Value", "test"))
                .fails("InvalidParameter", api -> params("RegionId", REGION, "CidrBlock", "10.0.0.0/99"));
        r.vpc("DescribeVpcs", api -> params("RegionId", REGION, "VpcId", vpc(api)));
        r.vpc("DescribeVpcAttribute", api -> {
            String v = vpc(api);
            vSwitch(api, v);
            return params("RegionId", REGION, "VpcId", v);
        });
        r.vpc("ModifyVpcAttribute", api -> params("RegionId", REGION, "VpcId", vpc(api), "VpcName", "renamed"))
                .fails("InvalidVpcId.NotFound", api -> params("RegionId", REGION, "VpcId", "vpc-missing"));
        r.vpc("AssociateVpcCidrBlock", api -> params("RegionId", REGION, "VpcId", vpc(api),
                        "SecondaryCidrBlock", "172.16.0.0/16"))
                .fails("InvalidVpc.NotFound", api -> params("RegionId", REGION, "VpcId", "vpc-missing",
                        "SecondaryCidrBlock", "172.16.0.0/16"))
                .fails("InvalidCidrBlock", api -> params("RegionId", REGION, "VpcId", vpc(api),
                        "SecondaryCidrBlock", "10.0.8.0/24"));
        r.vpc("UnassociateVpcCidrBlock", api -> {
            String v = vpc(api);
            api.vpc("AssociateVpcCidrBlock", "RegionId", REGION, "VpcId", v, "SecondaryCidrBlock", "172.16.0.0/16");
            return params("RegionId", REGION, "VpcId", v, "SecondaryCidrBlock", "172.16.0.0/16");
        }).fails("OperationFailed.CidrInUse", api -> {
            String v = vpc(api);
            api.vpc("AssociateVpcCidrBlock", "RegionId", REGION, "VpcId", v, "SecondaryCidrBlock", "172.16.0.0/16");
            api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", v, "CidrBlock", "172.16.1.0/24", "ZoneId", REGION + "-h");
            return params("RegionId", REGION, "VpcId", v, "SecondaryCidrBlock", "172.16.0.0/16");
        });
        r.vpc("DeleteVpc", api -> params("RegionId", REGION, "VpcId", vpc(api)))
                .fails("InvalidVpcId.NotFound", api -> params("RegionId", REGION, "VpcId", "vpc-missing"))
                .fails("DependencyViolation.VSwitch", api -> {
                    String v = vpc(api);
                    vSwitch(api, v);
                    return params("RegionId", REGION, "VpcId", v);
                })
                .fails("DependencyViolation.SecurityGroup", api -> {
                    String v = vpc(api);
                    vpcGroup(api, v);
                    return params("RegionId", REGION, "VpcId", v);
                });
        r.vpc("CreateVSwitch", api -> params("RegionId", REGION, "VpcId", vpc(api), "CidrBlock", "10.0.2.0/24",
                        "ZoneId", REGION + "-i", "VSwitchName", "tf"))
                .fails("InvalidVpcId.NotFound", api -> params("RegionId", REGION, "VpcId", "vpc-missing",
                        "CidrBlock", "10.0.2.0/24", "ZoneId", REGION + "-i"))
                .fails("InvalidZoneId.NotFound", api -> params("RegionId", REGION, "VpcId", vpc(api),
                        "CidrBlock", "10.0.2.0/24", "ZoneId", "xx-nowhere-1a"))
                .fails("InvalidCidrBlock.Overlapped", api -> {
                    String v = vpc(api);
                    vSwitch(api, v);
                    return params("RegionId", REGION, "VpcId", v, "CidrBlock", "10.0.1.0/25", "ZoneId", REGION + "-h");
                });
        r.vpc("DescribeVSwitches", api -> {
            String v = vpc(api);
            vSwitch(api, v);
            return params("RegionId", REGION, "VpcId", v, "PageSize", "5");
        });
        // an unknown vSwitch answers 200 with every field empty (AliyunTerraformFlowsTest), no error to check here
        r.vpc("DescribeVSwitchAttributes", api -> params("RegionId", REGION, "VSwitchId", vSwitch(api, vpc(api))));
        r.vpc("ModifyVSwitchAttribute", api -> params("RegionId", REGION, "VSwitchId", vSwitch(api, vpc(api)),
                "VSwitchName", "renamed"));
        r.vpc("DeleteVSwitch", api -> params("RegionId", REGION, "VSwitchId", vSwitch(api, vpc(api))))
                .fails("InvalidVSwitchId.NotFound", api -> params("RegionId", REGION, "VSwitchId", "vsw-missing"));
        r.vpc("TagResources", api -> params("RegionId", REGION, "ResourceType", "VPC", "ResourceId.1", vpc(api),
                "Tag.1.Key", "env", "Tag.1.Value", "test"));
        r.vpc("UnTagResources", api -> {
            String v = vpc(api);
            api.vpc("TagResources", "RegionId", REGION, "ResourceType", "VPC", "ResourceId.1", v,
                    "Tag.1.Key", "env", "Tag.1.Value", "test");
            return params("RegionId", REGION, "ResourceType", "VPC", "ResourceId.1", v, "All", "true");
        });
        r.vpc("ListTagResources", api -> {
            String v = vpc(api);
            api.vpc("TagResources", "RegionId", REGION, "ResourceType", "VPC", "ResourceId.1", v,
                    "Tag.1.Key", "env", "Tag.1.Value", "test");
            return params("RegionId", REGION, "ResourceType", "VPC", "ResourceId.1", v);
        }).fails("BothEmpty.TagsAndResources", api -> params("RegionId", REGION, "ResourceType", "VPC"));
    }
}
