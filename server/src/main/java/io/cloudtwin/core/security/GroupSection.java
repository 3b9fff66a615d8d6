package io.cloudtwin.core.security;

import java.util.List;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "securityGroups" of the state document, with their rules and (Aliyun) inner access policy. */
@Section(name = "securityGroups", order = 30)
record GroupSection(SecurityGroupStore groups, SecurityGroupService service, RuleStore rules,
                    GroupPolicyStore policies) implements StateSection<GroupSection.Document> {
    /** innerAccessPolicy: Aliyun's policy between the group's own members, Accept (default) or Drop. */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String vpcId, String type, String tag, List<Rule> rules,
                           String innerAccessPolicy) {}

    /**
     * A rule in its cloud's words (see SecurityGroupRule); ipRange may be empty when peerGroupId or
     * peerPrefixListId names the peer (Aliyun SourceGroupId/DestGroupId, SourcePrefixListId/DestPrefixListId);
     * peerPort and nicType are Aliyun's SourcePortRange and NicType.
     */
    public record Rule(String id, String direction, String ipRange, Integer priority, String protocol, String dstPort,
                       String action, String remark, String peerGroupId, String peerPrefixListId, String peerPort,
                       String nicType) {}

    @Override
    public List<Document> export() {
        List<SecurityGroup> all = groups.all();
        var ruleRows = rules.all();
        var inner = policies.innerAccessPolicies(all.stream().map(SecurityGroup::id).toList());
        return all.stream().map(g -> new Document(g.cloud().key(), g.accountId(), g.region(), g.projectId(), g.id(),
                g.name(), g.description(), g.vpcId(), g.groupType(), g.tag(),
                ruleRows.getOrDefault(g.id(), List.of()).stream().map(r -> new Rule(r.id(), r.direction(), r.ipRange(),
                        r.priority(), r.protocol(), r.dstPort(), r.action(), r.remark(), r.peerGroupId(),
                        r.peerPrefixListId(), r.peerPort(), r.nicType())).toList(), inner.get(g.id()))).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "group " + d.id());
        String id = d.id() == null ? Ids.Shape.SECURITY_GROUP.next(scope.cloud()) : d.id();
        if (groups.exists(id)) return false;
        String type = d.type() != null ? d.type() : scope.cloud() == Cloud.ALIYUN ? "normal" : "user defined";
        service.create(scope, id, new SecurityGroupService.NewGroup(d.name(), d.description(), d.vpcId(), type, d.tag()));
        var now = fixtures.now();
        for (Rule r : Fixtures.list(d.rules())) {
            String peer = Fixtures.text(r.peerGroupId()) + Fixtures.text(r.peerPrefixListId());
            rules.insert(new SecurityGroupRule(r.id() == null ? Ids.uuid() : r.id(), id,
                    Fixtures.required(r.direction(), "rule direction"),
                    peer.isEmpty() ? Fixtures.required(r.ipRange(), "rule ipRange") : Fixtures.text(r.ipRange()),
                    r.priority() == null ? 1 : r.priority(), Fixtures.required(r.protocol(), "rule protocol"),
                    Fixtures.text(r.dstPort()), Fixtures.required(r.action(), "rule action"), Fixtures.text(r.remark()),
                    Fixtures.text(r.peerGroupId()), Fixtures.text(r.peerPrefixListId()), Fixtures.text(r.peerPort()),
                    Fixtures.text(r.nicType()), now), now);
        }
        if (d.innerAccessPolicy() != null) {
            if (!d.innerAccessPolicy().equals("Accept") && !d.innerAccessPolicy().equals("Drop")) {
                throw new InvalidFixture("group " + id + ": innerAccessPolicy is Accept or Drop");
            }
            policies.setInnerAccessPolicy(id, d.innerAccessPolicy());
        }
        return true;
    }
}
