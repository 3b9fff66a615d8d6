package io.cloudtwin.ucloud.model;

import java.util.List;

import io.cloudtwin.ucloud.model.Models.ProjectListInfo;
import io.cloudtwin.ucloud.model.Models.RegionInfo;
import io.cloudtwin.ucloud.model.Models.ResourceSecgroupInfoEx;
import io.cloudtwin.ucloud.model.Models.SecGroupInfo;
import io.cloudtwin.ucloud.model.Models.SecGroupResourceInfo;
import io.cloudtwin.ucloud.model.Models.UHostImageSet;
import io.cloudtwin.ucloud.model.Models.UHostInstanceSet;
import io.cloudtwin.ucloud.model.Models.UHostTagSet;

/** One class per served action's response, fields as the SDKs declare them (Action, RetCode, Message common). */
public final class Responses {
    private Responses() {}

    /** The common part: every answer has it; an action without fields of its own decodes into this. */
    public static class Common {
        public String Action;
        public Integer RetCode;
        public String Message;
    }

    public static class CreateSecGroupResponse extends Common {
        public String SecGroupId;
    }

    /** vpc.CopySecGroupResponse of ucloud-sdk-go. */
    public static class CopySecGroupResponse extends Common {
        public String SecGroupId;
        public List<String> RuleID;
    }

    /** DataSet only: the SDKs' DescribeSecGroupResponse has no TotalCount. */
    public static class DescribeSecGroupResponse extends Common {
        public List<SecGroupInfo> DataSet;
    }

    public static class DescribeResourceSecGroupResponse extends Common {
        public Integer TotalCount;
        public List<ResourceSecgroupInfoEx> DataSet;
    }

    public static class DescribeSecGroupResourceResponse extends Common {
        public Integer TotalCount;
        public List<SecGroupResourceInfo> DataSet;
    }

    public static class CreateSecGroupRuleResponse extends Common {
        public List<String> RuleId;
    }

    public static class CreateUHostInstanceResponse extends Common {
        public List<String> UHostIds;
        public List<String> IPs;
    }

    public static class DescribeUHostInstanceResponse extends Common {
        public Integer TotalCount;
        public List<UHostInstanceSet> UHostSet;
    }

    public static class DescribeUHostTagsResponse extends Common {
        public Integer TotalCount;
        public List<UHostTagSet> TagSet;
    }

    /** Start, Stop, Poweroff, Reboot, Modify*, Resize, ResetPassword. */
    public static class UHostIdResponse extends Common {
        public String UHostId;
    }

    public static class TerminateUHostInstanceResponse extends Common {
        public String InRecycle;
        public String UHostId;
    }

    public static class CopyImageTaskInfo {
        public String TaskId;
        public String TargetImageId;
        public String TargetRegion;
    }

    public static class CopyCustomImageResponse extends Common {
        public String TargetImageId;
        public String TaskId;
        public List<CopyImageTaskInfo> Infos;
    }

    /** CreateCustomImage's and TerminateCustomImage's answer. */
    public static class CustomImageResponse extends Common {
        public String ImageId;
    }

    public static class DescribeImageResponse extends Common {
        public Integer TotalCount;
        public List<UHostImageSet> ImageSet;
    }

    public static class GetProjectListResponse extends Common {
        public Integer ProjectCount;
        public List<ProjectListInfo> ProjectSet;
    }

    public static class GetRegionResponse extends Common {
        public List<RegionInfo> Regions;
    }
}
