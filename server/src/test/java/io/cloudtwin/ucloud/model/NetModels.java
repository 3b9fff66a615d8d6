package io.cloudtwin.ucloud.model;

import java.util.List;

import io.cloudtwin.core.network.Subnet;

/**
 * VPC and UNet firewall models (ucloud-net), fields named and typed as ucloud-sdk-go's services/vpc (VPCInfo,
 * VPCNetworkInfo, VPCSubnetInfoSet, SubnetResource) and services/unet (FirewallDataSet, FirewallRuleSet,
 * ResourceSet) and UCloudDoc-Team/api's vpc/unet models. Decode with {@link StrictJson}.
 */
public final class NetModels {
    private NetModels() {}

    public static class VPCNetworkInfo {
        public String Network;
        public Integer SubnetCount;
    }

    public static class IPv6NetworkInfo {
        public String IPv6Network;
        public String OperatorName;
        public Integer IPv6SubnetCount;
    }

    public static class VPCInfo {
        public String VPCId;
        public String Name;
        public String Tag;
        public List<String> Network;
        public List<VPCNetworkInfo> NetworkInfo;
        public Integer SubnetCount;
        public Integer CreateTime;
        public Integer UpdateTime;
        public String VPCType;
        public String IPv6Network;
        public String OperatorName;
        public List<IPv6NetworkInfo> IPv6NetworkInfos;
    }

    public static class VPCSubnetInfoSet {
        public String VPCId;
        public String VPCName;
        public String SubnetId;
        public String SubnetName;
        public String Zone;
        public String Remark;
        public String Tag;
        public Integer SubnetType;
        public String Subnet;
        public String Netmask;
        public String Gateway;
        public Integer CreateTime;
        public Boolean HasNATGW;
        public String IPv6Network;
        public String RouteTableId;
        public Integer AvailableIPs;
        public Integer AvailableIPv6Count;
    }

    public static class SubnetResource {
        public String Name;
        public String ResourceId;
        public String ResourceType;
        public String SubResourceName;
        public String SubResourceId;
        public String SubResourceType;
        public String IP;
        public String IPv6Address;
    }

    public static class FirewallRuleSet {
        public String SrcIP;
        public String Priority;
        public String ProtocolType;
        public String DstPort;
        public String RuleAction;
        public String Remark;
    }

    public static class FirewallDataSet {
        public String FWId;
        public String GroupId;
        public String Name;
        public String Tag;
        public String Remark;
        public Integer ResourceCount;
        public Integer CreateTime;
        public String Type;
        public List<FirewallRuleSet> Rule;
    }

    public static class ResourceSet {
        public Integer Zone;
        public String SubResourceName;
        public String SubResourceId;
        public String SubResourceType;
        public String Name;
        public String PrivateIP;
        public String Remark;
        public String ResourceID;
        public String ResourceType;
        public Integer Status;
        public String Tag;
    }

    // ---- responses

    public static class CreateVPCResponse extends Responses.Common {
        public String VPCId;
    }

    public static class VIPSet {
        public String VIP;
        public String VIPId;
        public String VPCId;
    }

    public static class AllocateVIPResponse extends Responses.Common {
        public List<VIPSet> VIPSet;
        public List<String> DataSet;
    }

    public static class VIPDetailSet {
        public String Zone;
        public String VIPId;
        public Integer CreateTime;
        public String RealIp;
        public String VIP;
        public String SubnetId;
        public String VPCId;
        public String Name;
        public String Remark;
        public String Tag;
    }

    public static class DescribeVIPResponse extends Responses.Common {
        public List<VIPDetailSet> VIPSet;
        public List<String> DataSet;
        public Integer TotalCount;
    }

    public static class DescribeVPCResponse extends Responses.Common {
        public Integer TotalCount;
        public List<VPCInfo> DataSet;
    }

    public static class CreateSubnetResponse extends Responses.Common {
        public String SubnetId;
        public String IPv6Network;
    }

    public static class DescribeSubnetResponse extends Responses.Common {
        public Integer TotalCount;
        public List<VPCSubnetInfoSet> DataSet;
    }

    public static class DescribeSubnetResourceResponse extends Responses.Common {
        public Integer TotalCount;
        public List<SubnetResource> DataSet;
    }

    /** CreateFirewall, UpdateFirewall. */
    public static class FWIdResponse extends Responses.Common {
        public String FWId;
    }

    public static class DescribeFirewallResponse extends Responses.Common {
        public Integer TotalCount;
        public List<FirewallDataSet> DataSet;
    }

    public static class DescribeFirewallResourceResponse extends Responses.Common {
        public Integer TotalCount;
        public List<ResourceSet> ResourceSet;
    }

    // network ACLs: vpc.AclInfo, AclEntryInfo, AssociationInfo of ucloud-sdk-go

    public static class AclEntryInfo {
        public String EntryId;
        public String Priority;
        public String Direction;
        public String IpProtocol;
        public String CidrBlock;
        public String PortRange;
        public String EntryAction;
        public Integer TargetType;
        public Integer CreateTime;
        public Integer UpdateTime;
    }

    public static class AssociationInfo {
        public String AssociationId;
        public String AclId;
        public String SubnetworkId;
        public Integer CreateTime;
    }

    public static class AclInfo {
        public String VpcId;
        public String AclId;
        public String AclName;
        public String Description;
        public List<AclEntryInfo> Entries;
        public List<AssociationInfo> Associations;
        public Integer CreateTime;
        public Integer UpdateTime;
    }

    public static class CreateNetworkAclResponse extends Responses.Common {
        public String AclId;
    }

    public static class CreateNetworkAclEntryResponse extends Responses.Common {
        public String EntryId;
    }

    public static class DescribeNetworkAclResponse extends Responses.Common {
        public List<AclInfo> AclList;
    }

    public static class DescribeNetworkAclEntryResponse extends Responses.Common {
        public List<AclEntryInfo> EntryList;
    }

    public static class CreateNetworkAclAssociationResponse extends Responses.Common {
        public String AssociationId;
        public AssociationInfo PrevAssociation;
    }

    public static class DescribeNetworkAclAssociationResponse extends Responses.Common {
        public List<AssociationInfo> AssociationList;
    }

    public static class TargetResourceInfo {
        public String SubnetworkId;
        public String ResourceName;
        public String ResourceId;
        public Integer ResourceType;
        public String SubResourceName;
        public String SubResourceId;
        public Integer SubResourceType;
        public String PrivateIp;
    }

    public static class GetNetworkAclTargetResourceResponse extends Responses.Common {
        public List<TargetResourceInfo> TargetResourceList;
        public Integer TotalCount;
    }

    public static class DescribeNetworkAclAssociationBySubnetResponse extends Responses.Common {
        public AssociationInfo Association;
    }

    /** vpc.RouteRuleInfo of ucloud-sdk-go. */
    public static class RouteRuleInfo {
        public Integer AccountId;
        public String DstAddr;
        public Integer DstPort;
        public String NexthopId;
        public String NexthopType;
        public String InstanceType;
        public String OriginAddr;
        public Integer Priority;
        public String Remark;
        public String RouteRuleId;
        public String RouteTableId;
        public Integer RuleType;
        public String SrcAddr;
        public Integer SrcPort;
        public String VNetId;
    }

    /** vpc.RouteTableInfo of ucloud-sdk-go. */
    public static class RouteTableInfo {
        public Integer CreateTime;
        public String Remark;
        public List<RouteRuleInfo> RouteRules;
        public String RouteTableId;
        public Integer RouteTableType;
        public Integer SubnetCount;
        public List<String> SubnetIds;
        public String Tag;
        public String VPCId;
        public String VPCName;
    }

    public static class RouteTableIdResponse extends Responses.Common {
        public String RouteTableId;
    }

    public static class DescribeRouteTableResponse extends Responses.Common {
        public List<RouteTableInfo> RouteTables;
        public Integer TotalCount;
    }

    /** vpc.IpInfo of ucloud-sdk-go. */
    public static class IpInfo {
        public String Ip;
        public String Mask;
        public String Gateway;
        public String Mac;
        public String SubnetId;
        public String VPCId;
    }

    public static class StatusInfo {
        public String StatusCode;
        public String Message;
    }

    public static class IpsInfo extends IpInfo {
        public StatusInfo Status;
    }

    public static class AllocateBatchSecondaryIpResponse extends Responses.Common {
        public List<IpsInfo> IpsInfo;
    }

    public static class AllocateSecondaryIpResponse extends Responses.Common {
        public IpInfo IpInfo;
    }

    public static class DescribeSecondaryIpResponse extends Responses.Common {
        public List<IpInfo> DataSet;
    }

    /** vpc.NetworkInterfaceInfo of ucloud-sdk-go (the base fields, shared by the two models below). */
    public static class NetworkInterfaceInfo {
        public String InterfaceId;
        public String VPCId;
        public String SubnetId;
        public List<String> PrivateIpSet;
        public String MacAddress;
        public int Status;
        public String Name;
        public String Netmask;
        public String Gateway;
        public String AttachInstanceId;
        public boolean Default;
        public int CreateTime;
        public String Remark;
        public String Tag;
    }

    public static class CreateNetworkInterfaceResponse extends Responses.Common {
        public NetworkInterfaceInfo NetworkInterface;
    }

    /** vpc.UNIIpInfo of ucloud-sdk-go v0.22.17. */
    public static class UNIIpInfo {
        public String IpType;
        public List<String> IpAddr;
    }

    /** vpc.NetworkInterface of ucloud-sdk-go (v0.22.17 also has EIPIdSet, FirewallIdSet and PrivateIp). */
    public static class NetworkInterface extends NetworkInterfaceInfo {
        public List<String> EIPIdSet;
        public List<String> FirewallIdSet;
        public List<UNIIpInfo> PrivateIp;
    }

    public static class DescribeNetworkInterfaceResponse extends Responses.Common {
        public List<NetworkInterface> NetworkInterfaceSet;
        public int TotalCount;
    }

    /** vpc.InstanceNetworkInterface of ucloud-sdk-go. */
    public static class InstanceNetworkInterface extends NetworkInterfaceInfo {
        public List<String> EIPIdSet;
        public List<String> FirewallIdSet;
    }

    public static class DescribeInstanceNetworkInterfaceResponse extends Responses.Common {
        public List<InstanceNetworkInterface> NetworkInterfaceSet;
    }
}
