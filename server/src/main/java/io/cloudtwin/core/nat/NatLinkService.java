package io.cloudtwin.core.nat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.security.FirewallStore;

/**
 * NAT gateways that stand in several subnets of their VPC and take their EIPs as they are made (UCloud's NATGW):
 * creation, the subnets, the firewall, the white list. Each change locks the gateway first (creation: the VPC, then
 * the subnets in id order, as a subnet's deletion takes them); a subnet stands in one gateway at most (the primary key
 * of nat_gateway_subnetwork), an EIP is bound once (core.eip's conditional UPDATE), so two gateways given one subnet or
 * one EIP at once never both win. Its policies, SNAT rules and SnatDnat rules name hosts standing in those subnets and
 * EIPs bound to it, checked under the same lock.
 */
@Service
public record NatLinkService(NatService nat, NatStore gateways, NatLinkStore links, NetworkService networks,
                             ElasticIpService eips, FirewallStore firewalls, InstanceStore instances, WallClock clock,
                             Transactions tx) {
    /**
     * A new gateway: spec (its subnetId null), the group, the firewall (null: none), its subnets, the EIPs it takes
     * (bound to it here), whether its white list is on and whether it keeps one EIP at least.
     */
    public record NewGateway(NatService.NewNat spec, String group, String firewallId, List<String> subnetIds,
                             List<String> eipIds, boolean whiteListOpen, boolean keepsEip) {}

    public NatGateway create(Scope scope, String id, NewGateway g) {
        return tx.call(() -> {
            NatGateway made = nat.create(scope, id, g.spec(), Map.of());
            if (g.firewallId() != null) lockFirewall(scope, g.firewallId());
            links.setAttributes(id, g.group(), g.firewallId(), g.whiteListOpen(), g.keepsEip());
            addSubnets(scope, made, g.subnetIds());
            for (String eip : g.eipIds()) eips.bind(scope, eip, NatService.EIP_TARGET, id);
            return made;
        });
    }

    /** What the gateway carries. */
    public NatLinks of(Scope scope, String id) {
        return tx.read(() -> {
            nat.get(scope, id);
            return links.of(id);
        });
    }

    /** What each of these gateways carries. */
    public Map<String, NatLinks> of(List<String> ids) {
        return tx.read(() -> links.of(ids));
    }

    /** Which of these subnets stand in a gateway. */
    public List<String> standing(List<String> subnetIds) {
        return tx.read(() -> links.gatewaysOf(subnetIds));
    }

    /** The gateway's subnets become exactly these (each of its VPC, in no other gateway). */
    public void setSubnets(Scope scope, String id, List<String> subnetIds) {
        tx.run(() -> {
            NatGateway g = nat.lock(scope, id);
            networks.lockVpc(scope, g.vpcId());
            links.removeSubnets(id);
            addSubnets(scope, g, subnetIds);
        });
    }

    private void addSubnets(Scope scope, NatGateway g, List<String> subnetIds) {
        for (String s : new TreeSet<>(subnetIds)) {
            Subnet subnet = networks.lockSubnet(scope, s);
            if (!subnet.vpcId().equals(g.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, s);
            try {
                links.addSubnet(g.id(), s);
            } catch (DuplicateKeyException taken) {
                throw new DomainException(DomainError.NAT_SUBNET_TAKEN, s);
            }
        }
    }

    /** Renames, re-describes or re-files the gateway (null keeps a value). */
    public void update(Scope scope, String id, String name, String description, String group) {
        tx.run(() -> {
            nat.modify(scope, id, name, description, null, null);
            if (group != null) links.setGroup(id, group);
        });
    }

    /** Applies a firewall of the scope to the gateway, replacing the one it had. */
    public void grantFirewall(Scope scope, String id, String firewallId) {
        tx.run(() -> {
            nat.lock(scope, id);
            lockFirewall(scope, firewallId);
            links.setFirewall(id, firewallId);
        });
    }

    private void lockFirewall(Scope scope, String firewallId) {
        firewalls.locked(scope, firewallId);
    }

    /** The firewall applied to a gateway of the scope, or null (none; no such gateway). */
    public String firewallOf(Scope scope, String id) {
        return tx.read(() -> gateways.find(scope, id).map(g -> links.of(id).firewallId()).orElse(null));
    }

    /** Puts hosts of the scope in the gateway's VPC on its white list (those on it already stay). */
    public void addToWhiteList(Scope scope, String id, List<String> hostIds) {
        tx.run(() -> {
            NatGateway g = nat.lock(scope, id);
            List<String> listed = links.of(id).whiteList();
            for (String h : new TreeSet<>(hostIds)) {
                Instance i = instances.find(scope, h).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, h));
                if (!g.vpcId().equals(i.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, h);
                if (!listed.contains(h)) links.addToWhiteList(id, h);
            }
        });
    }

    /** Takes resources off the gateway's white list (those not on it: nothing to do). */
    public void removeFromWhiteList(Scope scope, String id, List<String> resourceIds) {
        tx.run(() -> {
            nat.lock(scope, id);
            for (String r : resourceIds) links.removeFromWhiteList(id, r);
        });
    }

    /** Turns the gateway's white list on or off. */
    public void setWhiteListOpen(Scope scope, String id, boolean open) {
        tx.run(() -> {
            nat.lock(scope, id);
            links.setWhiteListOpen(id, open);
        });
    }

    /**
     * A port-forwarding policy as UCloud's NATGW takes it: from the EIP eipId (bound to the gateway) on srcPort, for
     * protocol (tcp, udp), to dstPort of dstIp, the address of a host standing in one of the gateway's subnets;
     * ports one port or a range "from-to", the two of one length.
     */
    public record Policy(String eipId, String protocol, String srcPort, String dstIp, String dstPort, String name) {}

    /** A forward entry of the gateway (locked first) from a policy: one mapping of an EIP's port at most. */
    public ForwardEntry createPolicy(Scope scope, String id, String policyId, Policy p) {
        return tx.call(() -> {
            NatGateway g = nat.lock(scope, id);
            return nat.createForward(scope, id, policyId, forward(scope, g, p));
        });
    }

    /** The gateway's policy becomes p (every field), under the rules of a new one. */
    public ForwardEntry updatePolicy(Scope scope, String id, String policyId, Policy p) {
        return tx.call(() -> {
            NatGateway g = nat.lock(scope, id);
            return nat.updateForward(scope, id, policyId, forward(scope, g, p));
        });
    }

    private NatService.NewForward forward(Scope scope, NatGateway g, Policy p) {
        String address = nat.eipsOf(g.id()).stream().filter(e -> e.id().equals(p.eipId())).map(ElasticIp::address)
                .findFirst().orElseThrow(() -> new DomainException(DomainError.NAT_IP_NOT_BOUND, p.eipId()));
        requireHost(scope, g, p.dstIp());
        return new NatService.NewForward(address, p.srcPort(), p.dstIp(), p.dstPort(), p.protocol(), p.name());
    }

    /**
     * An SNAT rule as UCloud's NATGW takes it: the host at sourceIp (standing in one of the gateway's subnets) goes
     * out through snatIp, the address of an EIP bound to the gateway; one rule per source address.
     */
    public SnatEntry addSnatRule(Scope scope, String id, String sourceIp, String snatIp, String name) {
        return tx.call(() -> {
            NatGateway g = nat.lock(scope, id);
            requireHost(scope, g, sourceIp);
            return nat.createSnat(scope, id, new NatService.NewSnat(null, sourceKey(sourceIp), List.of(snatIp), name));
        });
    }

    /** The gateway's SNAT rule of sourceIp goes out through snatIp now, named name (null: kept). */
    public void updateSnatRule(Scope scope, String id, String sourceIp, String snatIp, String name) {
        tx.run(() -> {
            nat.lock(scope, id);
            SnatEntry e = nat.snatBySource(scope, id, sourceKey(sourceIp));
            nat.updateSnat(scope, id, e.id(), List.of(snatIp), name);
        });
    }

    public void deleteSnatRule(Scope scope, String id, String sourceIp) {
        tx.run(() -> {
            nat.lock(scope, id);
            nat.deleteSnat(scope, id, nat.snatBySource(scope, id, sourceKey(sourceIp)).id());
        });
    }

    /** The source of an SNAT rule of one address, as the core keys it (a /32 block). */
    public static String sourceKey(String sourceIp) {
        try {
            return Cidr.format(Cidr.address(sourceIp)) + "/32";
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainError.INVALID_NAT_ENTRY, "SourceIp");
        }
    }

    /** A SnatDnat mapping: the host at privateIp and the EIP address eip (each IPv4, as the core writes them). */
    public record Mapping(String id, String privateIp, String eip) {}

    /**
     * SnatDnat rules of the gateway (locked first), all or none: each EIP an address of an EIP bound to the gateway
     * (NAT_IP_NOT_BOUND) that no other rule maps (NAT_IP_IN_USE), each private address a host of the gateway's
     * subnets (NAT_INTERNAL_IP_OUTSIDE) that no other rule maps (NAT_ENTRY_EXISTS). Checked under the lock, so of two
     * rules given one EIP or one host at once exactly one is made; the unique indexes back it.
     */
    public List<SnatDnatRule> createSnatDnatRules(Scope scope, String id, List<Mapping> mappings) {
        return tx.call(() -> {
            NatGateway g = nat.lock(scope, id);
            Set<String> bound = nat.eipsOf(g.id()).stream().map(ElasticIp::address).collect(Collectors.toSet());
            List<Instance> hosts = hostsOf(scope, g);
            List<SnatDnatRule> made = new ArrayList<>();
            OffsetDateTime now = clock.now();
            for (Mapping m : mappings) {
                if (!bound.contains(m.eip())) throw new DomainException(DomainError.NAT_IP_NOT_BOUND, m.eip());
                if (hosts.stream().noneMatch(i -> m.privateIp().equals(i.privateIp()))) {
                    throw new DomainException(DomainError.NAT_INTERNAL_IP_OUTSIDE, m.privateIp());
                }
                for (SnatDnatRule other : gateways.snatDnatOf(scope, g.id())) {
                    if (other.eip().equals(m.eip())) throw new DomainException(DomainError.NAT_IP_IN_USE, m.eip());
                    if (other.privateIp().equals(m.privateIp())) {
                        throw new DomainException(DomainError.NAT_ENTRY_EXISTS, m.privateIp());
                    }
                }
                SnatDnatRule r = new SnatDnatRule(m.id(), scope.cloud(), scope.accountId(), scope.region(),
                        scope.projectId(), g.id(), m.privateIp(), m.eip(), now);
                try {
                    gateways.snatDnat().insert(r);
                } catch (DuplicateKeyException taken) {
                    throw new DomainException(DomainError.NAT_ENTRY_EXISTS, m.privateIp());
                }
                made.add(r);
            }
            return made;
        });
    }

    /**
     * Deletes SnatDnat rules of the gateway (locked first), all or none: each mapping must be a rule of it, its
     * private address and its EIP paired as the rule pairs them (NAT_ENTRY_NOT_FOUND naming the private address).
     */
    public void deleteSnatDnatRules(Scope scope, String id, List<Mapping> mappings) {
        tx.run(() -> {
            NatGateway g = nat.lock(scope, id);
            for (Mapping m : mappings) {
                SnatDnatRule r = gateways.snatDnatOf(scope, g.id()).stream()
                        .filter(x -> x.privateIp().equals(m.privateIp()) && x.eip().equals(m.eip())).findFirst()
                        .orElseThrow(() -> new DomainException(DomainError.NAT_ENTRY_NOT_FOUND, m.privateIp()));
                gateways.snatDnat().delete(r.id());
            }
        });
    }

    /**
     * The SnatDnat rules of the scope, oldest first: of these gateways (empty: any; an unknown one:
     * NAT_GATEWAY_NOT_FOUND) and of these EIP addresses (empty: any).
     */
    public List<SnatDnatRule> snatDnatRules(Scope scope, List<String> gatewayIds, List<String> eipAddresses) {
        return tx.read(() -> {
            for (String g : gatewayIds) nat.get(scope, g);
            return gateways.snatDnatRules(scope, new ScopedTable.Where().in("nat_gateway_id", gatewayIds)
                    .in("eip", eipAddresses));
        });
    }

    public boolean snatDnatExists(String ruleId) {
        return gateways.snatDnat().exists(ruleId);
    }

    /** Every SnatDnat rule, for export. */
    public List<SnatDnatRule> allSnatDnat() {
        return gateways.snatDnat().all();
    }

    /** The hosts standing in the gateway's subnets: those its policies and SNAT rules may name. */
    public List<Instance> hosts(Scope scope, String id) {
        return tx.read(() -> hostsOf(scope, nat.get(scope, id)));
    }

    private List<Instance> hostsOf(Scope scope, NatGateway g) {
        List<Instance> out = new ArrayList<>();
        for (String s : links.of(g.id()).subnetIds()) {
            out.addAll(instances.list(scope, new InstanceFilter(null, null, null, null, null, null, g.vpcId(), s,
                    null, null), 0, Integer.MAX_VALUE).items());
        }
        return out;
    }

    /** The host of the gateway's subnets at that address (NAT_INTERNAL_IP_OUTSIDE: none). */
    private Instance requireHost(Scope scope, NatGateway g, String address) {
        return hostsOf(scope, g).stream().filter(i -> address != null && address.equals(i.privateIp())).findFirst()
                .orElseThrow(() -> new DomainException(DomainError.NAT_INTERNAL_IP_OUTSIDE, address));
    }

    /** Turns the gateway's snatpool (its default SNAT over all its EIPs) on or off. */
    public void setSnatpool(Scope scope, String id, boolean enabled) {
        tx.run(() -> {
            nat.lock(scope, id);
            links.setSnatpool(id, enabled);
        });
    }

    /** Which of these gateways have the snatpool on. */
    public List<String> withSnatpool(List<String> ids) {
        return tx.read(() -> links.withSnatpool(ids));
    }

    /** Deletes the gateway: its EIPs are free again and, with releaseEips, released. */
    public void delete(Scope scope, String id, boolean releaseEips) {
        tx.run(() -> {
            nat.lock(scope, id);
            List<ElasticIp> bound = nat.eipsOf(id);
            nat.delete(scope, id, true);
            if (releaseEips) for (ElasticIp e : bound) eips.release(scope, e.id());
        });
    }
}
