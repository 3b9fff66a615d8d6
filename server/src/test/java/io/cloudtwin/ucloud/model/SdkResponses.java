package io.cloudtwin.ucloud.model;

import java.util.List;

import cn.ucloud.common.response.Response;

/**
 * Responses for the real Java client (decoded by its Gson): the same SDK-typed model classes as {@link Models}, whose
 * public PascalCase fields Gson maps by name. A string where a model has an object or a list fails the call.
 */
public final class SdkResponses {
    private SdkResponses() {}

    public static class CreateVPC extends Response {
        public String VPCId;
    }

    public static class CreateSecGroup extends Response {
        public String SecGroupId;
    }

    public static class DescribeSecGroup extends Response {
        public List<Models.SecGroupInfo> DataSet;
    }

    public static class CreateSecGroupRule extends Response {
        public List<String> RuleId;
    }

    public static class DescribeResourceSecGroup extends Response {
        public Integer TotalCount;
        public List<Models.ResourceSecgroupInfoEx> DataSet;
    }

    public static class CreateUHostInstance extends Response {
        public List<String> UHostIds;
        public List<String> IPs;
    }

    public static class DescribeUHostInstance extends Response {
        public Integer TotalCount;
        public List<Models.UHostInstanceSet> UHostSet;
    }

    public static class UHostId extends Response {
        public String UHostId;
    }

    public static class TerminateUHostInstance extends Response {
        public String InRecycle;
        public String UHostId;
    }

    public static class DescribeImage extends Response {
        public Integer TotalCount;
        public List<Models.UHostImageSet> ImageSet;
    }

    public static class DescribeFirewall extends Response {
        public Integer TotalCount;
        public List<NetModels.FirewallDataSet> DataSet;
    }

    public static class DescribeUDisk extends Response {
        public Integer TotalCount;
        public List<StackModels.UDiskDataSet> DataSet;
    }

    public static class GetProjectList extends Response {
        public Integer ProjectCount;
        public List<Models.ProjectListInfo> ProjectSet;
    }

    public static class GetRegion extends Response {
        public List<Models.RegionInfo> Regions;
    }
}
