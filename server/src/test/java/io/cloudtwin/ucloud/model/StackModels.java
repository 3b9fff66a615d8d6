package io.cloudtwin.ucloud.model;

import java.util.List;

import io.cloudtwin.ucloud.model.Responses.Common;
import io.cloudtwin.ucloud.net.StrictJson.Optional;

/**
 * The tutorial stack's answers (UHost key pairs; ULB; VPC NAT gateways and peering) with the field names and JSON types
 * of ucloud-sdk-go's services/uhost, ulb and vpc models and UCloudDoc-Team/api. Decode with {@link StrictJson}.
 */
public final class StackModels {
    private StackModels() {}

    // ---- UHost isolation groups (ucloud-sdk-go services/uhost: IsolationGroup, SpreadInfo)

    public static class SpreadInfo {
        public String Zone;
        public Integer UHostCount;
    }

    public static class IsolationGroup {
        public String GroupName;
        public String GroupId;
        public List<SpreadInfo> SpreadInfoSet;
        public String Remark;
    }

    public static class GroupIdResponse extends Common {
        public String GroupId;
    }

    public static class DescribeIsolationGroupResponse extends Common {
        public List<IsolationGroup> IsolationGroupSet;
        public Integer TotalCount;
    }

    // ---- UHost key pairs

    public static class KeyPair {
        public String ProjectId;
        public String KeyPairId;
        public String KeyPairName;
        public String KeyPairFingerPrint;
        public String PrivateKeyBody;
        public Integer CreateTime;
    }

    public static class KeyPairDesc {
        public String ProjectId;
        public String KeyPairId;
        public String KeyPairName;
        public String KeyPairFingerPrint;
        public Integer CreateTime;
    }

    public static class CreateUHostKeyPairResponse extends Common {
        public KeyPair KeyPair;
    }

    public static class ImportUHostKeyPairsResponse extends Common {
        public String KeyPairId;
        public String KeyPairName;
        public String KeyPairFingerPrint;
    }

    public static class DescribeUHostKeyPairsResponse extends Common {
        public Integer TotalCount;
        public List<KeyPairDesc> KeyPairs;
    }

    // ---- ULB (services/ulb models.go)

    public static class CreateULBResponse extends Common {
        public String ULBId;
    }

    public static class ULBIPSet {
        public Integer Bandwidth;
        public Integer BandwidthType;
        public String EIP;
        public String EIPId;
        public String OperatorName;
    }

    public static class FirewallSet {
        public String FirewallId;
        public String FirewallName;
    }

    public static class ULBBackendSet {
        public String BackendId;
        public Integer Enabled;
        public Integer IsBackup;
        public Integer Port;
        public String PrivateIP;
        public String ResourceId;
        public String ResourceName;
        public String ResourceType;
        public Integer Status;
        public String SubResourceId;
        public String SubResourceName;
        public String SubResourceType;
        public String SubnetId;
        public String VPCId;
        public Integer Weight;
    }

    public static class PolicyBackendSet {
        public String BackendId;
        public String ResourceType;
        public String ResourceName;
        public String SubResourceId;
        public String SubResourceName;
        public String SubResourceType;
        public String ObjectId;
        public Integer Port;
        public String PrivateIP;
    }

    public static class ULBPolicySet {
        public String DomainMatchMode;
        public String PolicyId;
        public String PolicyType;
        public String Type;
        public String Match;
        public Integer PolicyPriority;
        public String VServerId;
        public Integer TotalCount;
        public List<PolicyBackendSet> BackendSet;
    }

    public static class CreatePolicyResponse extends Common {
        public String PolicyId;
    }

    public static class SSLBindedTargetSet {
        public String VServerId;
        public String VServerName;
        public String ULBId;
        public String ULBName;
    }

    public static class ULBSSLSet {
        public String SSLId;
        public String SSLName;
        public String SSLType;
        public String SSLContent;
        public Integer CreateTime;
        public String HashValue;
        public List<SSLBindedTargetSet> BindedTargetSet;
        public Integer SSLSource;
        public String USSLId;
        public String Domains;
        public Integer NotBefore;
        public Integer NotAfter;
    }

    public static class CreateSSLResponse extends Common {
        public String SSLId;
    }

    public static class DescribeSSLResponse extends Common {
        public Integer TotalCount;
        public List<ULBSSLSet> DataSet;
    }

    public static class ULBVServerSet {
        public List<ULBBackendSet> BackendSet;
        public Integer ClientTimeout;
        public String Domain;
        public Integer EnableCompression;
        public Integer ForwardPort;
        public Integer FrontendPort;
        public String ListenType;
        public String Method;
        public String MonitorType;
        public String Path;
        public String PersistenceInfo;
        public String PersistenceType;
        public List<ULBPolicySet> PolicySet;
        public String Protocol;
        public String RequestMsg;
        public String ResponseMsg;
        public List<ULBSSLSet> SSLSet;
        public Integer Status;
        public String ULBId;
        public String VServerId;
        public String VServerName;
    }

    public static class ULBSet {
        public Integer Bandwidth;
        public Integer BandwidthType;
        public String BusinessId;
        public Integer CreateTime;
        public Integer EnableLog;
        public List<FirewallSet> FirewallSet;
        public List<ULBIPSet> IPSet;
        public String IPVersion;
        public String ListenType;
        public String Name;
        public String PrivateIP;
        public String Remark;
        public List<String> SnatIps;
        public String SubnetId;
        public String Tag;
        public String ULBId;
        public String ULBType;
        public String VPCId;
        public List<ULBVServerSet> VServerSet;
    }

    public static class DescribeULBResponse extends Common {
        public Integer TotalCount;
        public List<ULBSet> DataSet;
    }

    public static class CreateVServerResponse extends Common {
        public String VServerId;
    }

    public static class DescribeVServerResponse extends Common {
        public Integer TotalCount;
        public List<ULBVServerSet> DataSet;
    }

    public static class AllocateBackendResponse extends Common {
        public String BackendId;
    }

    // ---- VPC intercom (services/vpc models.go)

    public static class VPCIntercomInfo {
        public String ProjectId;
        public Integer VPCType;
        public Integer AccountId;
        public List<String> Network;
        public String DstRegion;
        public String Name;
        public String VPCId;
        public String Tag;
    }

    public static class DescribeVPCIntercomResponse extends Common {
        public List<VPCIntercomInfo> DataSet;
    }

    // ---- UDisk (services/udisk models.go)

    public static class CreateUDiskResponse extends Common {
        public List<String> UDiskId;
    }

    public static class UDiskDataSet {
        public String Zone;
        public String UDiskId;
        public String Name;
        public Integer Size;
        public String Status;
        public Integer CreateTime;
        public Integer ExpiredTime;
        public String UHostId;
        public String UHostName;
        public String UHostIP;
        public String DeviceName;
        public String ChargeType;
        public String Tag;
        public String IsExpire;
        public String Version;
        public String UDataArkMode;
        public Integer SnapshotCount;
        public Integer SnapshotLimit;
        public String DiskType;
        public Integer CloneEnable;
        public Integer SnapEnable;
        public Integer ArkSwitchEnable;
        public String UKmsMode;
        public String CmkId;
        public String DataKey;
        public String CmkIdStatus;
        public String CmkIdAlias;
        public String IsBoot;
        public String BackupMode;
    }

    public static class DescribeUDiskResponse extends Common {
        public Integer TotalCount;
        public List<UDiskDataSet> DataSet;
    }

    public static class AttachUDiskResponse extends Common {
        public String UHostId;
        public String UDiskId;
        public String DeviceName;
    }

    public static class CreateAttachUDiskResponse extends Common {
        public String UDiskId;
        public String UHostId;
        public String HostId;
        public String DeviceName;
    }

    public static class DetachDeleteUDiskResponse extends Common {
        public String UHostId;
        public String HostId;
        public String UDiskId;
    }

    public static class DetachUDiskResponse extends Common {
        public String UHostId;
        public String UDiskId;
    }

    // ---- UDisk snapshots (services/udisk: UDiskSnapshotSet) and UHost ResizeAttachedDisk

    public static class CreateUDiskSnapshotResponse extends Common {
        public List<String> SnapshotId;
    }

    public static class UDiskSnapshotSet {
        public String Zone;
        public String SnapshotId;
        public String Name;
        public String UDiskId;
        public String UDiskName;
        public Integer CreateTime;
        public Integer Size;
        public String Status;
        public Integer DiskType;
        public Integer ExpiredTime;
        public String Comment;
        public Boolean IsUDiskAvailable;
        public String Version;
        public String UHostId;
        public String UKmsMode;
        public String CmkId;
        public String DataKey;
        public String CmkIdStatus;
        public String CmkIdAlias;
    }

    public static class DescribeUDiskSnapshotResponse extends Common {
        public Integer TotalCount;
        public List<UDiskSnapshotSet> DataSet;
    }

    public static class ResizeAttachedDiskResponse extends Common {
        public String DiskId;
        public Boolean NeedRestart;
    }

    // ---- UNet EIPs (services/unet models.go)

    public static class UnetEIPAddrSet {
        public String OperatorName;
        public String IP;
    }

    public static class UnetAllocateEIPSet {
        public String EIPId;
        public List<UnetEIPAddrSet> EIPAddr;
    }

    public static class AllocateEIPResponse extends Common {
        public List<UnetAllocateEIPSet> EIPSet;
    }

    public static class UnetEIPResourceSet {
        public String ResourceType;
        public String ResourceName;
        public String ResourceID;
        /** Deprecated in ucloud-sdk-go, and what ucloud_eip reads. */
        public String ResourceId;
        public String SubResourceType;
        public String SubResourceName;
        public String SubResourceId;
        public String EIPId;
    }

    public static class EIPBinding {
        public String EIP;
        public String PrivateIP;
        public String PrivateIPType;
    }

    public static class UnetEIPSet {
        public String EIPId;
        public Integer Weight;
        public Integer BandwidthType;
        public Integer Bandwidth;
        public String Status;
        public String ChargeType;
        public Integer CreateTime;
        public Integer ExpireTime;
        public UnetEIPResourceSet Resource;
        public List<UnetEIPAddrSet> EIPAddr;
        public String Name;
        public String Tag;
        public String Remark;
        public String PayMode;
        public Boolean Expire;
        public EIPBinding EIPBinding;
        /** An EIP in a share bandwidth only. */
        @Optional public ShareBandwidthSet ShareBandwidthSet;
    }

    public static class ShareBandwidthSet {
        public Integer ShareBandwidth;
        public String ShareBandwidthName;
        public String ShareBandwidthId;
    }

    public static class AllocateShareBandwidthResponse extends Common {
        public String ShareBandwidthId;
    }

    public static class EIPAddrSet {
        public String OperatorName;
        public String IP;
    }

    public static class EIPSetData {
        public Integer Bandwidth;
        public List<EIPAddrSet> EIPAddr;
        public String EIPId;
        public Boolean FollowShareBandwidth;
    }

    public static class UnetShareBandwidthSet {
        public String IPVersion;
        public Integer ShareBandwidth;
        public String ShareBandwidthId;
        public String ChargeType;
        public Integer CreateTime;
        public Integer ExpireTime;
        public List<EIPSetData> EIPSet;
        public String Name;
        public String Tag;
        public String LimitType;
        public String AutoRenew;
        public String OperatorName;
    }

    public static class DescribeShareBandwidthResponse extends Common {
        public Integer TotalCount;
        public List<UnetShareBandwidthSet> DataSet;
    }

    public static class CreateBandwidthPackageResponse extends Common {
        public String BandwidthPackageId;
    }

    public static class UnetBandwidthPackageSet {
        public String BandwidthPackageId;
        public Integer EnableTime;
        public Integer DisableTime;
        public Integer CreateTime;
        public Integer Bandwidth;
        public String EIPId;
        public List<EIPAddrSet> EIPAddr;
    }

    public static class DescribeBandwidthPackageResponse extends Common {
        public Integer TotalCount;
        public List<UnetBandwidthPackageSet> DataSets;
    }

    public static class EIPPayModeSet {
        public String EIPId;
        public String EIPPayMode;
    }

    public static class GetEIPPayModeResponse extends Common {
        public List<EIPPayModeSet> EIPPayMode;
    }

    public static class DescribeEIPResponse extends Common {
        public Integer TotalCount;
        public Integer UnbindCount;
        public Integer TotalBandwidth;
        public List<UnetEIPSet> EIPSet;
    }

    // ---- VPC NAT gateways (services/vpc)

    public static class CreateNATGWResponse extends Common {
        public String NATGWId;
    }

    public static class NatGWIPResInfo {
        public String OperatorName;
        public String EIP;
    }

    public static class NatGatewayIPSet {
        public String EIPId;
        public Integer Weight;
        public String BandwidthType;
        public Integer Bandwidth;
        public List<NatGWIPResInfo> IPResInfo;
    }

    public static class NatGatewaySubnetSet {
        public String SubnetworkId;
        public String Subnet;
        public String SubnetName;
    }

    public static class NatGatewayDataSet {
        public String NATGWId;
        public String NATGWName;
        public String Tag;
        public String Remark;
        public Integer CreateTime;
        public String FirewallId;
        public String VPCId;
        public List<NatGatewaySubnetSet> SubnetSet;
        public List<NatGatewayIPSet> IPSet;
        public String VPCName;
        public String IsSnatpoolEnabled;
        public List<String> PolicyId;
    }

    public static class DescribeNATGWResponse extends Common {
        public Integer TotalCount;
        public List<NatGatewayDataSet> DataSet;
    }

    public static class DescribeWhiteListResourceObjectIPInfo {
        public String GwType;
        public String PrivateIP;
        public String ResourceId;
        public String ResourceName;
        public String ResourceType;
        public String SubResourceId;
        public String SubResourceName;
        public String SubResourceType;
        public String VPCId;
    }

    public static class NatGWWhitelistDataSet {
        public String NATGWId;
        public Integer IfOpen;
        public List<DescribeWhiteListResourceObjectIPInfo> ObjectIPInfo;
    }

    public static class DescribeWhiteListResourceResponse extends Common {
        public Integer TotalCount;
        public List<NatGWWhitelistDataSet> DataSet;
    }

    public static class GetAvailableResourceForWhiteListDataSet {
        public String ResourceId;
        public String ResourceName;
        public String PrivateIP;
        public String ResourceType;
        public String SubResourceName;
        public String SubResourceId;
        public String SubResourceType;
        public String VPCId;
        public String SubnetworkId;
    }

    public static class GetAvailableResourceForWhiteListResponse extends Common {
        public Integer TotalCount;
        public List<GetAvailableResourceForWhiteListDataSet> DataSet;
    }

    public static class NatgwSubnetDataSet {
        public String SubnetId;
        public String Subnet;
        public String Netmask;
        public String SubnetName;
        public Boolean HasNATGW;
    }

    public static class ListSubnetForNATGWResponse extends Common {
        public List<NatgwSubnetDataSet> DataSet;
    }

    // ---- NAT gateway policies and SNAT rules (services/vpc)

    public static class CreateNATGWPolicyResponse extends Common {
        public String PolicyId;
    }

    public static class NATGWPolicyDataSet {
        public String NATGWId;
        public String PolicyId;
        public String Protocol;
        public String SrcEIP;
        public String SrcEIPId;
        public String SrcPort;
        public String DstIP;
        public String DstPort;
        public String PolicyName;
    }

    public static class DescribeNATGWPolicyResponse extends Common {
        public Integer TotalCount;
        public List<NATGWPolicyDataSet> DataSet;
    }

    public static class GetAvailableResourceForPolicyDataSet {
        public String ResourceId;
        public String PrivateIP;
        public String ResourceType;
    }

    public static class GetAvailableResourceForPolicyResponse extends Common {
        public Integer TotalCount;
        public List<GetAvailableResourceForPolicyDataSet> DataSet;
    }

    public static class NATGWSnatRule {
        public String SnatIp;
        public String SourceIp;
        public String SubnetworkId;
        public String Name;
    }

    public static class DescribeSnatRuleResponse extends Common {
        public Integer TotalCount;
        public List<NATGWSnatRule> DataSet;
    }

    public static class GetAvailableResourceForSnatRuleDataSet {
        public String ResourceId;
        public String ResourceName;
        public String PrivateIP;
        public String ResourceType;
        public String SubnetworkId;
        public String VPCId;
    }

    public static class GetAvailableResourceForSnatRuleResponse extends Common {
        public Integer TotalCount;
        public List<GetAvailableResourceForSnatRuleDataSet> DataSet;
    }

    // ---- SnatDnat rules (services/vpc: SnatDnatRuleInfo)

    public static class SnatDnatRuleInfo {
        public String PrivateIp;
        public String NATGWId;
        public String EIP;
    }

    public static class DescribeSnatDnatRuleResponse extends Common {
        public List<SnatDnatRuleInfo> DataSet;
    }
}
