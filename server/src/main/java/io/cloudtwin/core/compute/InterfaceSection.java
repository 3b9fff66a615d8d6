package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupStore;

/**
 * The "networkInterfaces" of the state document (Aliyun's ENIs, UCloud's UNIs): an address of their subnet given out
 * as CreateNetworkInterface gives it (inside the block, not taken); an ENI's security groups, of the subnet's VPC.
 */
@Section(name = "networkInterfaces", order = 60)
record InterfaceSection(InterfaceStore store, NetworkService networks, SecurityGroupStore groups,
                        InstanceStore instances) implements StateSection<InterfaceSection.Document> {
    /**
     * With its security groups (an ENI: at least one; a UNI: any) and the instance it is attached to, if any;
     * securityGroupPriorities: a UNI's groups' priorities, in the order of securityGroups (absent: none); project: a
     * UNI's (absent: the account's default).
     */
    public record Document(String cloud, String account, String region, String project, String id, String subnetId,
                           String privateIp, String name, String description, String instanceId,
                           List<String> securityGroups, List<Integer> securityGroupPriorities) {}

    @Override
    public List<Document> export() {
        var rows = store.all();
        var groupsOf = store.prioritiesOf(rows.stream().map(NetworkInterface::id).toList());
        return rows.stream().map(r -> {
            var refs = groupsOf.getOrDefault(r.id(), List.of());
            List<Integer> priorities = refs.stream().map(InstanceService.GroupRef::priority).toList();
            return new Document(r.cloud(), r.accountId(), r.region(), r.projectId(), r.id(), r.subnetId(),
                    r.privateIp(), r.name(), r.description(), r.instanceId(),
                    refs.stream().map(InstanceService.GroupRef::groupId).toList(),
                    priorities.stream().anyMatch(p -> p > 0) ? priorities : null);
        }).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String id = Fixtures.required(d.id(), "id of a network interface");
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "interface " + id);
        if (store.find(scope, id).isPresent()) return false;
        Subnet subnet = networks.lockSubnet(scope, Fixtures.required(d.subnetId(), "subnetId of interface " + id));
        String ip = networks.allocate(subnet, id, Fixtures.required(d.privateIp(), "privateIp of interface " + id));
        store.insert(new NetworkInterface(id, scope.cloud().key(), scope.accountId(), scope.region(), subnet.vpcId(),
                subnet.id(), subnet.zone(), ip, Fixtures.text(d.name()), Fixtures.text(d.description()), null,
                fixtures.now(), scope.projectId()));
        List<String> ifGroups = Fixtures.list(d.securityGroups());
        if (ifGroups.isEmpty() && scope.cloud() == Cloud.ALIYUN) {
            throw new InvalidFixture("interface " + id + " has no securityGroups");
        }
        for (String g : ifGroups) {
            SecurityGroup group = groups.find(scope, g).orElseThrow(() -> new InvalidFixture("interface " + id
                    + " names security group " + g + ", which is not in its cloud, account and region"));
            if (!group.vpcId().equals(subnet.vpcId())) {
                throw new InvalidFixture("interface " + id + ": security group " + g + " is in another VPC");
            }
        }
        if (Set.copyOf(ifGroups).size() < ifGroups.size()) {
            throw new InvalidFixture("interface " + id + " names a security group twice");
        }
        List<Integer> priorities = Fixtures.list(d.securityGroupPriorities());
        if (!priorities.isEmpty() && (priorities.size() != ifGroups.size()
                || priorities.stream().anyMatch(p -> p == null || p < 1 || p > 5))) {
            throw new InvalidFixture("interface " + id + ": securityGroupPriorities, 1 to 5, one for each of its "
                    + "securityGroups");
        }
        if (!priorities.isEmpty()) {
            List<InstanceService.GroupRef> refs = new ArrayList<>();
            for (int n = 0; n < ifGroups.size(); n++) {
                refs.add(new InstanceService.GroupRef(ifGroups.get(n), priorities.get(n)));
            }
            store.bindGroups(id, refs);
        } else if (!ifGroups.isEmpty()) {
            store.replaceGroups(id, ifGroups);
        }
        if (d.instanceId() != null && !d.instanceId().isEmpty()) {
            if (!instances.exists(d.instanceId())) {
                throw new InvalidFixture("interface " + id + " names instance " + d.instanceId() + ", which does not exist");
            }
            store.attach(id, d.instanceId());
        }
        return true;
    }
}
