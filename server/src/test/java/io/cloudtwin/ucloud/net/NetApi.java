package io.cloudtwin.ucloud.net;

import java.util.List;

import cn.ucloud.common.annotation.UCloudParam;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;
import com.google.gson.annotations.SerializedName;

import io.cloudtwin.ucloud.net.StrictJson.Optional;
import io.cloudtwin.ucloud.net.StrictJson.Partial;

/**
 * Requests as Terraform's ucloud provider fills them (through ucloud-sdk-go, flattened the same way: Name.N), and
 * response classes with the field names and types of the official SDK models: ucloud-sdk-go services/vpc
 * (VPCInfo, VPCNetworkInfo, VPCSubnetInfoSet, SubnetResource) and services/unet (FirewallDataSet, FirewallRuleSet,
 * ResourceSet), cross-checked with UCloudDoc-Team/api. Decoded strictly by {@link StrictJson}.
 */
public final class NetApi {
    private NetApi() {}

    public static <T extends Request> T action(T request, String action) {
        request.setAction(action);
        return request;
    }

    // ---- VPC product

    public static class CreateVPCRequest extends Request {
        @UCloudParam("Name") public String name;
        @UCloudParam("Network") public List<String> network;
        @UCloudParam("Tag") public String tag;
        @UCloudParam("Remark") public String remark;
    }

    public static class CreateVPCResponse extends Response {
        @SerializedName("VPCId") public String vpcId;
    }

    public static class DescribeVPCRequest extends Request {
        @UCloudParam("VPCIds") public List<String> vpcIds;
        @UCloudParam("Tag") public String tag;
        @UCloudParam("Offset") public Integer offset;
        @UCloudParam("Limit") public Integer limit;
    }

    public static class VPCNetworkInfo {
        @SerializedName("Network") public String network;
        @SerializedName("SubnetCount") public Integer subnetCount;
    }

    public static class IPv6NetworkInfo {
        @SerializedName("IPv6Network") public String ipv6Network;
        @SerializedName("OperatorName") public String operatorName;
        @SerializedName("IPv6SubnetCount") public Integer ipv6SubnetCount;
    }

    public static class VPCInfo {
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("Name") public String name;
        @SerializedName("Tag") public String tag;
        @SerializedName("Network") public List<String> network;
        @SerializedName("NetworkInfo") public List<VPCNetworkInfo> networkInfo;
        @SerializedName("SubnetCount") public Integer subnetCount;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("UpdateTime") public Integer updateTime;
        @Optional @SerializedName("VPCType") public String vpcType;
        @Optional @SerializedName("IPv6Network") public String ipv6Network;
        @Optional @SerializedName("OperatorName") public String operatorName;
        @Optional @SerializedName("IPv6NetworkInfos") public List<IPv6NetworkInfo> ipv6NetworkInfos;
    }

    public static class DescribeVPCResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<VPCInfo> dataSet;
    }

    public static class VPCIdRequest extends Request {
        @UCloudParam("VPCId") public String vpcId;
    }

    public static class CreateSubnetRequest extends Request {
        @UCloudParam("VPCId") public String vpcId;
        @UCloudParam("Subnet") public String subnet;
        @UCloudParam("Netmask") public Integer netmask;
        @UCloudParam("SubnetName") public String subnetName;
        @UCloudParam("Tag") public String tag;
        @UCloudParam("Remark") public String remark;
    }

    public static class CreateSubnetResponse extends Response {
        @SerializedName("SubnetId") public String subnetId;
        @Optional @SerializedName("IPv6Network") public String ipv6Network;
    }

    public static class DescribeSubnetRequest extends Request {
        @UCloudParam("SubnetIds") public List<String> subnetIds;
        @UCloudParam("SubnetId") public String subnetId;
        @UCloudParam("VPCId") public String vpcId;
        @UCloudParam("Tag") public String tag;
        @UCloudParam("Offset") public Integer offset;
        @UCloudParam("Limit") public Integer limit;
        @UCloudParam("ShowAvailableIPs") public Boolean showAvailableIps;
    }

    public static class VPCSubnetInfoSet {
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("VPCName") public String vpcName;
        @SerializedName("SubnetId") public String subnetId;
        @SerializedName("SubnetName") public String subnetName;
        @SerializedName("Zone") public String zone;
        @SerializedName("Remark") public String remark;
        @SerializedName("Tag") public String tag;
        @SerializedName("SubnetType") public Integer subnetType;
        @SerializedName("Subnet") public String subnet;
        @SerializedName("Netmask") public String netmask;
        @SerializedName("Gateway") public String gateway;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("HasNATGW") public Boolean hasNatgw;
        @Optional @SerializedName("IPv6Network") public String ipv6Network;
        @SerializedName("RouteTableId") public String routeTableId;
        @Optional @SerializedName("AvailableIPs") public Integer availableIps;
        @Optional @SerializedName("AvailableIPv6Count") public Integer availableIpv6Count;
    }

    public static class DescribeSubnetResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<VPCSubnetInfoSet> dataSet;
    }

    public static class SubnetIdRequest extends Request {
        @UCloudParam("SubnetId") public String subnetId;
    }

    public static class DescribeSubnetResourceRequest extends Request {
        @UCloudParam("SubnetId") public String subnetId;
        @UCloudParam("ResourceType") public String resourceType;
        @UCloudParam("Offset") public Integer offset;
        @UCloudParam("Limit") public Integer limit;
    }

    public static class SubnetResource {
        @SerializedName("Name") public String name;
        @SerializedName("ResourceId") public String resourceId;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("IP") public String ip;
        @Optional @SerializedName("SubResourceName") public String subResourceName;
        @Optional @SerializedName("SubResourceId") public String subResourceId;
        @Optional @SerializedName("SubResourceType") public String subResourceType;
        @Optional @SerializedName("IPv6Address") public String ipv6Address;
    }

    public static class DescribeSubnetResourceResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<SubnetResource> dataSet;
    }

    // ---- UNet firewalls

    public static class CreateFirewallRequest extends Request {
        @UCloudParam("Rule") public List<String> rule;
        @UCloudParam("Name") public String name;
        @UCloudParam("Tag") public String tag;
        @UCloudParam("Remark") public String remark;
    }

    public static class FWIdResponse extends Response {
        @SerializedName("FWId") public String fwId;
    }

    public static class DescribeFirewallRequest extends Request {
        @UCloudParam("FWId") public String fwId;
        @UCloudParam("ResourceType") public String resourceType;
        @UCloudParam("ResourceId") public String resourceId;
        @UCloudParam("Limit") public Integer limit;
        @UCloudParam("Offset") public Integer offset;
    }

    public static class FirewallRuleSet {
        @SerializedName("SrcIP") public String srcIp;
        @SerializedName("Priority") public String priority;
        @SerializedName("ProtocolType") public String protocolType;
        @SerializedName("DstPort") public String dstPort;
        @SerializedName("RuleAction") public String ruleAction;
        @Optional @SerializedName("Remark") public String remark;
    }

    public static class FirewallDataSet {
        @SerializedName("FWId") public String fwId;
        @SerializedName("GroupId") public String groupId;
        @SerializedName("Name") public String name;
        @SerializedName("Tag") public String tag;
        @SerializedName("Remark") public String remark;
        @SerializedName("ResourceCount") public Integer resourceCount;
        @SerializedName("CreateTime") public Integer createTime;
        @SerializedName("Type") public String type;
        @SerializedName("Rule") public List<FirewallRuleSet> rule;
    }

    public static class DescribeFirewallResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("DataSet") public List<FirewallDataSet> dataSet;
    }

    public static class UpdateFirewallRequest extends Request {
        @UCloudParam("FWId") public String fwId;
        @UCloudParam("Rule") public List<String> rule;
    }

    public static class UpdateFirewallAttributeRequest extends Request {
        @UCloudParam("FWId") public String fwId;
        @UCloudParam("Name") public String name;
        @UCloudParam("Tag") public String tag;
        @UCloudParam("Remark") public String remark;
    }

    public static class FirewallResourceRequest extends Request {
        @UCloudParam("FWId") public String fwId;
        @UCloudParam("ResourceType") public String resourceType;
        @UCloudParam("ResourceId") public String resourceId;
    }

    public static class FWIdRequest extends Request {
        @UCloudParam("FWId") public String fwId;
        @UCloudParam("Limit") public Integer limit;
        @UCloudParam("Offset") public Integer offset;
    }

    public static class ResourceSet {
        @SerializedName("ResourceID") public String resourceId;
        @SerializedName("ResourceType") public String resourceType;
        @SerializedName("Name") public String name;
        @SerializedName("PrivateIP") public String privateIp;
        @SerializedName("Zone") public Integer zone;
        @SerializedName("Status") public Integer status;
        @SerializedName("Tag") public String tag;
        @SerializedName("Remark") public String remark;
        @SerializedName("SubResourceName") public String subResourceName;
        @SerializedName("SubResourceId") public String subResourceId;
        @SerializedName("SubResourceType") public String subResourceType;
    }

    public static class DescribeFirewallResourceResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("ResourceSet") public List<ResourceSet> resourceSet;
    }

    // ---- UHost, as ucloud_instance sends it (the host's own shape is the UCloud spec helper's: Partial here)

    public static class CreateUHostInstanceRequest extends Request {
        @UCloudParam("Zone") public String zone;
        @UCloudParam("ImageId") public String imageId;
        @UCloudParam("LoginMode") public String loginMode;
        @UCloudParam("Password") public String password;
        @UCloudParam("CPU") public Integer cpu;
        @UCloudParam("Memory") public Integer memory;
        @UCloudParam("ChargeType") public String chargeType;
        @UCloudParam("MachineType") public String machineType;
        @UCloudParam("MinimalCpuPlatform") public String minimalCpuPlatform;
        @UCloudParam("Name") public String name;
        @UCloudParam("Quantity") public Integer quantity;
        @UCloudParam("Disks.0.IsBoot") public String disk0IsBoot;
        @UCloudParam("Disks.0.Type") public String disk0Type;
        @UCloudParam("Disks.0.Size") public Integer disk0Size;
        @UCloudParam("Tag") public String tag;
        @UCloudParam("VPCId") public String vpcId;
        @UCloudParam("SubnetId") public String subnetId;
        @UCloudParam("SecurityGroupId") public String securityGroupId;
        @UCloudParam("MaxCount") public Integer maxCount;
    }

    public static class CreateUHostInstanceResponse extends Response {
        @SerializedName("UHostIds") public List<String> uhostIds;
        @SerializedName("IPs") public List<String> ips;
    }

    public static class DescribeUHostInstanceRequest extends Request {
        @UCloudParam("UHostIds") public List<String> uhostIds;
    }

    @Partial
    public static class UHostIPSet {
        @SerializedName("Type") public String type;
        @SerializedName("IP") public String ip;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("SubnetId") public String subnetId;
    }

    @Partial
    public static class UHostInstanceSet {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("State") public String state;
        @SerializedName("IPSet") public List<UHostIPSet> ipSet;
    }

    @Partial
    public static class DescribeUHostInstanceResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("UHostSet") public List<UHostInstanceSet> uhostSet;
    }

    public static class DescribeImageRequest extends Request {
        @UCloudParam("ImageId") public String imageId;
    }

    @Partial
    public static class UHostImageSet {
        @SerializedName("ImageId") public String imageId;
        @SerializedName("ImageSize") public Integer imageSize;
    }

    @Partial
    public static class DescribeImageResponse extends Response {
        @SerializedName("ImageSet") public List<UHostImageSet> imageSet;
    }

    public static class UHostIdRequest extends Request {
        @UCloudParam("UHostId") public String uhostId;
    }

    public static class UHostIdResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
    }

    public static class TerminateUHostInstanceResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("InRecycle") public String inRecycle;
    }

    public static class TerminateUHostInstanceRequest extends Request {
        @UCloudParam("UHostId") public String uhostId;
        @UCloudParam("ReleaseUDisk") public Boolean releaseUDisk;
        @UCloudParam("ReleaseEIP") public Boolean releaseEip;
    }
}
