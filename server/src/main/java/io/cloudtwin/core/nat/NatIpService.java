package io.cloudtwin.core.nat;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.network.Vpc;

/**
 * The NAT IP blocks and addresses of VPC NAT gateways (networkType intranet, in a vSwitch). A gateway's default block
 * is its vSwitch's CIDR block and its default address one of the vSwitch's, given out from the vSwitch's address table
 * as a host's is; so is every address of the default block. Another block must be private, outside the VPC's blocks and
 * overlap no block of a NAT gateway of the VPC; its addresses are the gateway's alone. Lock order: the gateway, then
 * its VPC (two blocks of one VPC never race), then the vSwitch, the order a gateway's conversion takes them.
 */
@Service
public record NatIpService(NatStore store, NetworkService networks, WallClock clock, Transactions tx) {
    /** The network type of a VPC NAT gateway, the only kind with NAT IP blocks and addresses. */
    public static final String VPC_NAT = "intranet";
    /** The ranges a block must fall within. */
    private static final List<Cidr> PRIVATE = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.168.0.0/16"));
    /** The shortest and longest prefixes of a block. */
    private static final int SHORTEST = 16;
    private static final int LONGEST = 32;

    /** Whether a gateway of these settings is a VPC NAT gateway, which has a default block and address. */
    static boolean vpcNat(String networkType, String subnetId) {
        return VPC_NAT.equals(networkType) && subnetId != null;
    }

    /** The id of a gateway's default block: named after the gateway, as its tables are. */
    public static String defaultCidrId(String gatewayId) {
        return "vpcnatcidr-" + gatewayId.substring(gatewayId.indexOf('-') + 1);
    }

    /** The id of a gateway's default address. */
    public static String defaultIpId(String gatewayId) {
        return "vpcnatip-" + gatewayId.substring(gatewayId.indexOf('-') + 1);
    }

    /**
     * A new VPC NAT gateway's default block (its vSwitch's) and address (address, else the vSwitch's lowest free one).
     * In the gateway's creating transaction, which holds the vSwitch's lock.
     */
    void createDefaults(Scope scope, NatGateway g, Subnet s, String address) {
        var now = clock.now();
        store.natIpCidrs().insert(new NatIpCidr(defaultCidrId(g.id()), scope.cloud(), scope.accountId(),
                scope.region(), scope.projectId(), g.id(), s.cidrBlock(), "", "", true, now));
        String id = defaultIpId(g.id());
        String given = networks.allocate(s, id, address);
        store.natIps().insert(new NatIp(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), g.id(),
                s.cidrBlock(), given, "", "", true, now));
    }

    /** What a new block is: its CIDR block, name and description ("" for none). */
    public record NewCidr(String cidr, String name, String description) {}

    /**
     * A block of the VPC NAT gateway: NAT_IP_CIDR_NOT_PRIVATE outside the private ranges, NAT_IP_CIDR_IN_VPC where it
     * overlaps the VPC, NAT_IP_CIDR_EXISTS where the gateway has it, NAT_IP_CIDR_TAKEN where it overlaps another block
     * of a NAT gateway of the VPC. A gateway that is no VPC NAT gateway is not found as one.
     */
    public NatIpCidr createCidr(Scope scope, String gatewayId, String id, NewCidr spec) {
        return tx.call(() -> {
            NatGateway g = vpcNatGateway(scope, gatewayId);
            Cidr block = block(spec.cidr());
            Vpc vpc = networks.lockVpc(scope, g.vpcId());
            if (PRIVATE.stream().noneMatch(p -> p.contains(block))) {
                throw new DomainException(DomainError.NAT_IP_CIDR_NOT_PRIVATE, block.toString());
            }
            if (vpc.cidrBlocks().stream().anyMatch(b -> Cidr.parse(b).overlaps(block))) {
                throw new DomainException(DomainError.NAT_IP_CIDR_IN_VPC, block.toString());
            }
            Set<String> gatewaysOfVpc = store.list(scope, new ScopedTable.Where().equal("vpc_id", g.vpcId()), 0,
                    Integer.MAX_VALUE).items().stream().map(NatGateway::id).collect(Collectors.toSet());
            for (NatIpCidr other : store.natIpCidrs().list(scope, new ScopedTable.Where().in("nat_gateway_id",
                    gatewaysOfVpc), 0, Integer.MAX_VALUE).items()) {
                if (other.natGatewayId().equals(g.id()) && other.cidr().equals(block.toString())) {
                    throw new DomainException(DomainError.NAT_IP_CIDR_EXISTS, block.toString());
                }
                if (!other.isDefault() && Cidr.parse(other.cidr()).overlaps(block)) {
                    throw new DomainException(DomainError.NAT_IP_CIDR_TAKEN, block.toString());
                }
            }
            NatIpCidr c = new NatIpCidr(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), g.id(),
                    block.toString(), spec.name(), spec.description(), false, clock.now());
            Constraints.enforce(() -> store.natIpCidrs().insert(c), DomainError.NAT_IP_CIDR_EXISTS, block.toString());
            return c;
        });
    }

    /** A block as a client writes it: a network address and a prefix of 16 to 32 bits (INVALID_CIDR otherwise). */
    private static Cidr block(String text) {
        try {
            Cidr c = Cidr.parse(text);
            if (c.prefix() >= SHORTEST && c.prefix() <= LONGEST) return c;
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new DomainException(DomainError.INVALID_CIDR, text);
    }

    /** What a new address is: its block, the address (null: the block's lowest free one), name and description. */
    public record NewIp(String cidr, String address, String name, String description) {}

    /**
     * An address of a block of the gateway (NAT_IP_CIDR_NOT_FOUND for another block): the one asked for, which must be
     * the block's (NAT_IP_MISMATCH) and free (NAT_IP_EXISTS), else the lowest free one (NAT_IP_EXHAUSTED when none).
     * The default block's addresses are the vSwitch's, given out from its address table.
     */
    public NatIp createIp(Scope scope, String gatewayId, String id, NewIp spec) {
        return tx.call(() -> {
            NatGateway g = vpcNatGateway(scope, gatewayId);
            NatIpCidr c = ownCidr(scope, g.id(), spec.cidr());
            Cidr block = Cidr.parse(c.cidr());
            String wanted = spec.address() == null || spec.address().isEmpty() ? null : spec.address();
            if (wanted != null && !(Cidr.isAddress(wanted) && block.contains(Cidr.address(wanted)))) {
                throw new DomainException(DomainError.NAT_IP_MISMATCH, wanted);
            }
            String address;
            if (c.isDefault()) {
                address = networks.allocate(networks.lockSubnet(scope, g.subnetId()), id, wanted);
            } else {
                Set<String> taken = addressesOf(g.id());
                address = wanted != null ? Cidr.format(Cidr.address(wanted)) : lowestFree(block, taken);
                if (taken.contains(address)) throw new DomainException(DomainError.NAT_IP_EXISTS, address);
            }
            NatIp ip = new NatIp(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), g.id(),
                    c.cidr(), address, spec.name(), spec.description(), false, clock.now());
            Constraints.enforce(() -> store.natIps().insert(ip), DomainError.NAT_IP_EXISTS, address);
            return ip;
        });
    }

    /** The block's lowest free address; its network and broadcast addresses only in a block of one or two. */
    private static String lowestFree(Cidr block, Set<String> taken) {
        boolean ends = block.prefix() < LONGEST - 1;
        for (long a = block.network() + (ends ? 1 : 0); a <= block.last() - (ends ? 1 : 0); a++) {
            if (!taken.contains(Cidr.format(a))) return Cidr.format(a);
        }
        throw new DomainException(DomainError.NAT_IP_EXHAUSTED, block.toString());
    }

    /**
     * Deletes an address (of gatewayId's, when given): never the default one (NAT_IP_DEFAULT), nor one an entry of
     * the gateway translates to (NAT_IP_IN_USE); its address in the vSwitch is free again.
     */
    public void deleteIp(Scope scope, String gatewayId, String id) {
        tx.run(() -> {
            NatIp ip = store.natIps().get(scope, id, DomainError.NAT_IP_NOT_FOUND);
            if (gatewayId != null && !gatewayId.equals(ip.natGatewayId())) {
                throw new DomainException(DomainError.NAT_IP_NOT_FOUND, id);
            }
            store.locked(scope, ip.natGatewayId(), DomainError.NAT_IP_NOT_FOUND);
            ip = store.natIps().get(scope, id, DomainError.NAT_IP_NOT_FOUND);
            if (ip.isDefault()) throw new DomainException(DomainError.NAT_IP_DEFAULT, id);
            NatService.releasing(store, scope, ip.natGatewayId(), ip.address());
            networks.release(ip.id());
            store.natIps().delete(ip.id());
        });
    }

    /** Deletes a block of the gateway: never the default one, nor one with addresses (NAT_IP_CIDR_IN_USE). */
    public void deleteCidr(Scope scope, String gatewayId, String cidr) {
        tx.run(() -> {
            store.locked(scope, gatewayId, DomainError.NAT_IP_CIDR_NOT_FOUND);
            NatIpCidr c = ownCidr(scope, gatewayId, cidr);
            if (c.isDefault()) throw new DomainException(DomainError.NAT_IP_CIDR_DEFAULT, c.cidr());
            boolean used = store.natIpsOf(gatewayId).stream().anyMatch(ip -> ip.natIpCidr().equals(c.cidr()));
            if (used) throw new DomainException(DomainError.NAT_IP_CIDR_IN_USE, c.cidr());
            store.natIpCidrs().delete(c.id());
        });
    }

    /** Renames or re-describes an address; null leaves each as it is. */
    public void updateIp(Scope scope, String id, String name, String description) {
        tx.run(() -> {
            NatIp ip = store.natIps().get(scope, id, DomainError.NAT_IP_NOT_FOUND);
            store.locked(scope, ip.natGatewayId(), DomainError.NAT_IP_NOT_FOUND);
            store.natIps().update(id, RowChanges.of("name", name, "description", description));
        });
    }

    /** Renames or re-describes a block of the gateway; null leaves each as it is. */
    public void updateCidr(Scope scope, String gatewayId, String cidr, String name, String description) {
        tx.run(() -> {
            store.locked(scope, gatewayId, DomainError.NAT_IP_CIDR_NOT_FOUND);
            NatIpCidr c = ownCidr(scope, gatewayId, cidr);
            store.natIpCidrs().update(c.id(), RowChanges.of("name", name, "description", description));
        });
    }

    /** The gateway's block of that CIDR block (as the client writes it); NAT_IP_CIDR_NOT_FOUND when it has none. */
    private NatIpCidr ownCidr(Scope scope, String gatewayId, String cidr) {
        String canonical;
        try {
            canonical = Cidr.parse(cidr).toString();
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainError.NAT_IP_CIDR_NOT_FOUND, cidr);
        }
        return store.natIpCidrs().list(scope, new ScopedTable.Where().equal("nat_gateway_id", gatewayId)
                        .equal("cidr", canonical), 0, 1).items().stream().findFirst()
                .orElseThrow(() -> new DomainException(DomainError.NAT_IP_CIDR_NOT_FOUND, cidr));
    }

    /** The gateway, locked, if it is a VPC NAT gateway; NAT_GATEWAY_NOT_FOUND otherwise. */
    private NatGateway vpcNatGateway(Scope scope, String gatewayId) {
        NatGateway g = store.locked(scope, gatewayId);
        if (!vpcNat(g.networkType(), g.subnetId())) {
            throw new DomainException(DomainError.NAT_GATEWAY_NOT_FOUND, gatewayId);
        }
        return g;
    }

    /** Which blocks a listing shows: of the gateway, of these blocks and names (empty: any). */
    public record CidrFilter(String gatewayId, List<String> cidrs, List<String> names) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().equal("nat_gateway_id", gatewayId).in("cidr", cidrs).in("name", names);
        }
    }

    /** The scope's blocks the filter leaves, by page or after a NextToken. */
    public Listing<NatIpCidr> cidrs(Scope scope, CidrFilter f) {
        return store.natIpCidrs().listing(tx, scope, f.where(), DomainError.NAT_IP_CIDR_NOT_FOUND);
    }

    /** Which addresses a listing shows: of the gateway, of a block (null: any), of these ids and names (empty: any). */
    public record IpFilter(String gatewayId, String cidr, List<String> ids, List<String> names) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().equal("nat_gateway_id", gatewayId).equal("nat_ip_cidr", cidr).in("id", ids)
                    .in("name", names);
        }
    }

    /** The scope's addresses the filter leaves, by page or after a NextToken. */
    public Listing<NatIp> ips(Scope scope, IpFilter f) {
        return store.natIps().listing(tx, scope, f.where(), DomainError.NAT_IP_NOT_FOUND);
    }

    public NatIp ip(Scope scope, String id) {
        return tx.read(() -> store.natIps().get(scope, id, DomainError.NAT_IP_NOT_FOUND));
    }

    /** The addresses of a VPC NAT gateway, which its entries translate to instead of EIPs. */
    Set<String> addressesOf(String gatewayId) {
        return store.natIpsOf(gatewayId).stream().map(NatIp::address).collect(Collectors.toSet());
    }

    /** The default NAT IP address of each of these gateways that has one (VPC NAT gateways), by gateway. */
    public Map<String, String> defaultAddresses(Collection<String> gatewayIds) {
        return tx.read(() -> {
            Map<String, String> out = new HashMap<>();
            store.natIps().groupedBy("nat_gateway_id", gatewayIds).forEach((gateway, ips) -> ips.stream()
                    .filter(NatIp::isDefault).findFirst().ifPresent(ip -> out.put(gateway, ip.address())));
            return out;
        });
    }

    /** A gateway is being deleted (locked): its addresses in the vSwitch are free again; the rows go with it. */
    void gatewayDeleting(String gatewayId) {
        for (NatIp ip : store.natIpsOf(gatewayId)) networks.release(ip.id());
    }

    /** A fresh id of a block or an address. */
    public static String newCidrId() {
        return Ids.random("vpcnatcidr-", 20);
    }

    public static String newIpId() {
        return Ids.random("vpcnatip-", 20);
    }
}
