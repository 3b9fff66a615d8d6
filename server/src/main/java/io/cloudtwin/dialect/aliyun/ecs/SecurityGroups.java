package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.network.PrefixListService;
import io.cloudtwin.core.security.GroupLifecycle;
import io.cloudtwin.core.security.RuleService;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupFilter;
import io.cloudtwin.core.security.SecurityGroupRule;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateSecurityGroupRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateSecurityGroupResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteSecurityGroupRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSecurityGroupAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSecurityGroupAttributeResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSecurityGroupReferencesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSecurityGroupReferencesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSecurityGroupsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeSecurityGroupsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifySecurityGroupAttributeRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifySecurityGroupPolicyRequest;

/** ECS security groups: create, describe, rename, inner access policy, references, delete. */
@Component
record SecurityGroups(GroupLifecycle lifecycle, SecurityGroupService groups, RuleService rules, TagService tags,
                      PrefixListService prefixLists)

        implements EcsApi.CreateSecurityGroup, EcsApi.DeleteSecurityGroup, EcsApi.DescribeSecurityGroups,
        EcsApi.DescribeSecurityGroupAttribute, EcsApi.ModifySecurityGroupAttribute, EcsApi.ModifySecurityGroupPolicy,
        EcsApi.DescribeSecurityGroupReferences {
    private static final Set<String> TYPES = Set.of("normal", "enterprise");

    @Override
    public CreateSecurityGroupResponse createSecurityGroup(AliyunCall call, CreateSecurityGroupRequest r) {
        String group = call.resourceGroup(r.resourceGroupId());
        String type = r.securityGroupType() == null ? "normal" : r.securityGroupType();
        if (!TYPES.contains(type)) throw call.invalid("SecurityGroupType");
        String name = r.securityGroupName() == null ? "" : r.securityGroupName();
        if (name.length() > 128) throw call.invalid("SecurityGroupName");
        String description = r.description() == null ? "" : r.description();
        if (description.length() > 256) throw call.invalid("Description");
        var spec = new SecurityGroupService.NewGroup(name, description, r.vpcId() == null ? "" : r.vpcId(), type, "");
        Map<String, String> tagged = call.tags(r.tag());
        SecurityGroup g = tags.createIn(ResourceType.SECURITY_GROUP, group,
                () -> lifecycle.create(call.scope(), spec, tagged), SecurityGroup::id);
        return new CreateSecurityGroupResponse().setSecurityGroupId(g.id());
    }

    @Override
    public void deleteSecurityGroup(AliyunCall call, DeleteSecurityGroupRequest r) {
        lifecycle.delete(call.scope(), r.securityGroupId());
    }

    @Override
    public DescribeSecurityGroupsResponse describeSecurityGroups(AliyunCall call, DescribeSecurityGroupsRequest r) {
        var scope = call.scope();
        List<String> ids = new ArrayList<>(r.securityGroupIds());
        if (r.securityGroupId() != null) ids.add(r.securityGroupId());
        var paging = call.paging(10);
        List<String> wanted = call.narrow(tags, scope, ResourceType.SECURITY_GROUP,
                ids, r.tag(), r.resourceGroupId()).orElse(List.of(""));
        var page = groups.list(scope, new SecurityGroupFilter(wanted, r.securityGroupName(), r.vpcId(),
                r.securityGroupType()), paging.offset(), paging.limit());
        var shown = page.items().stream().map(SecurityGroup::id).toList();
        var tagged = tags.of(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        return call.paged(new DescribeSecurityGroupsResponse().setRegionId(scope.region())
                .setSecurityGroups(page.items().stream().map(g -> new DescribeSecurityGroupsResponse.SecurityGroup()
                        .setSecurityGroupId(g.id()).setSecurityGroupName(g.name()).setDescription(g.description())
                        .setVpcId(g.vpcId()).setSecurityGroupType(g.groupType())
                        .setCreationTime(AliyunFormats.time(g.createdAt())).setResourceGroupId(grouped.get(g.id()))
                        .setTags(AliyunFormats.tags(tagged.get(g.id()), DescribeSecurityGroupsResponse.Tag::new)))
                        .toList()), paging, page.total());
    }

    @Override
    public DescribeSecurityGroupAttributeResponse describeSecurityGroupAttribute(AliyunCall call,
                                                                                 DescribeSecurityGroupAttributeRequest r) {
        var scope = call.scope();
        String direction = r.direction() == null ? "all" : r.direction();
        if (!List.of("ingress", "egress", "all").contains(direction)) throw call.firstError("Direction", "InvalidParamter");
        String nicType = r.nicType();
        if (nicType != null && !nicType.equals("intranet") && !nicType.equals("internet")) {
            throw call.firstError("NicType", "InvalidNicType.ValueNotSupported");
        }
        SecurityGroup g = groups.get(scope, r.securityGroupId());
        List<SecurityGroupRule> shown = rules.rulesOf(scope, g.id()).stream()
                .filter(x -> direction.equals("all") || x.direction().equals(direction))
                .filter(x -> nicType == null || x.nicType().equals(nicType)).toList();
        var out = new DescribeSecurityGroupAttributeResponse().setRegionId(g.region()).setSecurityGroupId(g.id())
                .setSecurityGroupName(g.name()).setDescription(g.description()).setVpcId(g.vpcId())
                .setInnerAccessPolicy(rules.innerAccessPolicy(g.id()));
        if (r.nextToken() != null || r.maxResults() != null) {
            var paging = call.paging(100);
            out.setNextToken((String) paging.answer(shown.size()).getOrDefault("NextToken", ""));
            shown = AliyunFormats.page(shown, paging);
        }
        var listNames = prefixLists.names(shown.stream().map(SecurityGroupRule::peerPrefixListId)
                .filter(id -> !id.isEmpty()).distinct().toList());
        return out.setPermissions(shown.stream().map(rule -> permission(rule, listNames)).toList());
    }

    private static DescribeSecurityGroupAttributeResponse.Permission permission(SecurityGroupRule rule,
                                                                               Map<String, String> listNames) {
        boolean ingress = rule.direction().equals("ingress");
        String list = rule.peerPrefixListId();
        String listName = listNames.getOrDefault(list, "");
        return new DescribeSecurityGroupAttributeResponse.Permission().setSecurityGroupRuleId(rule.id())
                .setDirection(rule.direction()).setIpProtocol(rule.protocol()).setPortRange(rule.dstPort())
                .setSourcePortRange(rule.peerPort())
                .setSourceCidrIp(ingress ? rule.ipRange() : "").setSourceGroupId(ingress ? rule.peerGroupId() : "")
                .setDestCidrIp(ingress ? "" : rule.ipRange()).setDestGroupId(ingress ? "" : rule.peerGroupId())
                .setSourcePrefixListId(ingress ? list : "").setSourcePrefixListName(ingress ? listName : "")
                .setDestPrefixListId(ingress ? "" : list).setDestPrefixListName(ingress ? "" : listName)
                .setPolicy(rule.action()).setPriority(String.valueOf(rule.priority())).setNicType(rule.nicType())
                .setDescription(rule.remark()).setCreateTime(AliyunFormats.time(rule.createdAt()));
    }

    @Override
    public void modifySecurityGroupAttribute(AliyunCall call, ModifySecurityGroupAttributeRequest r) {
        String name = r.securityGroupName();
        if (name != null && (name.length() > 128 || url(name))) throw call.error("InvalidSecurityGroupName.Malformed");
        String description = r.description();
        if (description != null && (description.length() > 256 || url(description))) {
            throw call.error("InvalidSecurityGroupDiscription.Malformed");
        }
        groups.update(call.scope(), r.securityGroupId(), name, description);
    }

    @Override
    public void modifySecurityGroupPolicy(AliyunCall call, ModifySecurityGroupPolicyRequest r) {
        String policy = switch (r.innerAccessPolicy().toLowerCase(Locale.ROOT)) {
            case "accept" -> "Accept";
            case "drop" -> "Drop";
            default -> throw call.error("InvalidPolicy.Malformed");
        };
        rules.setInnerAccessPolicy(call.scope(), r.securityGroupId(), policy);
    }

    @Override
    public DescribeSecurityGroupReferencesResponse describeSecurityGroupReferences(AliyunCall call,
                                                                                   DescribeSecurityGroupReferencesRequest r) {
        List<String> ids = r.securityGroupId();
        if (ids.isEmpty() || ids.size() > 10) throw call.error("InvalidSecurityGroupId.Malformed");
        Map<String, List<String>> refs = rules.references(call.scope(), ids);
        String owner = String.valueOf(AliyunFormats.ownerId(call.account().id()));
        return new DescribeSecurityGroupReferencesResponse().setSecurityGroupReferences(ids.stream().map(id ->
                new DescribeSecurityGroupReferencesResponse.SecurityGroupReference().setSecurityGroupId(id)
                        .setReferencingSecurityGroups(refs.getOrDefault(id, List.of()).stream().map(g ->
                                new DescribeSecurityGroupReferencesResponse.ReferencingSecurityGroup()
                                        .setSecurityGroupId(g).setAliUid(owner)).toList())).toList());
    }
}
