package io.cloudtwin.aliyun.spec;

import static io.cloudtwin.aliyun.spec.AliyunApi.params;
import static io.cloudtwin.support.ServerTestBase.REGION;

/** Recipes for the seed's twelve ECS actions and DescribeRegions/DescribeZones of both products. */
public class CoreRecipes implements Recipes.RecipeBook {
    @Override
    public void register(Recipes r) {
        r.ecs("DescribeRegions", api -> params())
                .fails("InvalidRegionId.NotFound", api -> params("RegionId", "xx-nowhere-1"));
        r.ecs("DescribeZones", api -> params("RegionId", REGION))
                .fails("MissingParameter", api -> params());
        r.vpc("DescribeRegions", api -> params());
        r.vpc("DescribeZones", api -> params("RegionId", REGION))
                .fails("InvalidRegionId.NotFound", api -> params("RegionId", "xx-nowhere-1"));

        r.ecs("CreateSecurityGroup", api -> params("RegionId", REGION, "SecurityGroupName", "web",
                        "Description", "front", "VpcId", FamilyRecipes.vpc(api), "SecurityGroupType", "normal"))
                .fails("InvalidSecurityGroupName.Malformed", api -> params("RegionId", REGION,
                        "SecurityGroupName", "n".repeat(129)));
        r.ecs("DescribeSecurityGroups", api -> {
            String g = api.group();
            return params("RegionId", REGION, "SecurityGroupIds", "[\"" + g + "\"]", "PageSize", "5");
        });
        r.ecs("DeleteSecurityGroup", api -> params("RegionId", REGION, "SecurityGroupId", api.group()))
                .fails("InvalidSecurityGroup.NotFound", api -> params("RegionId", REGION,
                        "SecurityGroupId", "sg-missing"))
                .fails("DependencyViolation", api -> {
                    String g = api.group();
                    api.instance(g);
                    return params("RegionId", REGION, "SecurityGroupId", g);
                });
        r.ecs("RunInstances", api -> params("RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                        "SecurityGroupIds.1", api.group(), "Amount", "2", "InstanceName", "web"))
                .fails("InvalidSecurityGroupId.NotFound", api -> params("RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                        "InstanceType", "ecs.g6.large", "SecurityGroupId", "sg-missing"))
                .fails("DryRunOperation", api -> params("RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                        "InstanceType", "ecs.g6.large", "SecurityGroupId", api.group(), "DryRun", "true"))
                .fails("InvalidParameter.SecurityGroupIdRepeated", api -> {
                    String g = api.group();
                    return params("RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                            "SecurityGroupIds.1", g, "SecurityGroupIds.2", g);
                })
                .fails("InvalidSecurityGroupId.SingleIdAndMultiIdConflict", api -> params("RegionId", REGION,
                        "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId", api.group(),
                        "SecurityGroupIds.1", api.group()))
                .fails("InvalidSecurityGroup.VpcMismatch", api -> params("RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd",
                        "InstanceType", "ecs.g6.large",
                        "SecurityGroupIds.1", api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", FamilyRecipes.vpc(api))
                                .path("SecurityGroupId").asString(),
                        "SecurityGroupIds.2", api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", FamilyRecipes.vpc(api))
                                .path("SecurityGroupId").asString()))
                .fails("JoinedGroupLimitExceed", api -> {
                    var p = params("RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large");
                    for (int i = 1; i <= 11; i++) p.put("SecurityGroupIds." + i, api.group()); // limit 10 in tests
                    return p;
                });
        r.ecs("CreateInstance", api -> params("RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                "SecurityGroupId", api.group()));
        r.ecs("DescribeInstances", api -> {
            String i = api.instance(api.group());
            return params("RegionId", REGION, "InstanceIds", "[\"" + i + "\"]", "MaxResults", "10");
        }).fails("InvalidStatus.NotFound", api -> params("RegionId", REGION, "Status", "Exploded"));
        r.ecs("DescribeInstanceAttribute", api -> params("InstanceId", api.instance(api.group())))
                .fails("InvalidInstanceId.NotFound", api -> params("InstanceId", "i-missing"));
        r.ecs("StopInstance", api -> params("InstanceId", api.instance(api.group())))
                .fails("InvalidInstanceId.NotFound", api -> params("InstanceId", "i-missing"));
        r.ecs("StartInstance", api -> {
            String i = api.instance(api.group());
            api.ecs("StopInstance", "InstanceId", i);
            return params("InstanceId", i);
        }).fails("IncorrectInstanceStatus", api -> params("InstanceId", api.instance(api.group())));
        r.ecs("DeleteInstance", api -> params("InstanceId", api.instance(api.group()), "Force", "true"))
                .fails("IncorrectInstanceStatus", api -> params("InstanceId", api.instance(api.group())));
        r.ecs("JoinSecurityGroup", api -> params("InstanceId", api.instance(api.group()), "SecurityGroupId", api.group()))
                .fails("InvalidSecurityGroupId.NotFound", api -> params("InstanceId", api.instance(api.group()),
                        "SecurityGroupId", "sg-missing"));
        r.ecs("LeaveSecurityGroup", api -> {
            String a = api.group();
            String b = api.group();
            return params("InstanceId", api.instance(a, b), "SecurityGroupId", b);
        }).fails("InstanceLastSecurityGroup", api -> {
            String a = api.group();
            return params("InstanceId", api.instance(a), "SecurityGroupId", a);
        }).fails("InstanceNotInSecurityGroup", api -> params("InstanceId", api.instance(api.group()),
                "SecurityGroupId", api.group()));
    }
}
