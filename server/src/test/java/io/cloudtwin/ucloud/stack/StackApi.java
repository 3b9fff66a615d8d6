package io.cloudtwin.ucloud.stack;

import java.util.List;

import cn.ucloud.common.response.Response;
import com.google.gson.annotations.SerializedName;

import io.cloudtwin.ucloud.net.StrictJson.Optional;
import io.cloudtwin.ucloud.net.StrictJson.Partial;

/**
 * Answers of the tutorial stack's actions as the official SDKs declare them (ucloud-sdk-go services/uhost, ulb, vpc,
 * unet models; ucloud-sdk-java the same names and JSON types), for the real Java client and the strict decoder
 * ({@link io.cloudtwin.ucloud.net.StrictJson}): every declared field must come with exactly its type, and nothing
 * undeclared may come unless the class is {@link Partial}. Requests are {@link io.cloudtwin.ucloud.model.SdkCall}s
 * with the parameters each tool sends, as flat keys.
 */
public final class StackApi {
    private StackApi() {}

    // ---- UHost key pairs (services/uhost: KeyPair, KeyPairDesc, UHostKeyPair)

    public static class KeyPair {
        @SerializedName("ProjectId") public String projectId;
        @SerializedName("KeyPairId") public String keyPairId;
        @SerializedName("KeyPairName") public String keyPairName;
        @SerializedName("KeyPairFingerPrint") public String keyPairFingerPrint;
        @SerializedName("PrivateKeyBody") public String privateKeyBody;
        @SerializedName("CreateTime") public Integer createTime;
    }

    public static class CreateUHostKeyPairResponse extends Response {
        @SerializedName("KeyPair") public KeyPair keyPair;
    }

    public static class ImportUHostKeyPairsResponse extends Response {
        @SerializedName("KeyPairId") public String keyPairId;
        @SerializedName("KeyPairName") public String keyPairName;
        @SerializedName("KeyPairFingerPrint") public String keyPairFingerPrint;
    }

    public static class KeyPairDesc {
        @SerializedName("ProjectId") public String projectId;
        @SerializedName("KeyPairId") public String keyPairId;
        @SerializedName("KeyPairName") public String keyPairName;
        @SerializedName("KeyPairFingerPrint") public String keyPairFingerPrint;
        @SerializedName("CreateTime") public Integer createTime;
    }

    public static class DescribeUHostKeyPairsResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("KeyPairs") public List<KeyPairDesc> keyPairs;
    }

    public static class UHostKeyPair {
        @SerializedName("KeyPairId") public String keyPairId;
        @SerializedName("KeyPairState") public String keyPairState;
    }

    /** The fields of UHostInstanceSet these scenarios read (the whole model is UcloudResponseShapeTest's). */
    @Partial
    public static class UHostInstanceSet {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("State") public String state;
        @SerializedName("Name") public String name;
        @Optional @SerializedName("KeyPair") public UHostKeyPair keyPair;
        @SerializedName("IPSet") public List<UHostIPSet> ipSet;
        @SerializedName("DiskSet") public List<UHostDiskSet> diskSet;
        @SerializedName("IsolationGroup") public String isolationGroup;
        @SerializedName("ImageId") public String imageId;
    }

    @Partial
    public static class UHostDiskSet {
        @SerializedName("DiskId") public String diskId;
        @SerializedName("IsBoot") public String isBoot;
        @SerializedName("Size") public Integer size;
    }

    @Partial
    public static class UHostIPSet {
        @SerializedName("Type") public String type;
        @SerializedName("IP") public String ip;
        @Optional @SerializedName("IPId") public String ipId;
        @Optional @SerializedName("Bandwidth") public Integer bandwidth;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("SubnetId") public String subnetId;
        @Optional @SerializedName("Mac") public String mac;
        @Optional @SerializedName("NetworkInterfaceId") public String networkInterfaceId;
        @Optional @SerializedName("Default") public String isDefault;
    }

    public static class DescribeUHostInstanceResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("UHostSet") public List<UHostInstanceSet> uhostSet;
    }

    public static class CreateUHostInstanceResponse extends Response {
        @SerializedName("UHostIds") public List<String> uhostIds;
        @SerializedName("IPs") public List<String> ips;
    }

    public static class UHostIdResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
    }

    public static class TerminateUHostInstanceResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("InRecycle") public String inRecycle;
    }

    @Partial
    public static class UHostImageSet {
        @SerializedName("ImageId") public String imageId;
        @SerializedName("ImageSize") public Integer imageSize;
        @SerializedName("Features") public List<String> features;
    }

    public static class DescribeImageResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("ImageSet") public List<UHostImageSet> imageSet;
    }

    // ---- ULB (services/ulb: ULBSet, ULBVServerSet, ULBBackendSet, FirewallSet, ULBIPSet)

    public static class CreateULBResponse extends Response {
        @SerializedName("ULBId") public String ulbId;
    }

    public static class ULBIPSet {
        @SerializedName("OperatorName") public String operatorName;
        @SerializedName("EIP") public String eip;
        @SerializedName("EIPId") public String eipId;
        @SerializedName("BandwidthType") public Integer bandwidthType;
        @SerializedName("Bandwidth") public Integer bandwidth;
    }

    public static class FirewallSet {
        @SerializedName("FirewallId") public String firewallId;
        @SerializedName("FirewallName") public String firewallName;
    }

    /** What ucloud_lb reads, and what its listener import scans (VServerSet[].BackendSet[]). */
    @Partial
    public static class ULBSet {
        @SerializedName("ULBId") public String ulbId;
        @SerializedName("Name") public String name;
        @SerializedName("Tag") public String tag;
        @SerializedName("Remark") public String remark;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("SubnetId") public String subnetId;
        @SerializedName("PrivateIP") public String privateIp;
        @SerializedName("ULBType") public String ulbType;
        @SerializedName("ListenType") public String listenType;
        @SerializedName("IPSet") public List<ULBIPSet> ipSet;
        @SerializedName("FirewallSet") public List<FirewallSet> firewallSet;
        @SerializedName("VServerSet") public List<ULBVServerSet> vserverSet;
    }

    public static class DescribeULBResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<ULBSet> dataSet;
    }

    public static class CreateVServerResponse extends Response {
        @SerializedName("VServerId") public String vserverId;
    }

    /** What ucloud_lb_listener and ucloud_lb_attachment read. */
    @Partial
    public static class ULBVServerSet {
        @SerializedName("ULBId") public String ulbId;
        @SerializedName("VServerId") public String vserverId;
        @SerializedName("VServerName") public String vserverName;
        @SerializedName("Protocol") public String protocol;
        @SerializedName("ListenType") public String listenType;
        @SerializedName("FrontendPort") public Integer frontendPort;
        @SerializedName("ClientTimeout") public Integer clientTimeout;
        @SerializedName("Method") public String method;
        @SerializedName("PersistenceType") public String persistenceType;
        @SerializedName("PersistenceInfo") public String persistenceInfo;
        @SerializedName("MonitorType") public String monitorType;
        @SerializedName("Domain") public String domain;
        @SerializedName("Path") public String path;
        @SerializedName("Status") public Integer status;
        @SerializedName("BackendSet") public List<ULBBackendSet> backendSet;
        @SerializedName("SSLSet") public List<ULBSSLSet> sslSet;
        @SerializedName("PolicySet") public List<ULBPolicySet> policySet;
    }

    /** ulb.PolicyBackendSet of ucloud-sdk-go. */
    public static class PolicyBackendSet {
        @SerializedName("BackendId") public String backendId;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("SubResourceId") public String subResourceId;
        @SerializedName("SubResourceName") public String subResourceName;
        @SerializedName("SubResourceType") public String subResourceType;
        @SerializedName("ObjectId") public String objectId;
        @SerializedName("Port") public Integer port;
        @SerializedName("PrivateIP") public String privateIp;
    }

    /** ulb.ULBPolicySet of ucloud-sdk-go. */
    public static class ULBPolicySet {
        @SerializedName("DomainMatchMode") public String domainMatchMode;
        @SerializedName("PolicyId") public String policyId;
        @SerializedName("PolicyType") public String policyType;
        @SerializedName("Type") public String type;
        @SerializedName("Match") public String match;
        @SerializedName("PolicyPriority") public Integer policyPriority;
        @SerializedName("VServerId") public String vserverId;
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("BackendSet") public List<PolicyBackendSet> backendSet;
    }

    public static class CreatePolicyResponse extends Response {
        @SerializedName("PolicyId") public String policyId;
    }

    public static class SSLBindedTargetSet {
        @SerializedName("VServerId") public String vserverId;
        @SerializedName("VServerName") public String vserverName;
        @SerializedName("ULBId") public String ulbId;
        @SerializedName("ULBName") public String ulbName;
    }

    /** ulb.ULBSSLSet of ucloud-sdk-go. */
    public static class ULBSSLSet {
        @SerializedName("SSLId") public String sslId;
        @SerializedName("SSLName") public String sslName;
        @SerializedName("SSLType") public String sslType;
        @SerializedName("SSLContent") public String sslContent;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("HashValue") public String hashValue;
        @SerializedName("BindedTargetSet") public List<SSLBindedTargetSet> bindedTargetSet;
        @SerializedName("SSLSource") public Integer sslSource;
        @SerializedName("USSLId") public String usslId;
        @SerializedName("Domains") public String domains;
        @SerializedName("NotBefore") public Integer notBefore;
        @SerializedName("NotAfter") public Integer notAfter;
    }

    public static class CreateSSLResponse extends Response {
        @SerializedName("SSLId") public String sslId;
    }

    public static class DescribeSSLResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<ULBSSLSet> dataSet;
    }

    @Partial
    public static class ULBBackendSet {
        @SerializedName("BackendId") public String backendId;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("PrivateIP") public String privateIp;
        @SerializedName("Port") public Integer port;
        @SerializedName("Enabled") public Integer enabled;
        @SerializedName("Status") public Integer status;
        @SerializedName("IsBackup") public Integer isBackup;
        @SerializedName("Weight") public Integer weight;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("SubnetId") public String subnetId;
    }

    public static class DescribeVServerResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<ULBVServerSet> dataSet;
    }

    public static class AllocateBackendResponse extends Response {
        @SerializedName("BackendId") public String backendId;
    }

    // ---- VPC and UNet pieces the stack scenarios set up with

    public static class VIPSet {
        @SerializedName("VIP") public String vip;
        @SerializedName("VIPId") public String vipId;
        @SerializedName("VPCId") public String vpcId;
    }

    public static class AllocateVIPResponse extends Response {
        @SerializedName("VIPSet") public List<VIPSet> vipSet;
        @SerializedName("DataSet") public List<String> dataSet;
    }

    /** vpc.VIPDetailSet of ucloud-sdk-go. */
    public static class VIPDetailSet {
        @SerializedName("Zone") public String zone;
        @SerializedName("VIPId") public String vipId;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("RealIp") public String realIp;
        @SerializedName("VIP") public String vip;
        @SerializedName("SubnetId") public String subnetId;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("Name") public String name;
        @SerializedName("Remark") public String remark;
        @SerializedName("Tag") public String tag;
    }

    public static class DescribeVIPResponse extends Response {
        @SerializedName("VIPSet") public List<VIPDetailSet> vipSet;
        @SerializedName("DataSet") public List<String> dataSet;
        @SerializedName("TotalCount") public Integer totalCount;
    }

    /** vpc.RouteRuleInfo of ucloud-sdk-go: InstanceType only for a rule to an instance. */
    public static class RouteRuleInfo {
        @SerializedName("AccountId") public Integer accountId;
        @SerializedName("DstAddr") public String dstAddr;
        @SerializedName("DstPort") public Integer dstPort;
        @SerializedName("NexthopId") public String nexthopId;
        @SerializedName("NexthopType") public String nexthopType;
        @Optional @SerializedName("InstanceType") public String instanceType;
        @SerializedName("OriginAddr") public String originAddr;
        @SerializedName("Priority") public Integer priority;
        @SerializedName("Remark") public String remark;
        @SerializedName("RouteRuleId") public String routeRuleId;
        @SerializedName("RouteTableId") public String routeTableId;
        @SerializedName("RuleType") public Integer ruleType;
        @SerializedName("SrcAddr") public String srcAddr;
        @SerializedName("SrcPort") public Integer srcPort;
        @SerializedName("VNetId") public String vnetId;
    }

    /** vpc.RouteTableInfo of ucloud-sdk-go (RouteRules absent when Brief). */
    public static class RouteTableInfo {
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("Remark") public String remark;
        @Optional @SerializedName("RouteRules") public List<RouteRuleInfo> routeRules;
        @SerializedName("RouteTableId") public String routeTableId;
        @SerializedName("RouteTableType") public Integer routeTableType;
        @SerializedName("SubnetCount") public Integer subnetCount;
        @SerializedName("SubnetIds") public List<String> subnetIds;
        @SerializedName("Tag") public String tag;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("VPCName") public String vpcName;
    }

    public static class RouteTableIdResponse extends Response {
        @SerializedName("RouteTableId") public String routeTableId;
    }

    public static class DescribeRouteTableResponse extends Response {
        @SerializedName("RouteTables") public List<RouteTableInfo> routeTables;
        @SerializedName("TotalCount") public Integer totalCount;
    }

    /** vpc.IpInfo of ucloud-sdk-go. */
    public static class IpInfo {
        @SerializedName("Ip") public String ip;
        @SerializedName("Mask") public String mask;
        @SerializedName("Gateway") public String gateway;
        @SerializedName("Mac") public String mac;
        @SerializedName("SubnetId") public String subnetId;
        @SerializedName("VPCId") public String vpcId;
    }

    public static class AllocateSecondaryIpResponse extends Response {
        @SerializedName("IpInfo") public IpInfo ipInfo;
    }

    public static class StatusInfo {
        @SerializedName("StatusCode") public String statusCode;
        @SerializedName("Message") public String message;
    }

    /** vpc.IpsInfo of ucloud-sdk-go: an IpInfo with its allocation's Status. */
    public static class IpsInfo extends IpInfo {
        @SerializedName("Status") public StatusInfo status;
    }

    public static class AllocateBatchSecondaryIpResponse extends Response {
        @SerializedName("IpsInfo") public List<IpsInfo> ipsInfo;
    }

    public static class DescribeSecondaryIpResponse extends Response {
        @SerializedName("DataSet") public List<IpInfo> dataSet;
    }

    public static class GroupIdResponse extends Response {
        @SerializedName("GroupId") public String groupId;
    }

    public static class SpreadInfo {
        @SerializedName("Zone") public String zone;
        @SerializedName("UHostCount") public Integer uhostCount;
    }

    public static class IsolationGroup {
        @SerializedName("GroupName") public String groupName;
        @SerializedName("GroupId") public String groupId;
        @SerializedName("SpreadInfoSet") public List<SpreadInfo> spreadInfoSet;
        @SerializedName("Remark") public String remark;
    }

    // ---- UHost business groups (services/uhost: UHostTagSet)

    public static class UHostTagSet {
        @SerializedName("Tag") public String tag;
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("Zone") public String zone;
    }

    public static class DescribeUHostTagsResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("TagSet") public List<UHostTagSet> tagSet;
    }

    public static class DescribeIsolationGroupResponse extends Response {
        @SerializedName("IsolationGroupSet") public List<IsolationGroup> isolationGroupSet;
        @SerializedName("TotalCount") public Integer totalCount;
    }

    public static class VPCIdResponse extends Response {
        @SerializedName("VPCId") public String vpcId;
    }

    public static class SubnetIdResponse extends Response {
        @SerializedName("SubnetId") public String subnetId;
    }

    public static class FWIdResponse extends Response {
        @SerializedName("FWId") public String fwId;
    }

    @Partial
    public static class FirewallDataSet {
        @SerializedName("FWId") public String fwId;
        @SerializedName("Name") public String name;
    }

    public static class DescribeFirewallResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<FirewallDataSet> dataSet;
    }

    // ---- VPC intercom (services/vpc: VPCIntercomInfo)

    public static class VPCIntercomInfo {
        @SerializedName("ProjectId") public String projectId;
        @SerializedName("VPCType") public Integer vpcType;
        @SerializedName("AccountId") public Integer accountId;
        @SerializedName("Network") public List<String> network;
        @SerializedName("DstRegion") public String dstRegion;
        @SerializedName("Name") public String name;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("Tag") public String tag;
    }

    public static class DescribeVPCIntercomResponse extends Response {
        @SerializedName("DataSet") public List<VPCIntercomInfo> dataSet;
    }

    // ---- UDisk (services/udisk: UDiskDataSet)

    public static class CreateUDiskResponse extends Response {
        @SerializedName("UDiskId") public List<String> udiskId;
    }

    /** What ucloud_disk and ucloud_disk_attachment read. */
    @Partial
    public static class UDiskDataSet {
        @SerializedName("Zone") public String zone;
        @SerializedName("UDiskId") public String udiskId;
        @SerializedName("Name") public String name;
        @SerializedName("Tag") public String tag;
        @SerializedName("Size") public Integer size;
        @SerializedName("ChargeType") public String chargeType;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("ExpiredTime") public Integer expiredTime;
        @SerializedName("Status") public String status;
        @SerializedName("DiskType") public String diskType;
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("UHostName") public String uhostName;
        @SerializedName("DeviceName") public String deviceName;
        @SerializedName("SnapshotCount") public Integer snapshotCount;
        @SerializedName("SnapshotLimit") public Integer snapshotLimit;
    }

    public static class DescribeUDiskResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<UDiskDataSet> dataSet;
    }

    public static class AttachUDiskResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("HostId") public String hostId;
        @SerializedName("UDiskId") public String udiskId;
        @SerializedName("DeviceName") public String deviceName;
    }

    /** CreateAttachUDiskResponse of ucloud-sdk-java. */
    public static class CreateAttachUDiskResponse extends Response {
        @SerializedName("UDiskId") public String udiskId;
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("HostId") public String hostId;
        @SerializedName("DeviceName") public String deviceName;
    }

    /** DetachDeleteUDiskResponse of ucloud-sdk-java. */
    public static class DetachDeleteUDiskResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("HostId") public String hostId;
        @SerializedName("UDiskId") public String udiskId;
    }

    public static class DetachUDiskResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("HostId") public String hostId;
        @SerializedName("UDiskId") public String udiskId;
    }

    // ---- UDisk snapshots (services/udisk: UDiskSnapshotSet), UHost ResizeAttachedDisk

    public static class CreateUDiskSnapshotResponse extends Response {
        @SerializedName("SnapshotId") public List<String> snapshotId;
    }

    public static class UDiskSnapshotSet {
        @SerializedName("Zone") public String zone;
        @SerializedName("SnapshotId") public String snapshotId;
        @SerializedName("Name") public String name;
        @SerializedName("UDiskId") public String udiskId;
        @SerializedName("UDiskName") public String udiskName;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("Size") public Integer size;
        @SerializedName("Status") public String status;
        @SerializedName("DiskType") public Integer diskType;
        @SerializedName("ExpiredTime") public Integer expiredTime;
        @SerializedName("Comment") public String comment;
        @SerializedName("IsUDiskAvailable") public Boolean isUDiskAvailable;
        @SerializedName("Version") public String version;
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("UKmsMode") public String ukmsMode;
        @SerializedName("CmkId") public String cmkId;
        @SerializedName("DataKey") public String dataKey;
        @SerializedName("CmkIdStatus") public String cmkIdStatus;
        @SerializedName("CmkIdAlias") public String cmkIdAlias;
    }

    public static class DescribeUDiskSnapshotResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<UDiskSnapshotSet> dataSet;
    }

    public static class ResizeAttachedDiskResponse extends Response {
        @SerializedName("DiskId") public String diskId;
        @SerializedName("NeedRestart") public Boolean needRestart;
    }

    // ---- UNet EIPs (services/unet: UnetAllocateEIPSet, UnetEIPSet, UnetEIPAddrSet, UnetEIPResourceSet)

    public static class UnetEIPAddrSet {
        @SerializedName("OperatorName") public String operatorName;
        @SerializedName("IP") public String ip;
    }

    public static class UnetAllocateEIPSet {
        @SerializedName("EIPId") public String eipId;
        @SerializedName("EIPAddr") public List<UnetEIPAddrSet> eipAddr;
    }

    /** GetEIPPayModeResponse of ucloud-sdk-java (models EIPPayModeSet). */
    public static class EIPPayModeSet {
        @SerializedName("EIPId") public String eipId;
        @SerializedName("EIPPayMode") public String eipPayMode;
    }

    public static class GetEIPPayModeResponse extends Response {
        @SerializedName("EIPPayMode") public List<EIPPayModeSet> eipPayMode;
    }

    public static class AllocateEIPResponse extends Response {
        @SerializedName("EIPSet") public List<UnetAllocateEIPSet> eipSet;
    }

    @Partial
    public static class UnetEIPResourceSet {
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("ResourceID") public String resourceId;
        /** ucloud-sdk-go's deprecated field, which ucloud_eip reads for resource.id. */
        @SerializedName("ResourceId") public String deprecatedResourceId;
    }

    /** What ucloud_eip and ucloud_eip_association read. */
    @Partial
    public static class UnetEIPSet {
        @SerializedName("EIPId") public String eipId;
        @SerializedName("Bandwidth") public Integer bandwidth;
        @SerializedName("Status") public String status;
        @SerializedName("ChargeType") public String chargeType;
        @SerializedName("PayMode") public String payMode;
        @SerializedName("Name") public String name;
        @SerializedName("Tag") public String tag;
        @SerializedName("Remark") public String remark;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("ExpireTime") public Integer expireTime;
        @SerializedName("EIPAddr") public List<UnetEIPAddrSet> eipAddr;
        @SerializedName("Resource") public UnetEIPResourceSet resource;
        @SerializedName("BandwidthType") public Integer bandwidthType;
        @SerializedName("Weight") public Integer weight;
        /** Only for an EIP in a share bandwidth. */
        @Optional @SerializedName("ShareBandwidthSet") public ShareBandwidthSet shareBandwidthSet;
    }

    public static class ShareBandwidthSet {
        @SerializedName("ShareBandwidth") public Integer shareBandwidth;
        @SerializedName("ShareBandwidthName") public String shareBandwidthName;
        @SerializedName("ShareBandwidthId") public String shareBandwidthId;
    }

    // ---- UNet share bandwidth (services/unet: UnetShareBandwidthSet, EIPSetData, EIPAddrSet; unet.json's models)

    public static class AllocateShareBandwidthResponse extends Response {
        @SerializedName("ShareBandwidthId") public String shareBandwidthId;
    }

    public static class EIPAddrSet {
        @SerializedName("OperatorName") public String operatorName;
        @SerializedName("IP") public String ip;
    }

    public static class EIPSetData {
        @SerializedName("Bandwidth") public Integer bandwidth;
        @SerializedName("EIPAddr") public List<EIPAddrSet> eipAddr;
        @SerializedName("EIPId") public String eipId;
        /** unet.json's, not the SDKs'. */
        @SerializedName("FollowShareBandwidth") public Boolean followShareBandwidth;
    }

    public static class UnetShareBandwidthSet {
        @SerializedName("IPVersion") public String ipVersion;
        @SerializedName("ShareBandwidth") public Integer shareBandwidth;
        @SerializedName("ShareBandwidthId") public String shareBandwidthId;
        @SerializedName("ChargeType") public String chargeType;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("ExpireTime") public Integer expireTime;
        @SerializedName("EIPSet") public List<EIPSetData> eipSet;
        @SerializedName("Name") public String name;
        /** unet.json's, not the SDKs'. */
        @SerializedName("Tag") public String tag;
        @SerializedName("LimitType") public String limitType;
        @SerializedName("AutoRenew") public String autoRenew;
        @SerializedName("OperatorName") public String operatorName;
        /** ucloud-sdk-go's deprecated fields. */
        @Optional @SerializedName("BandwidthGuarantee") public Integer bandwidthGuarantee;
        @Optional @SerializedName("PostPayStartTime") public Integer postPayStartTime;
    }

    public static class DescribeShareBandwidthResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<UnetShareBandwidthSet> dataSet;
    }

    // ---- UNet bandwidth packages (services/unet: UnetBandwidthPackageSet, EIPAddrSet)

    public static class CreateBandwidthPackageResponse extends Response {
        @SerializedName("BandwidthPackageId") public String bandwidthPackageId;
    }

    public static class UnetBandwidthPackageSet {
        @SerializedName("BandwidthPackageId") public String bandwidthPackageId;
        @SerializedName("EnableTime") public Integer enableTime;
        @SerializedName("DisableTime") public Integer disableTime;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("Bandwidth") public Integer bandwidth;
        @SerializedName("EIPId") public String eipId;
        @SerializedName("EIPAddr") public List<EIPAddrSet> eipAddr;
    }

    public static class DescribeBandwidthPackageResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSets") public List<UnetBandwidthPackageSet> dataSets;
    }

    public static class DescribeEIPResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("UnbindCount") public Integer unbindCount;
        @SerializedName("TotalBandwidth") public Integer totalBandwidth;
        @SerializedName("EIPSet") public List<UnetEIPSet> eipSet;
    }

    // ---- NAT gateways (services/vpc: NatGatewayDataSet, NatGatewayIPSet, NatGWIPResInfo, NatGatewaySubnetSet,
    // NatGWWhitelistDataSet, DescribeWhiteListResourceObjectIPInfo; every field, strictly)

    public static class CreateNATGWResponse extends Response {
        @SerializedName("NATGWId") public String natgwId;
    }

    public static class NatGWIPResInfo {
        @SerializedName("OperatorName") public String operatorName;
        @SerializedName("EIP") public String eip;
    }

    public static class NatGatewayIPSet {
        @SerializedName("EIPId") public String eipId;
        @SerializedName("Weight") public Integer weight;
        @SerializedName("BandwidthType") public String bandwidthType;
        @SerializedName("Bandwidth") public Integer bandwidth;
        @SerializedName("IPResInfo") public List<NatGWIPResInfo> ipResInfo;
    }

    public static class NatGatewaySubnetSet {
        @SerializedName("SubnetworkId") public String subnetworkId;
        @SerializedName("Subnet") public String subnet;
        @SerializedName("SubnetName") public String subnetName;
    }

    public static class NatGatewayDataSet {
        @SerializedName("NATGWId") public String natgwId;
        @SerializedName("NATGWName") public String natgwName;
        @SerializedName("Tag") public String tag;
        @SerializedName("Remark") public String remark;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("FirewallId") public String firewallId;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("SubnetSet") public List<NatGatewaySubnetSet> subnetSet;
        @SerializedName("IPSet") public List<NatGatewayIPSet> ipSet;
        @SerializedName("VPCName") public String vpcName;
        @SerializedName("IsSnatpoolEnabled") public String isSnatpoolEnabled;
        @SerializedName("PolicyId") public List<String> policyId;
    }

    public static class DescribeNATGWResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<NatGatewayDataSet> dataSet;
    }

    public static class DescribeWhiteListResourceObjectIPInfo {
        @SerializedName("GwType") public String gwType;
        @SerializedName("PrivateIP") public String privateIp;
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("SubResourceId") public String subResourceId;
        @SerializedName("SubResourceName") public String subResourceName;
        @SerializedName("SubResourceType") public String subResourceType;
        @SerializedName("VPCId") public String vpcId;
    }

    public static class NatGWWhitelistDataSet {
        @SerializedName("NATGWId") public String natgwId;
        @SerializedName("IfOpen") public Integer ifOpen;
        @SerializedName("ObjectIPInfo") public List<DescribeWhiteListResourceObjectIPInfo> objectIpInfo;
    }

    public static class DescribeWhiteListResourceResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<NatGWWhitelistDataSet> dataSet;
    }

    public static class GetAvailableResourceForWhiteListDataSet {
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("PrivateIP") public String privateIp;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("SubResourceName") public String subResourceName;
        @SerializedName("SubResourceId") public String subResourceId;
        @SerializedName("SubResourceType") public String subResourceType;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("SubnetworkId") public String subnetworkId;
    }

    public static class GetAvailableResourceForWhiteListResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<GetAvailableResourceForWhiteListDataSet> dataSet;
    }

    public static class NatgwSubnetDataSet {
        @SerializedName("SubnetId") public String subnetId;
        @SerializedName("Subnet") public String subnet;
        @SerializedName("Netmask") public String netmask;
        @SerializedName("SubnetName") public String subnetName;
        @SerializedName("HasNATGW") public Boolean hasNatgw;
    }

    public static class ListSubnetForNATGWResponse extends Response {
        @SerializedName("DataSet") public List<NatgwSubnetDataSet> dataSet;
    }

    // ---- NAT gateway policies and SNAT rules (services/vpc: NATGWPolicyDataSet, GetAvailableResourceForPolicyDataSet,
    // NATGWSnatRule, GetAvailableResourceForSnatRuleDataSet; every field, strictly)

    public static class CreateNATGWPolicyResponse extends Response {
        @SerializedName("PolicyId") public String policyId;
    }

    public static class NATGWPolicyDataSet {
        @SerializedName("NATGWId") public String natgwId;
        @SerializedName("PolicyId") public String policyId;
        @SerializedName("Protocol") public String protocol;
        @SerializedName("SrcEIP") public String srcEip;
        @SerializedName("SrcEIPId") public String srcEipId;
        @SerializedName("SrcPort") public String srcPort;
        @SerializedName("DstIP") public String dstIp;
        @SerializedName("DstPort") public String dstPort;
        @SerializedName("PolicyName") public String policyName;
    }

    public static class DescribeNATGWPolicyResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<NATGWPolicyDataSet> dataSet;
    }

    public static class GetAvailableResourceForPolicyDataSet {
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("PrivateIP") public String privateIp;
        @SerializedName("ResourceType") public String resourceType;
    }

    public static class GetAvailableResourceForPolicyResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<GetAvailableResourceForPolicyDataSet> dataSet;
    }

    public static class NATGWSnatRule {
        @SerializedName("SnatIp") public String snatIp;
        @SerializedName("SourceIp") public String sourceIp;
        @SerializedName("SubnetworkId") public String subnetworkId;
        @SerializedName("Name") public String name;
    }

    public static class DescribeSnatRuleResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<NATGWSnatRule> dataSet;
    }

    public static class GetAvailableResourceForSnatRuleDataSet {
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("PrivateIP") public String privateIp;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("SubnetworkId") public String subnetworkId;
        @SerializedName("VPCId") public String vpcId;
    }

    public static class GetAvailableResourceForSnatRuleResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<GetAvailableResourceForSnatRuleDataSet> dataSet;
    }

    // ---- SnatDnat rules (services/vpc: SnatDnatRuleInfo, DescribeSnatDnatRuleResponse; every field, strictly)

    public static class SnatDnatRuleInfo {
        @SerializedName("PrivateIp") public String privateIp;
        @SerializedName("NATGWId") public String natgwId;
        @SerializedName("EIP") public String eip;
    }

    public static class DescribeSnatDnatRuleResponse extends Response {
        @SerializedName("DataSet") public List<SnatDnatRuleInfo> dataSet;
    }

    // ---- VPC network ACLs (services/vpc: AclInfo, AclEntryInfo, AssociationInfo)

    public static class AclIdResponse extends Response {
        @SerializedName("AclId") public String aclId;
    }

    public static class EntryIdResponse extends Response {
        @SerializedName("EntryId") public String entryId;
    }

    /** vpc.AclEntryInfo of ucloud-sdk-go; the target resources come only with TargetType 1. */
    public static class AclEntryInfo {
        @SerializedName("EntryId") public String entryId;
        @SerializedName("Priority") public String priority;
        @SerializedName("Direction") public String direction;
        @SerializedName("IpProtocol") public String ipProtocol;
        @SerializedName("CidrBlock") public String cidrBlock;
        @SerializedName("PortRange") public String portRange;
        @SerializedName("EntryAction") public String entryAction;
        @SerializedName("TargetType") public Integer targetType;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("UpdateTime") public Integer updateTime;
        @Optional @SerializedName("TargetResourceCount") public Integer targetResourceCount;
        @Optional @SerializedName("TargetResourceList") public List<TargetResourceInfo> targetResourceList;
    }

    /** vpc.AssociationInfo of ucloud-sdk-go (its deprecated VpcId is not sent). */
    public static class AssociationInfo {
        @SerializedName("AssociationId") public String associationId;
        @SerializedName("AclId") public String aclId;
        @SerializedName("SubnetworkId") public String subnetworkId;
        @SerializedName("CreateTime") public Integer createTime;
    }

    /** vpc.AclInfo of ucloud-sdk-go. */
    public static class AclInfo {
        @SerializedName("VpcId") public String vpcId;
        @SerializedName("AclId") public String aclId;
        @SerializedName("AclName") public String aclName;
        @SerializedName("Description") public String description;
        @SerializedName("Entries") public List<AclEntryInfo> entries;
        @SerializedName("Associations") public List<AssociationInfo> associations;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("UpdateTime") public Integer updateTime;
    }

    public static class DescribeNetworkAclResponse extends Response {
        @SerializedName("AclList") public List<AclInfo> aclList;
    }

    public static class DescribeNetworkAclEntryResponse extends Response {
        @SerializedName("EntryList") public List<AclEntryInfo> entryList;
    }

    public static class CreateNetworkAclAssociationResponse extends Response {
        @SerializedName("AssociationId") public String associationId;
        @Optional @SerializedName("PrevAssociation") public AssociationInfo prevAssociation;
    }

    public static class DescribeNetworkAclAssociationResponse extends Response {
        @SerializedName("AssociationList") public List<AssociationInfo> associationList;
    }

    /** vpc.TargetResourceInfo of ucloud-sdk-go (its deprecated PrivateIP is not sent). */
    public static class TargetResourceInfo {
        @SerializedName("SubnetworkId") public String subnetworkId;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceType") public Integer resourceType;
        @SerializedName("SubResourceName") public String subResourceName;
        @SerializedName("SubResourceId") public String subResourceId;
        @SerializedName("SubResourceType") public Integer subResourceType;
        @SerializedName("PrivateIp") public String privateIp;
    }

    public static class GetNetworkAclTargetResourceResponse extends Response {
        @SerializedName("TargetResourceList") public List<TargetResourceInfo> targetResourceList;
        @SerializedName("TotalCount") public Integer totalCount;
    }

    public static class DescribeNetworkAclAssociationBySubnetResponse extends Response {
        @SerializedName("Association") public AssociationInfo association;
    }

    // ---- network interfaces (services/vpc: NetworkInterfaceInfo, NetworkInterface, InstanceNetworkInterface)

    public static class NetworkInterfaceInfo {
        @SerializedName("InterfaceId") public String interfaceId;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("SubnetId") public String subnetId;
        @SerializedName("PrivateIpSet") public List<String> privateIpSet;
        @SerializedName("MacAddress") public String macAddress;
        @SerializedName("Status") public Integer status;
        @SerializedName("Name") public String name;
        @SerializedName("Netmask") public String netmask;
        @SerializedName("Gateway") public String gateway;
        @SerializedName("AttachInstanceId") public String attachInstanceId;
        @SerializedName("Default") public Boolean isDefault;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("Remark") public String remark;
        @SerializedName("Tag") public String tag;
        /** The SDK's latest NetworkInterfaceInfo: how an EIP reaches the card. */
        @Optional @SerializedName("EipDirectMode") public Boolean eipDirectMode;
        @Optional @SerializedName("EipDirectVersion") public Integer eipDirectVersion;
    }

    public static class CreateNetworkInterfaceResponse extends Response {
        @SerializedName("NetworkInterface") public NetworkInterfaceInfo networkInterface;
    }

    /** The SDK's model has the base fields only; the documented others (EIPIdSet, FirewallIdSet...) it ignores. */
    @Partial
    public static class NetworkInterface extends NetworkInterfaceInfo {}

    public static class DescribeNetworkInterfaceResponse extends Response {
        @SerializedName("NetworkInterfaceSet") public List<NetworkInterface> networkInterfaceSet;
        @SerializedName("TotalCount") public Integer totalCount;
    }

    public static class InstanceNetworkInterface extends NetworkInterfaceInfo {
        @SerializedName("EIPIdSet") public List<String> eipIdSet;
        @SerializedName("FirewallIdSet") public List<String> firewallIdSet;
    }

    /** UCloud's documented NetworkInterface with its security groups (the SDKs' models leave them out). */
    @Partial
    public static class CardWithGroups extends NetworkInterfaceInfo {
        @SerializedName("SecGroupCount") public Integer secGroupCount;
        @SerializedName("SecGroup") public List<CardGroup> secGroup;
    }

    /** The documented SecGroup model of a card: id, name, priority. */
    public static class CardGroup {
        @SerializedName("SecGroupId") public String secGroupId;
        @SerializedName("Name") public String name;
        @SerializedName("Priority") public Integer priority;
    }

    public static class DescribeCardsWithGroupsResponse extends Response {
        @SerializedName("NetworkInterfaceSet") public List<CardWithGroups> networkInterfaceSet;
        @SerializedName("TotalCount") public Integer totalCount;
    }

    /** vpc.SubnetResource of ucloud-sdk-go. */
    public static class SubnetResource {
        @SerializedName("Name") public String name;
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("SubResourceName") public String subResourceName;
        @SerializedName("SubResourceId") public String subResourceId;
        @SerializedName("SubResourceType") public String subResourceType;
        @SerializedName("IP") public String ip;
        @SerializedName("IPv6Address") public String ipv6Address;
    }

    public static class DescribeSubnetResourceResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<SubnetResource> dataSet;
    }

    // ---- VPC security-group bindings (services/vpc: SecGroupResourceInfo, ResourceSecgroupInfoEx and its parts)

    public static class SecGroupResourceInfo {
        @SerializedName("Zone") public Integer zone;
        @SerializedName("SubResourceName") public String subResourceName;
        @SerializedName("SubResourceId") public String subResourceId;
        @SerializedName("SubResourceType") public String subResourceType;
        @SerializedName("Name") public String name;
        @SerializedName("PrivateIp") public String privateIp;
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("Tag") public String tag;
    }

    public static class DescribeSecGroupResourceResponse extends Response {
        @SerializedName("DataSet") public List<SecGroupResourceInfo> dataSet;
        @SerializedName("TotalCount") public Integer totalCount;
    }

    public static class BindingSecGroupInfo {
        @SerializedName("SecGroupId") public String secGroupId;
        @SerializedName("Name") public String name;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("Priority") public Integer priority;
    }

    public static class SecGroupSimpleInfo {
        @SerializedName("SecGroupId") public String secGroupId;
        @SerializedName("Name") public String name;
    }

    public static class ResourceSecgroupInfo {
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("Count") public Integer count;
        @SerializedName("SecGroupInfo") public List<SecGroupSimpleInfo> secGroupInfo;
    }

    public static class ResourceExInfo {
        @SerializedName("SuperResourceId") public String superResourceId;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("IP") public List<String> ip;
        @SerializedName("EIP") public List<String> eip;
        @SerializedName("Uni") public List<ResourceSecgroupInfo> uni;
        @SerializedName("SuperResourceName") public String superResourceName;
    }

    public static class ResourceSecgroupInfoEx {
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceName") public String resourceName;
        @SerializedName("Count") public Integer count;
        @SerializedName("SecGroupInfo") public List<BindingSecGroupInfo> secGroupInfo;
        @SerializedName("PermitAssociate") public Boolean permitAssociate;
        @SerializedName("ExInfo") public ResourceExInfo exInfo;
    }

    public static class DescribeResourceSecGroupResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<ResourceSecgroupInfoEx> dataSet;
    }

    /** vpc.CreateSecGroupResponse. */
    public static class CreateSecGroupResponse extends Response {
        @SerializedName("SecGroupId") public String secGroupId;
    }

    public static class DescribeInstanceNetworkInterfaceResponse extends Response {
        @SerializedName("NetworkInterfaceSet") public List<InstanceNetworkInterface> networkInterfaceSet;
    }
}
