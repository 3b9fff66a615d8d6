package io.cloudtwin.ucloud.model;

import java.util.List;

import io.cloudtwin.core.Account;

/**
 * UCloud's response models with the field names and JSON types of the official SDKs (ucloud-sdk-go services/*
 * models, ucloud-sdk-java *Result classes) and UCloudDoc-Team/api: String where they have a string, Integer where an
 * int, Boolean where a boolean, a model class where an object, List where an array. Decode with {@link StrictJson}.
 * Extend this file (or add files to this package) for new products.
 */
public final class Models {
    private Models() {}

    // ---- VPC security groups

    public static class SecGroupRuleInfo {
        public String RuleId;
        public String Direction;
        public String IPRange;
        public Integer Priority;
        public String ProtocolType;
        public String DstPort;
        public String RuleAction;
        public String Remark;
        public String IPVersion;
    }

    public static class SecGroupInfo {
        public String SecGroupId;
        public String Name;
        public String VPCId;
        public Integer Account;
        public String Tag;
        public String Remark;
        public String Type;
        public Integer CreateTime;
        public List<SecGroupRuleInfo> Rule;
    }

    public static class BindingSecGroupInfo {
        public String SecGroupId;
        public String Name;
        public String VPCId;
        public Integer Priority;
    }

    public static class SecGroupSimpleInfo {
        public String SecGroupId;
        public String Name;
    }

    public static class ResourceSecgroupInfo {
        public String ResourceId;
        public Integer Count;
        public List<SecGroupSimpleInfo> SecGroupInfo;
    }

    public static class ResourceExInfo {
        public String SuperResourceId;
        public String ResourceName;
        public List<String> IP;
        public List<String> EIP;
        public List<ResourceSecgroupInfo> Uni;
        public String SuperResourceName;
    }

    public static class ResourceSecgroupInfoEx {
        public String ResourceId;
        public String ResourceName;
        public Integer Count;
        public List<BindingSecGroupInfo> SecGroupInfo;
        public Boolean PermitAssociate;
        public ResourceExInfo ExInfo;
    }

    public static class SecGroupResourceInfo {
        public Integer Zone;
        public String SubResourceName;
        public String SubResourceId;
        public String SubResourceType;
        public String Name;
        public String PrivateIp;
        public String ResourceId;
        public String ResourceType;
        public String Tag;
    }

    // ---- UHost

    public static class UHostDiskSet {
        public String DiskType;
        public String IsBoot;
        public String Encrypted;
        public String Type;
        public String DiskId;
        public String Name;
        public String Drive;
        public Integer Size;
        public String BackupType;
    }

    public static class UHostIPSet {
        public String IPMode;
        public String Default;
        public String Mac;
        public Integer Weight;
        public String Type;
        public String IPId;
        public String IP;
        public Integer Bandwidth;
        public String VPCId;
        public String SubnetId;
        public String NetworkInterfaceId;
    }

    /** services/uhost UHostTagSet: a business group's hosts in a zone. */
    public static class UHostTagSet {
        public String Tag;
        public Integer TotalCount;
        public String Zone;
    }

    public static class UHostInstanceSet {
        public String Zone;
        public String UHostId;
        public String UHostType;
        public String MachineType;
        public String CpuPlatform;
        public String StorageType;
        public String ImageId;
        public String BasicImageId;
        public String BasicImageName;
        public String Tag;
        public String Remark;
        public String Name;
        public String State;
        public Integer CreateTime;
        public String ChargeType;
        public Integer ExpireTime;
        public Integer CPU;
        public Integer Memory;
        public Integer GPU;
        public String AutoRenew;
        public List<UHostDiskSet> DiskSet;
        public List<UHostIPSet> IPSet;
        public String NetCapability;
        public String NetworkState;
        public String TimemachineFeature;
        public String SubnetType;
        public String OsName;
        public String OsType;
        public String HostType;
        public String LifeCycle;
        public String BootDiskState;
        public Integer TotalDiskSpace;
        public String IsolationGroup;
        public Boolean HotplugFeature;
        public Boolean IPv6Feature;
        public Boolean SecGroupInstance;
        public String NetFeatureTag;
        public UHostKeyPair KeyPair;
    }

    public static class UHostKeyPair {
        public String KeyPairId;
        public String KeyPairState;
    }

    public static class UHostImageSet {
        public String Zone;
        public String ImageId;
        public String ImageName;
        public String Tag;
        public String OsType;
        public String OsName;
        public String ImageType;
        public List<String> Features;
        public String FuncType;
        public String IntegratedSoftware;
        public String Vendor;
        public String Links;
        public String State;
        public String ImageDescription;
        public Integer CreateTime;
        public Integer ImageSize;
        public String MinimalCPU;
        public String MaintainEol;
    }

    // ---- UAccount

    public static class ProjectListInfo {
        public String ProjectId;
        public String ProjectName;
        public Integer CreateTime;
        public Boolean IsDefault;
        public Integer ResourceCount;
        public Integer MemberCount;
        public String ParentId;
        public String ParentName;
    }

    public static class RegionInfo {
        public Integer RegionId;
        public String RegionName;
        public Boolean IsDefault;
        public String BitMaps;
        public String Region;
        public String Zone;
    }
}
