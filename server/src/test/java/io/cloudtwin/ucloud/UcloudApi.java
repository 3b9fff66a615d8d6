package io.cloudtwin.ucloud;

import java.util.List;

import cn.ucloud.common.annotation.UCloudParam;
import cn.ucloud.common.client.Client;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;
import com.google.gson.annotations.SerializedName;

/**
 * Request and response classes for the real UCloud Java client (cn.ucloud:ucloud-sdk-java-common): the product
 * jars are not on the reachable Maven Central, so the tests declare the actions themselves, as the generated product
 * SDKs do. Arrays of objects are declared with flat keys (SecGroupId.0.Id): the common client signs an object value
 * with its toString(), so nested objects could not be verified by the real cloud either.
 */
final class UcloudApi {
    private UcloudApi() {}

    static <T extends Request> T action(T request, String action) {
        request.setAction(action);
        return request;
    }

    static class CreateVPCRequest extends Request {
        @UCloudParam("Name") String name;
        @UCloudParam("Network") List<String> network;
    }

    static class CreateVPCResponse extends Response {
        @SerializedName("VPCId") String vpcId;
    }

    /** A VPC of the client's project, where its security groups go (CreateSecGroup refuses a VPC that is not there). */
    static String vpc(Client client, String cidr) throws Exception {
        CreateVPCRequest r = action(new CreateVPCRequest(), "CreateVPC");
        r.name = "sdk";
        r.network = List.of(cidr);
        return ((CreateVPCResponse) client.invoke(r, CreateVPCResponse.class)).vpcId;
    }

    static class CreateSecGroupRequest extends Request {
        @UCloudParam("VPCID") String vpcId;
        @UCloudParam("Name") String name;
        @UCloudParam("Remark") String remark;
    }

    static class CreateSecGroupResponse extends Response {
        @SerializedName("SecGroupId") String secGroupId;
    }

    static class DescribeSecGroupRequest extends Request {
        @UCloudParam("SecGroupId") List<String> secGroupIds;
        @UCloudParam("Limit") Integer limit;
        @UCloudParam("Offset") Integer offset;
    }

    static class RuleInfo {
        @SerializedName("RuleId") String ruleId;
        @SerializedName("Direction") String direction;
        @SerializedName("IPRange") String ipRange;
        @SerializedName("Priority") Integer priority;
        @SerializedName("ProtocolType") String protocolType;
        @SerializedName("DstPort") String dstPort;
        @SerializedName("RuleAction") String ruleAction;
    }

    static class SecGroupInfo {
        @SerializedName("SecGroupId") String secGroupId;
        @SerializedName("Name") String name;
        @SerializedName("VPCId") String vpcId;
        @SerializedName("Remark") String remark;
        @SerializedName("CreateTime") Long createTime;
        @SerializedName("Rule") List<RuleInfo> rules;
    }

    static class DescribeSecGroupResponse extends Response {
        @SerializedName("DataSet") List<SecGroupInfo> dataSet;
    }

    static class DeleteSecGroupRequest extends Request {
        @UCloudParam("SecGroupId") List<String> secGroupIds;
    }

    static class UpdateSecGroupRequest extends Request {
        @UCloudParam("SecGroupId") String secGroupId;
        @UCloudParam("Name") String name;
        @UCloudParam("Remark") String remark;
    }

    static class AssociateSecGroupRequest extends Request {
        @UCloudParam("ResourceId") List<String> resourceIds;
        @UCloudParam("PrioritySecGroup.0.SecGroupId") String group0;
        @UCloudParam("PrioritySecGroup.0.Priority") Integer priority0;
        @UCloudParam("PrioritySecGroup.1.SecGroupId") String group1;
        @UCloudParam("PrioritySecGroup.1.Priority") Integer priority1;
    }

    static class DisassociateSecGroupRequest extends Request {
        @UCloudParam("SecGroupId") List<String> secGroupIds;
        @UCloudParam("ResourceId") List<String> resourceIds;
        @UCloudParam("Force") Boolean force;
    }

    static class DescribeSecGroupResourceRequest extends Request {
        @UCloudParam("SecGroupId") String secGroupId;
        @UCloudParam("Limit") Integer limit;
        @UCloudParam("Offset") Integer offset;
    }

    static class ResourceInfo {
        @SerializedName("ResourceId") String resourceId;
        @SerializedName("ResourceType") String resourceType;
        @SerializedName("PrivateIp") String privateIp;
    }

    static class DescribeSecGroupResourceResponse extends Response {
        @SerializedName("TotalCount") Integer totalCount;
        @SerializedName("DataSet") List<ResourceInfo> dataSet;
    }

    static class DescribeResourceSecGroupRequest extends Request {
        @UCloudParam("ResourceType") String resourceType;
        @UCloudParam("ResourceId") List<String> resourceIds;
    }

    static class BoundGroup {
        @SerializedName("SecGroupId") String secGroupId;
        @SerializedName("Name") String name;
        @SerializedName("Priority") Integer priority;
    }

    static class ResourceSecGroups {
        @SerializedName("ResourceId") String resourceId;
        @SerializedName("Count") Integer count;
        @SerializedName("SecGroupInfo") List<BoundGroup> groups;
    }

    static class DescribeResourceSecGroupResponse extends Response {
        @SerializedName("TotalCount") Integer totalCount;
        @SerializedName("DataSet") List<ResourceSecGroups> dataSet;
    }

    static class CreateSecGroupRuleRequest extends Request {
        @UCloudParam("SecGroupId") String secGroupId;
        @UCloudParam("Rule.0.Direction") String direction0;
        @UCloudParam("Rule.0.IPRange") String ipRange0;
        @UCloudParam("Rule.0.Priority") Integer priority0;
        @UCloudParam("Rule.0.ProtocolType") String protocol0;
        @UCloudParam("Rule.0.DstPort") String dstPort0;
        @UCloudParam("Rule.0.RuleAction") String action0;
        @UCloudParam("Rule.0.Remark") String remark0;
        @UCloudParam("Rule.1.Direction") String direction1;
        @UCloudParam("Rule.1.IPRange") String ipRange1;
        @UCloudParam("Rule.1.Priority") Integer priority1;
        @UCloudParam("Rule.1.ProtocolType") String protocol1;
        @UCloudParam("Rule.1.DstPort") String dstPort1;
        @UCloudParam("Rule.1.RuleAction") String action1;
        @UCloudParam("Rule.1.Remark") String remark1;
    }

    static class CreateSecGroupRuleResponse extends Response {
        @SerializedName("RuleId") List<String> ruleIds;
    }

    static class DeleteSecGroupRuleRequest extends Request {
        @UCloudParam("SecGroupId") String secGroupId;
        @UCloudParam("RuleId") List<String> ruleIds;
    }

    static class CreateUHostInstanceRequest extends Request {
        @UCloudParam("Zone") String zone;
        @UCloudParam("ImageId") String imageId;
        @UCloudParam("LoginMode") String loginMode;
        @UCloudParam("Password") String password;
        @UCloudParam("Name") String name;
        @UCloudParam("CPU") Integer cpu;
        @UCloudParam("Memory") Integer memory;
        @UCloudParam("MaxCount") Integer maxCount;
        @UCloudParam("Disks.0.IsBoot") String disk0IsBoot;
        @UCloudParam("Disks.0.Type") String disk0Type;
        @UCloudParam("Disks.0.Size") Integer disk0Size;
        @UCloudParam("SecurityMode") String securityMode;
        @UCloudParam("SecGroupId.0.Id") String group0;
        @UCloudParam("SecGroupId.0.Priority") Integer priority0;
        @UCloudParam("SecGroupId.1.Id") String group1;
        @UCloudParam("SecGroupId.1.Priority") Integer priority1;
    }

    static class CreateUHostInstanceResponse extends Response {
        @SerializedName("UHostIds") List<String> uhostIds;
        @SerializedName("IPs") List<String> ips;
    }

    static class DescribeUHostInstanceRequest extends Request {
        @UCloudParam("UHostIds") List<String> uhostIds;
        @UCloudParam("Limit") Integer limit;
        @UCloudParam("Offset") Integer offset;
    }

    static class UHostInfo {
        @SerializedName("UHostId") String uhostId;
        @SerializedName("State") String state;
        @SerializedName("Name") String name;
        @SerializedName("CPU") Integer cpu;
        @SerializedName("NetFeatureTag") String netFeatureTag;
    }

    static class DescribeUHostInstanceResponse extends Response {
        @SerializedName("TotalCount") Integer totalCount;
        @SerializedName("UHostSet") List<UHostInfo> uhostSet;
    }

    static class UHostIdRequest extends Request {
        @UCloudParam("UHostId") String uhostId;
    }

    static class UHostIdResponse extends Response {
        @SerializedName("UHostId") String uhostId;
    }
}
