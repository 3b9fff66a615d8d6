package io.cloudtwin.core.nat;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Instance;
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
 * one EIP at once never both win.
 */
@Service
public class NatLinkService {
    private final NatService nat;
    private final NatStore gateways;
    private final NatLinkStore links;
    private final NetworkService networks;
    private final ElasticIpService eips;
    private final FirewallStore firewalls;
    private final InstanceStore instances;

    public NatLinkService(NatService nat, NatStore gateways, NatLinkStore links, NetworkService networks,
                          ElasticIpService eips, FirewallStore firewalls, InstanceStore instances) {
        this.nat = nat;
        this.gateways = gateways;
        this.links = links;
        this.networks = networks;
        this.eips = eips;
        this.firewalls = firewalls;
        this.instances = instances;
    }

    /**
     * A new gateway: spec (its subnetId null), the group, the firewall (null: none), its subnets, the EIPs it takes
     * (bound to it here), whether its white list is on and whether it keeps one EIP at least.
     */
    public record NewGateway(NatService.NewNat spec, String group, String firewallId, List<String> subnetIds,
                             List<String> eipIds, boolean whiteListOpen, boolean keepsEip) {}

    @Transactional
    public NatGateway create(Scope scope, String id, NewGateway g) {
        NatGateway made = nat.create(scope, id, g.spec(), Map.of());
        if (g.firewallId() != null) lockFirewall(scope, g.firewallId());
        links.setAttributes(id, g.group(), g.firewallId(), g.whiteListOpen(), g.keepsEip());
        addSubnets(scope, made, g.subnetIds());
        for (String eip : g.eipIds()) eips.bind(scope, eip, NatService.EIP_TARGET, id);
        return made;
    }

    /** What the gateway carries. */
    @Transactional(readOnly = true)
    public NatLinks of(Scope scope, String id) {
        nat.get(scope, id);
        return links.of(id);
    }

    /** What each of these gateways carries. */
    @Transactional(readOnly = true)
    public Map<String, NatLinks> of(List<String> ids) {
        return links.of(ids);
    }

    /** Which of these subnets stand in a gateway. */
    @Transactional(readOnly = true)
    public List<String> standing(List<String> subnetIds) {
        return links.gatewaysOf(subnetIds);
    }

    /** The gateway's subnets become exactly these (each of its VPC, in no other gateway). */
    @Transactional
    public void setSubnets(Scope scope, String id, List<String> subnetIds) {
        NatGateway g = nat.lock(scope, id);
        networks.lockVpc(scope, g.vpcId());
        links.removeSubnets(id);
        addSubnets(scope, g, subnetIds);
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
    @Transactional
    public void update(Scope scope, String id, String name, String description, String group) {
        nat.modify(scope, id, name, description, null, null);
        if (group != null) links.setGroup(id, group);
    }

    /** Applies a firewall of the scope to the gateway, replacing the one it had. */
    @Transactional
    public void grantFirewall(Scope scope, String id, String firewallId) {
        nat.lock(scope, id);
        lockFirewall(scope, firewallId);
        links.setFirewall(id, firewallId);
    }

    private void lockFirewall(Scope scope, String firewallId) {
        firewalls.lock(scope, firewallId).orElseThrow(() -> new DomainException(DomainError.FIREWALL_NOT_FOUND, firewallId));
    }

    /** The firewall applied to a gateway of the scope, or null (none; no such gateway). */
    @Transactional(readOnly = true)
    public String firewallOf(Scope scope, String id) {
        return gateways.find(scope, id).map(g -> links.of(id).firewallId()).orElse(null);
    }

    /** Puts hosts of the scope in the gateway's VPC on its white list (those on it already stay). */
    @Transactional
    public void addToWhiteList(Scope scope, String id, List<String> hostIds) {
        NatGateway g = nat.lock(scope, id);
        List<String> listed = links.of(id).whiteList();
        for (String h : new TreeSet<>(hostIds)) {
            Instance i = instances.find(scope, h).orElseThrow(() -> new DomainException(DomainError.INSTANCE_NOT_FOUND, h));
            if (!g.vpcId().equals(i.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, h);
            if (!listed.contains(h)) links.addToWhiteList(id, h);
        }
    }

    /** Takes resources off the gateway's white list (those not on it: nothing to do). */
    @Transactional
    public void removeFromWhiteList(Scope scope, String id, List<String> resourceIds) {
        nat.lock(scope, id);
        for (String r : resourceIds) links.removeFromWhiteList(id, r);
    }

    /** Turns the gateway's white list on or off. */
    @Transactional
    public void setWhiteListOpen(Scope scope, String id, boolean open) {
        nat.lock(scope, id);
        links.setWhiteListOpen(id, open);
    }

    /** Deletes the gateway: its EIPs are free again and, with releaseEips, released. */
    @Transactional
    public void delete(Scope scope, String id, boolean releaseEips) {
        nat.lock(scope, id);
        List<ElasticIp> bound = nat.eipsOf(id);
        nat.delete(scope, id, true);
        if (releaseEips) for (ElasticIp e : bound) eips.release(scope, e.id());
    }
}
