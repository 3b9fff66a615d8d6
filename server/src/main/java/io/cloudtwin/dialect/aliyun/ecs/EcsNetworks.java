package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.AliyunNetworks;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateVSwitchRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateVSwitchResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateVpcRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateVpcResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteVSwitchRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteVSwitchResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteVpcRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteVpcResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeVSwitchesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeVSwitchesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeVpcsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeVpcsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyVSwitchAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyVSwitchAttributeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyVpcAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyVpcAttributeResponse;

/**
 * The ECS product's deprecated VPC and vSwitch actions (Version=2014-05-26; fog-aliyun and the npm aliyun-sdk still
 * send them): the same VPCs and vSwitches as the VPC product's actions, through the same mapping (AliyunNetworks),
 * answered in the ECS metadata's own schemas.
 */
@Component
record EcsNetworks(AliyunNetworks networks)
        implements EcsApi.CreateVpc, EcsApi.DescribeVpcs, EcsApi.ModifyVpcAttribute, EcsApi.DeleteVpc,
        EcsApi.CreateVSwitch, EcsApi.DescribeVSwitches, EcsApi.ModifyVSwitchAttribute, EcsApi.DeleteVSwitch {
    @Override
    @Coverage("deprecated: the VPC product's CreateVpc (CidrBlock, VpcName, Description); UserCidr and ClientToken not kept")
    public CreateVpcResponse createVpc(AliyunCall call, CreateVpcRequest r) {
        Vpc v = networks.createVpc(call.regionalScope(), r.vpcName(), r.description(), r.cidrBlock(), Map.of(), null, null, null);
        return new CreateVpcResponse().setVpcId(v.id()).setVRouterId(AliyunNetworks.routerId(v.id()))
                .setRouteTableId(AliyunNetworks.routeTableId(v.id()));
    }

    @Override
    @Coverage("deprecated: the VPC product's DescribeVpcs (VpcId list, IsDefault, paging)")
    public DescribeVpcsResponse describeVpcs(AliyunCall call, DescribeVpcsRequest r) {
        var out = new DescribeVpcsResponse();
        return out.setVpcs(networks.describeVpcs(call, call.regionalScope(), out,
                new AliyunNetworks.VpcQuery(AliyunFormats.commaList(r.vpcId()), null, r.isDefault(), Map.of(), null),
                ids -> (v, tagged, group) -> new DescribeVpcsResponse.Vpc().setUserCidrs(List.of())));
    }

    @Override
    @Coverage("deprecated: the VPC product's ModifyVpcAttribute (VpcName, Description); CidrBlock and UserCidr not changed")
    public ModifyVpcAttributeResponse modifyVpcAttribute(AliyunCall call, ModifyVpcAttributeRequest r) {
        networks.updateVpc(call.scope(), r.vpcId(), r.vpcName(), r.description());
        return new ModifyVpcAttributeResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's DeleteVpc")
    public DeleteVpcResponse deleteVpc(AliyunCall call, DeleteVpcRequest r) {
        networks.deleteVpc(call.scope(), r.vpcId());
        return new DeleteVpcResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's CreateVSwitch (ZoneId, CidrBlock, VSwitchName, Description); ClientToken not kept")
    public CreateVSwitchResponse createVSwitch(AliyunCall call, CreateVSwitchRequest r) {
        Subnet s = networks.createVSwitch(call.scope(), r.vpcId(), r.zoneId(), r.vSwitchName(), r.description(),
                r.cidrBlock(), Map.of(), null);
        return new CreateVSwitchResponse().setVSwitchId(s.id());
    }

    @Override
    @Coverage("deprecated: the VPC product's DescribeVSwitches (VpcId, VSwitchId list, ZoneId, IsDefault, paging)")
    public DescribeVSwitchesResponse describeVSwitches(AliyunCall call, DescribeVSwitchesRequest r) {
        var out = new DescribeVSwitchesResponse();
        return out.setVSwitches(networks.describeVSwitches(call, call.scope(), out,
                new AliyunNetworks.VSwitchQuery(r.vSwitchId(), r.vpcId(), r.zoneId(), null, r.isDefault(), Map.of(), null),
                (s, tagged, group) -> new DescribeVSwitchesResponse.VSwitch().setResourceGroupId(group)));
    }

    @Override
    @Coverage("deprecated: the VPC product's ModifyVSwitchAttribute (VSwitchName, Description)")
    public ModifyVSwitchAttributeResponse modifyVSwitchAttribute(AliyunCall call, ModifyVSwitchAttributeRequest r) {
        networks.updateVSwitch(call.scope(), r.vSwitchId(), r.vSwitchName(), r.description());
        return new ModifyVSwitchAttributeResponse();
    }

    @Override
    @Coverage("deprecated: the VPC product's DeleteVSwitch")
    public DeleteVSwitchResponse deleteVSwitch(AliyunCall call, DeleteVSwitchRequest r) {
        networks.deleteVSwitch(call.scope(), r.vSwitchId());
        return new DeleteVSwitchResponse();
    }
}
