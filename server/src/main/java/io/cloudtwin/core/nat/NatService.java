package io.cloudtwin.core.nat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.eip.ElasticIp;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vpc;
import io.cloudtwin.core.routing.RouteService;
import io.cloudtwin.core.tag.TagService;

/**
 * NAT gateways and their SNAT and forward entries. Every change of a gateway or of its entries locks the gateway's row
 * first, so an entry created while its gateway is deleted, or an EIP unbound while an entry takes it, never both win;
 * unique indexes take a source once (SNAT) and an external address and port once (forward) per gateway.
 */
@Service
public record NatService(NatStore store, NetworkService networks, ElasticIpService eips, WallClock clock,
                         TagService tags, RouteService routes, NatIpService natIps, Transactions tx) {
    /** The core's name of a NAT gateway as an EIP target. */
    public static final String EIP_TARGET = "nat_gateway";
    public static final String SNAT_ENTRY = "snat_entry";
    public static final String FORWARD_ENTRY = "forward_entry";
    /** The billing by capacity units, whose gateways have no spec to change. */
    public static final String PAY_BY_LCU = "PayByLcu";
    public static final String SNAT_DNAT_RULE = "snat_dnat_rule";
    public static final String EIP = "eip";
    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "any");

    /** What a new gateway is, in the cloud's words; subnetId may be null where the cloud places it in none. */
    public record NewNat(String vpcId, String subnetId, String name, String description, String spec, String natType,
                         String networkType, String eipBindMode, String internetChargeType, String chargeType,
                         boolean icmpReplyEnabled) {}

    /** A gateway in its VPC (locked, then the subnet, the order a subnet's deletion takes them). */
    public NatGateway create(Scope scope, String id, NewNat spec, Map<String, String> tagged) {
        return create(scope, id, spec, tagged, null);
    }

    /**
     * The same; a VPC NAT gateway (NatIpService.VPC_NAT, in a subnet) also gets its default NAT IP block and address:
     * natIp (a state document's), else the subnet's lowest free one.
     */
    public NatGateway create(Scope scope, String id, NewNat spec, Map<String, String> tagged, String natIp) {
        return tx.call(() -> {
            Vpc vpc = networks.lockVpc(scope, spec.vpcId());
            Subnet s = null;
            if (spec.subnetId() != null) {
                s = networks.lockSubnet(scope, spec.subnetId());
                if (!s.vpcId().equals(vpc.id())) throw new DomainException(DomainError.NETWORK_MISMATCH, s.id());
            }
            NatGateway g = new NatGateway(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), vpc.id(),
                    spec.subnetId(), nz(spec.name()), nz(spec.description()), nz(spec.spec()), spec.natType(),
                    spec.networkType(), spec.eipBindMode(), spec.internetChargeType(), spec.chargeType(),
                    spec.icmpReplyEnabled(), clock.now());
            store.insert(g);
            if (NatIpService.vpcNat(g.networkType(), g.subnetId())) natIps.createDefaults(scope, g, s, natIp);
            tags.tagNew(scope, ResourceType.NAT_GATEWAY, id, tagged);
            return g;
        });
    }

    public NatGateway get(Scope scope, String id) {
        return store.get(scope, id);
    }

    NatGateway lock(Scope scope, String id) {
        return store.locked(scope, id);
    }

    /** The gateway of an entry operation, locked: when it is missing, so is the table the entry was asked in. */
    private NatGateway lockForEntries(Scope scope, String id) {
        return store.locked(scope, id, DomainError.NAT_TABLE_NOT_FOUND);
    }

    /** Which gateways a listing returns; null matches any. */
    public record Filter(List<String> ids, String vpcId, String name, String natType) {}

    public Page<NatGateway> list(Scope scope, Filter f, int offset, int limit) {
        return store.list(scope, new ScopedTable.Where().in("id", f.ids()).equal("vpc_id", f.vpcId())
                .equal("name", f.name()).equal("nat_type", f.natType()), offset, limit);
    }

    public void modify(Scope scope, String id, String name, String description, String eipBindMode, Boolean icmpReply) {
        tx.run(() -> {
            lock(scope, id);
            store.update(id, RowChanges.of("name", name, "description", description, "eipBindMode", eipBindMode,
                    "icmpReplyEnabled", icmpReply));
        });
    }

    /**
     * Changes the spec of a gateway billed by its spec: NAT_SPEC_FIXED for one billed by capacity units (PayByLcu),
     * NAT_SPEC_UNCHANGED when it has that spec already.
     */
    public void respec(Scope scope, String id, String spec) {
        tx.run(() -> {
            NatGateway g = lock(scope, id);
            if (PAY_BY_LCU.equals(g.internetChargeType())) throw new DomainException(DomainError.NAT_SPEC_FIXED, id);
            if (spec.equals(g.spec())) throw new DomainException(DomainError.NAT_SPEC_UNCHANGED, spec);
            store.update(id, RowChanges.of("spec", spec));
        });
    }

    /**
     * Converts a gateway to natType in a subnet of its VPC (the cloud's Normal to Enhanced): NAT_CONVERT_UNSUPPORTED
     * when it is of that type already, NETWORK_MISMATCH for another VPC's subnet. Locks the gateway, then its VPC and
     * the subnet (the order of a subnet's deletion).
     */
    public void convert(Scope scope, String id, String natType, String subnetId) {
        tx.run(() -> {
            NatGateway g = lock(scope, id);
            if (natType.equals(g.natType())) throw new DomainException(DomainError.NAT_CONVERT_UNSUPPORTED, id);
            networks.lockVpc(scope, g.vpcId());
            Subnet s = networks.lockSubnet(scope, subnetId);
            if (!s.vpcId().equals(g.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, subnetId);
            store.update(id, RowChanges.of("natType", natType, "subnetId", subnetId));
        });
    }

    /**
     * Deletes a gateway. Unless forced, it must have no SNAT entry, no forward entry and no EIP (NAT_IN_USE, the
     * subject naming which); forced, its entries go with it and its EIPs are free again. Never while protected from
     * deletion.
     */
    public void delete(Scope scope, String id, boolean force) {
        tx.run(() -> {
            lock(scope, id);
            tags.requireUnprotected(id);
            routes.requireNoEntryTo(id);
            if (!force) {
                if (!store.snatOf(scope, id).isEmpty()) throw new DomainException(DomainError.NAT_GATEWAY_IN_USE, SNAT_ENTRY);
                if (!store.forwardOf(scope, id).isEmpty()) throw new DomainException(DomainError.NAT_GATEWAY_IN_USE, FORWARD_ENTRY);
                if (!eips.ofTarget(id).isEmpty()) throw new DomainException(DomainError.NAT_GATEWAY_IN_USE, EIP);
            }
            eips.targetDeleted(id);
            natIps.gatewayDeleting(id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The addresses of the EIPs bound to the gateway. */
    public List<ElasticIp> eipsOf(String gatewayId) {
        return eips.ofTarget(gatewayId);
    }

    /** What a new SNAT entry is: a subnet or a CIDR block (the other null), and the EIP addresses it leaves through. */
    public record NewSnat(String sourceSubnetId, String sourceCidr, List<String> snatIps, String name) {}

    /** An SNAT entry of the gateway; every address must be an EIP bound to it, the source in its VPC. */
    public SnatEntry createSnat(Scope scope, String gatewayId, NewSnat spec) {
        return createSnat(scope, gatewayId, Ids.random("snat-", 20), spec);
    }

    /** The same with its id given (a fixture's). */
    public SnatEntry createSnat(Scope scope, String gatewayId, String id, NewSnat spec) {
        return tx.call(() -> {
            NatGateway g = lockForEntries(scope, gatewayId);
            String key;
            if (spec.sourceSubnetId() != null) {
                Subnet s = networks.subnet(scope, spec.sourceSubnetId());
                if (!s.vpcId().equals(g.vpcId())) throw new DomainException(DomainError.NETWORK_MISMATCH, s.id());
                key = s.id();
            } else {
                try {
                    key = Cidr.parse(spec.sourceCidr()).toString();
                } catch (IllegalArgumentException e) {
                    throw new DomainException(DomainError.INVALID_NAT_ENTRY, "SourceCIDR");
                }
            }
            requireBound(g, spec.snatIps());
            SnatEntry e = new SnatEntry(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), g.id(), spec.sourceSubnetId() == null ? "" : spec.sourceSubnetId(),
                    spec.sourceSubnetId() == null ? key : "", key, String.join(",", spec.snatIps()), nz(spec.name()),
                    clock.now());
            try {
                store.snat().insert(e);
            } catch (DuplicateKeyException taken) {
                throw new DomainException(DomainError.NAT_ENTRY_EXISTS, key);
            }
            return e;
        });
    }

    /** Each address is the gateway's: a NAT IP of a VPC NAT gateway, else an EIP bound to it (NAT_IP_NOT_BOUND). */
    private void requireBound(NatGateway g, List<String> addresses) {
        Set<String> bound = NatIpService.vpcNat(g.networkType(), g.subnetId())
                ? natIps.addressesOf(g.id())
                : eips.ofTarget(g.id()).stream().map(ElasticIp::address).collect(Collectors.toSet());
        for (String a : addresses) if (!bound.contains(a)) throw new DomainException(DomainError.NAT_IP_NOT_BOUND, a);
    }

    public void deleteSnat(Scope scope, String gatewayId, String entryId) {
        tx.run(() -> {
            lockForEntries(scope, gatewayId);
            SnatEntry e = ownSnat(scope, gatewayId, entryId);
            store.snat().delete(e.id());
        });
    }

    public void renameSnat(Scope scope, String gatewayId, String entryId, String name) {
        tx.run(() -> {
            lockForEntries(scope, gatewayId);
            ownSnat(scope, gatewayId, entryId);
            store.snat().update(entryId, Map.of("name", name));
        });
    }

    /**
     * An SNAT entry's addresses become snatIps (each an EIP bound to the gateway) and its name name (null: kept).
     */
    public void updateSnat(Scope scope, String gatewayId, String entryId, List<String> snatIps, String name) {
        tx.run(() -> {
            NatGateway g = lockForEntries(scope, gatewayId);
            ownSnat(scope, gatewayId, entryId);
            requireBound(g, snatIps);
            store.snat().update(entryId, RowChanges.of("snatIps", String.join(",", snatIps), "name", name));
        });
    }

    /** The SNAT entry of the gateway whose source is sourceKey (a subnet id, or a CIDR block as the core writes it). */
    public SnatEntry snatBySource(Scope scope, String gatewayId, String sourceKey) {
        return store.snat().list(scope, new ScopedTable.Where().equal("nat_gateway_id", gatewayId)
                .equal("source_key", sourceKey), 0, 1).items().stream().findFirst()
                .orElseThrow(() -> new DomainException(DomainError.NAT_ENTRY_NOT_FOUND, sourceKey));
    }

    /** What a new forward entry is. */
    public record NewForward(String externalIp, String externalPort, String internalIp, String internalPort,
                             String ipProtocol, String name) {}

    /**
     * A forward entry of the gateway: its external address an EIP bound to it, its internal address in the VPC, ports
     * 1-65535 (or "any" with protocol any).
     */
    public ForwardEntry createForward(Scope scope, String gatewayId, NewForward spec) {
        return createForward(scope, gatewayId, Ids.random("fwd-", 20), spec);
    }

    /** The same with its id given (a fixture's). */
    public ForwardEntry createForward(Scope scope, String gatewayId, String id, NewForward spec) {
        return tx.call(() -> {
            NatGateway g = lockForEntries(scope, gatewayId);
            ForwardEntry e = forwardEntry(scope, g, id, spec, clock.now());
            requireFree(scope, g, e);
            try {
                store.forward().insert(e);
            } catch (DuplicateKeyException taken) {
                throw new DomainException(DomainError.NAT_ENTRY_EXISTS, spec.externalIp() + ":" + spec.externalPort());
            }
            return e;
        });
    }

    /**
     * A forward entry of the gateway becomes spec (every field), under the rules of a new one; the mapping it had
     * is no conflict to itself.
     */
    public ForwardEntry updateForward(Scope scope, String gatewayId, String entryId, NewForward spec) {
        return tx.call(() -> {
            NatGateway g = lockForEntries(scope, gatewayId);
            ForwardEntry old = ownForward(scope, gatewayId, entryId);
            ForwardEntry e = forwardEntry(scope, g, old.id(), spec, old.createdAt());
            requireFree(scope, g, e);
            store.forward().update(old.id(), RowChanges.of("externalIp", e.externalIp(), "externalPort", e.externalPort(),
                    "internalIp", e.internalIp(), "internalPort", e.internalPort(), "ipProtocol", e.ipProtocol(),
                    "name", e.name()));
            return e;
        });
    }

    /** As {@link #updateForward}, with what spec leaves null kept as it is. */
    public ForwardEntry modifyForward(Scope scope, String gatewayId, String entryId, NewForward spec) {
        return tx.call(() -> {
            lockForEntries(scope, gatewayId);
            ForwardEntry old = ownForward(scope, gatewayId, entryId);
            return updateForward(scope, gatewayId, entryId, new NewForward(
                    Objects.requireNonNullElse(spec.externalIp(), old.externalIp()),
                    Objects.requireNonNullElse(spec.externalPort(), old.externalPort()),
                    Objects.requireNonNullElse(spec.internalIp(), old.internalIp()),
                    Objects.requireNonNullElse(spec.internalPort(), old.internalPort()),
                    Objects.requireNonNullElse(spec.ipProtocol(), old.ipProtocol()),
                    Objects.requireNonNullElse(spec.name(), old.name())));
        });
    }

    /**
     * The entry spec describes, checked: a protocol of PROTOCOLS, ports 1-65535 ("any" with protocol any; where the
     * cloud writes ranges, UCloud's "from-to", external and internal ranges of one length), the internal address in
     * the VPC, the external one an EIP bound to the gateway.
     */
    private ForwardEntry forwardEntry(Scope scope, NatGateway g, String id, NewForward spec, OffsetDateTime at) {
        if (!PROTOCOLS.contains(spec.ipProtocol())) throw new DomainException(DomainError.INVALID_NAT_ENTRY, "IpProtocol");
        boolean any = spec.ipProtocol().equals("any");
        String separator = rangeSeparator(scope.cloud());
        int[] external = ports(spec.externalPort(), any, separator, "ExternalPort");
        int[] internalPorts = ports(spec.internalPort(), any, separator, "InternalPort");
        if (external != null && internalPorts != null
                && external[1] - external[0] != internalPorts[1] - internalPorts[0]) {
            throw new DomainException(DomainError.INVALID_NAT_ENTRY, "InternalPort");
        }
        long internal;
        try {
            internal = Cidr.address(spec.internalIp());
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainError.INVALID_NAT_ENTRY, "InternalIp");
        }
        Vpc vpc = networks.vpc(scope, g.vpcId());
        if (vpc.cidrBlocks().stream().noneMatch(b -> Cidr.parse(b).contains(internal))) {
            throw new DomainException(DomainError.NAT_INTERNAL_IP_OUTSIDE, spec.internalIp());
        }
        requireBound(g, List.of(spec.externalIp()));
        return new ForwardEntry(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), g.id(),
                spec.externalIp(), spec.externalPort(), Cidr.format(internal), spec.internalPort(), spec.ipProtocol(),
                nz(spec.name()), at);
    }

    /**
     * No other entry of the gateway (locked) forwards a port of e's on its external address and protocol
     * (NAT_ENTRY_EXISTS): ranges that overlap conflict, not only equal ports.
     */
    private void requireFree(Scope scope, NatGateway g, ForwardEntry e) {
        String separator = rangeSeparator(scope.cloud());
        boolean any = e.ipProtocol().equals("any");
        int[] mine = ports(e.externalPort(), any, separator, "ExternalPort");
        for (ForwardEntry other : store.forwardOf(scope, g.id())) {
            if (other.id().equals(e.id()) || !other.externalIp().equals(e.externalIp())
                    || !other.ipProtocol().equals(e.ipProtocol())) {
                continue;
            }
            int[] theirs = ports(other.externalPort(), any, separator, "ExternalPort");
            boolean overlap = mine == null || theirs == null ? other.externalPort().equals(e.externalPort())
                    : mine[0] <= theirs[1] && theirs[0] <= mine[1];
            if (overlap) throw new DomainException(DomainError.NAT_ENTRY_EXISTS, e.externalIp() + ":" + e.externalPort());
        }
    }

    /** How the cloud writes a range of forwarded ports: UCloud "1000-2000"; null where one port is all it takes. */
    private static String rangeSeparator(Cloud cloud) {
        return cloud == Cloud.UCLOUD ? "-" : null;
    }

    /** The port or range {from, to}; null for "any" (protocol any only). */
    private static int[] ports(String port, boolean any, String separator, String what) {
        if (any && "any".equals(port)) return null;
        try {
            if (separator != null) return Cidr.ports(port, separator);
            int p = Integer.parseInt(port);
            if (p >= 1 && p <= 65535 && String.valueOf(p).equals(port)) return new int[] {p, p};
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new DomainException(DomainError.INVALID_NAT_ENTRY, what);
    }

    public void deleteForward(Scope scope, String gatewayId, String entryId) {
        tx.run(() -> {
            lockForEntries(scope, gatewayId);
            ForwardEntry e = ownForward(scope, gatewayId, entryId);
            store.forward().delete(e.id());
        });
    }

    /** The gateway's SNAT entry entryId; another gateway's, or none, is not found. */
    private SnatEntry ownSnat(Scope scope, String gatewayId, String entryId) {
        return store.snat().partOf(scope, entryId, SnatEntry::natGatewayId, gatewayId, DomainError.NAT_ENTRY_NOT_FOUND);
    }

    /** The gateway's forward entry entryId; another gateway's, or none, is not found. */
    private ForwardEntry ownForward(Scope scope, String gatewayId, String entryId) {
        return store.forward().partOf(scope, entryId, ForwardEntry::natGatewayId, gatewayId, DomainError.NAT_ENTRY_NOT_FOUND);
    }

    /** Which entries a listing returns; null matches any. */
    public record EntryFilter(String gatewayId, String entryId, String name) {}

    public Page<SnatEntry> snatEntries(Scope scope, EntryFilter f, String sourceSubnetId, String sourceCidr,
                                       int offset, int limit) {
        return store.snat().list(scope, new ScopedTable.Where().equal("nat_gateway_id", f.gatewayId())
                .equal("id", f.entryId()).equal("name", f.name()).equal("source_subnet_id", sourceSubnetId)
                .equal("source_cidr", sourceCidr), offset, limit);
    }

    public Page<ForwardEntry> forwardEntries(Scope scope, EntryFilter f, String externalIp, String internalIp,
                                             String ipProtocol, int offset, int limit) {
        return store.forward().list(scope, new ScopedTable.Where().equal("nat_gateway_id", f.gatewayId())
                .equal("id", f.entryId()).equal("name", f.name()).equal("external_ip", externalIp)
                .equal("internal_ip", internalIp).equal("ip_protocol", ipProtocol), offset, limit);
    }

    /**
     * An EIP of the gateway is about to be unbound (the gateway locked): refused while an entry translates to it
     * (NAT_IP_IN_USE, the subject naming which kind of entry). Static: the EIP target calls it without this service,
     * which needs the EIPs' service (itself built from the targets).
     */
    static void releasing(NatStore store, Scope scope, String gatewayId, String address) {
        for (SnatEntry e : store.snatOf(scope, gatewayId)) {
            if (List.of(e.snatIps().split(",")).contains(address)) throw new DomainException(DomainError.NAT_IP_IN_USE, SNAT_ENTRY);
        }
        for (ForwardEntry e : store.forwardOf(scope, gatewayId)) {
            if (e.externalIp().equals(address)) throw new DomainException(DomainError.NAT_IP_IN_USE, FORWARD_ENTRY);
        }
        for (SnatDnatRule r : store.snatDnatOf(scope, gatewayId)) {
            if (r.eip().equals(address)) throw new DomainException(DomainError.NAT_IP_IN_USE, SNAT_DNAT_RULE);
        }
    }

    public boolean entryExists(String id) {
        return store.entryExists(id);
    }

    /** The gateways' SNAT and forward entries, for export. */
    public List<SnatEntry> allSnat() {
        return new ArrayList<>(store.snat().all());
    }

    public List<ForwardEntry> allForward() {
        return new ArrayList<>(store.forward().all());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
