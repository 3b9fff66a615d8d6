package io.cloudtwin.core.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.Zones;

/**
 * VPCs, subnets and the private addresses given out in them, for both clouds.
 *
 * <p>Locks: placing anything in a VPC (a subnet, and through {@link #lockVpc} a security group or an instance) locks
 * the VPC row first, so a concurrent DeleteVpc either sees it or is seen by it; giving out an address locks the
 * subnet row, and the primary key of subnet_address refuses a double allocation whatever happens. Order: VPC, then
 * subnet, then instance rows (see BindingService for the order among instances and groups).
 */
@Service
public record NetworkService(NetworkStore store, WallClock clock, Zones zones, List<VpcCompanion> companions,
                             Transactions tx) {
    /**
     * Addresses of every subnet that are never given out: {at the start, at the end}. Aliyun keeps the network
     * address and the last three of a vSwitch (its gateway is the third from last); UCloud the network address, its
     * gateway (.1) and the broadcast address.
     */
    private static final Map<Cloud, int[]> RESERVED = new EnumMap<>(Map.of(
            Cloud.ALIYUN, new int[] {1, 3},
            Cloud.UCLOUD, new int[] {2, 1}));

    /** ipv6Isp: IPv6 enabled, announced through that ISP, on ipv6CidrBlock (a /56) or, null, one of the emulator's. */
    public record NewVpc(String name, String description, List<String> cidrBlocks, String tag, String ipv6CidrBlock,
                         String ipv6Isp) {
        public NewVpc(String name, String description, List<String> cidrBlocks, String tag) {
            this(name, description, cidrBlocks, tag, null, null);
        }
    }

    /** ipv6Index: IPv6 enabled, on that /64 (0-255) of the VPC's IPv6 block; null: disabled. */
    public record NewSubnet(String vpcId, String zone, String name, String description, String cidrBlock, String tag,
                            Integer ipv6Index) {
        public NewSubnet(String vpcId, String zone, String name, String description, String cidrBlock, String tag) {
            this(vpcId, zone, name, description, cidrBlock, tag, null);
        }
    }

    /** Creates a VPC; its blocks must be valid IPv4 CIDR blocks that do not overlap each other. */
    public Vpc createVpc(Scope scope, NewVpc spec) {
        return createVpc(scope, Ids.Shape.VPC.next(scope.cloud()), spec);
    }

    /** As above, with its id given (a state document's). */
    public Vpc createVpc(Scope scope, String id, NewVpc spec) {
        return tx.call(() -> {
            List<Cidr> blocks = blocks(spec.cidrBlocks());
            String ipv6 = spec.ipv6Isp() == null ? null : ipv6Block(spec.ipv6CidrBlock());
            Vpc v = new Vpc(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    nz(spec.name()), nz(spec.description()), blocks.stream().map(Cidr::toString).toList(), nz(spec.tag()),
                    clock.now(), ipv6, spec.ipv6Isp());
            try {
                store.vpcs().insert(v);
            } catch (DuplicateKeyException e) {
                throw new DomainException(DomainError.INVALID_IPV6_BLOCK, ipv6); // another VPC's (the unique index)
            }
            for (VpcCompanion c : companions) c.vpcCreated(v);
            return v;
        });
    }

    public Vpc vpc(Scope scope, String id) {
        return tx.read(() -> store.vpcs().get(scope, id, DomainError.VPC_NOT_FOUND));
    }

    /**
     * Locks a VPC of the scope for the rest of the caller's transaction: call it before placing a security group or an
     * instance in the VPC, so that DeleteVpc cannot remove it underneath.
     */
    public Vpc lockVpc(Scope scope, String id) {
        return store.vpcs().locked(scope, id, DomainError.VPC_NOT_FOUND);
    }

    /** The VPC a VPC or a subnet of the scope is, or is in, locked for the caller's transaction; empty: none. */
    public Optional<String> lockedVpcOf(Scope scope, String vpcOrSubnetId, boolean subnet) {
        return subnet ? store.subnets().lock(scope, vpcOrSubnetId).map(Subnet::vpcId)
                : store.vpcs().lock(scope, vpcOrSubnetId).map(Vpc::id);
    }

    public Page<Vpc> listVpcs(Scope scope, VpcFilter filter, int offset, int limit) {
        return tx.read(() -> store.listVpcs(scope, filter, offset, limit));
    }

    /** Renames or re-describes a VPC; null leaves a field as it is. */
    public void updateVpc(Scope scope, String id, String name, String description) {
        tx.run(() -> {
            lockVpc(scope, id);
            store.vpcs().describe(id, name, description);
        });
    }

    /**
     * Enables (true) or disables (false) a VPC's IPv6, or (null) leaves it: enabling gives it block (a /56) or one of the
     * emulator's, announced through isp; enabled already, it keeps its block and takes isp (null: keeps its own).
     * Disabling is refused while a subnet has a block of it (IPV6_IN_USE) or the VPC has an IPv6 gateway
     * (IPV6_GATEWAY_IN_USE). Under the VPC's lock, as subnets and gateways are placed.
     */
    public Vpc setVpcIpv6(Scope scope, String id, Boolean enabled, String block, String isp) {
        return tx.call(() -> {
            Vpc v = lockVpc(scope, id);
            if (Boolean.FALSE.equals(enabled)) {
                if (!v.ipv6()) return v;
                if (store.subnetsOf(id).stream().anyMatch(s -> s.ipv6CidrBlock() != null)) {
                    throw new DomainException(DomainError.IPV6_IN_USE, id);
                }
                if (store.ipv6GatewayOf(id)) throw new DomainException(DomainError.IPV6_GATEWAY_IN_USE, id);
                store.setVpcIpv6(id, null, null);
            } else if (v.ipv6()) {
                if (isp != null) store.setVpcIpv6(id, v.ipv6CidrBlock(), isp);
            } else if (Boolean.TRUE.equals(enabled)) {
                try {
                    store.setVpcIpv6(id, ipv6Block(block), isp);
                } catch (DuplicateKeyException e) {
                    throw new DomainException(DomainError.INVALID_IPV6_BLOCK, block);
                }
            } else if (isp != null) {
                throw new DomainException(DomainError.IPV6_NOT_ENABLED, id);
            }
            return store.vpcs().get(scope, id, DomainError.VPC_NOT_FOUND);
        });
    }

    /** The /56 a client names, or (null) one of the emulator's that no VPC has. */
    private String ipv6Block(String given) {
        if (given != null) return Ipv6Blocks.vpcBlock(given);
        String block;
        do block = Ipv6Blocks.random(); while (store.ipv6BlockTaken(block));
        return block;
    }

    /**
     * Gives a subnet the /64 of its VPC's IPv6 block at index (null: takes its block away). The VPC must have IPv6
     * (IPV6_NOT_ENABLED), the subnet none yet (IPV6_ALREADY_ENABLED), and no other subnet of the VPC that block
     * (IPV6_BLOCK_TAKEN); taking away a block the subnet lacks: SUBNET_IPV6_NOT_ENABLED, or one it has given addresses
     * of: IPV6_IN_USE. Under the VPC's lock, then the subnet's (as addresses are given out).
     */
    public Subnet setSubnetIpv6(Scope scope, String id, Integer index) {
        return tx.call(() -> {
            Subnet s = subnet(scope, id);
            Vpc vpc = lockVpc(scope, s.vpcId());
            s = lockSubnet(scope, id);
            if (index == null) {
                if (s.ipv6CidrBlock() == null) throw new DomainException(DomainError.SUBNET_IPV6_NOT_ENABLED, id);
                if (store.ipv6AddressCount(id) > 0) throw new DomainException(DomainError.IPV6_IN_USE, id);
                store.setSubnetIpv6(id, null);
            } else {
                if (s.ipv6CidrBlock() != null) throw new DomainException(DomainError.IPV6_ALREADY_ENABLED, id);
                store.setSubnetIpv6(id, subnetIpv6(vpc, index));
            }
            return lockSubnet(scope, id);
        });
    }

    /** The /64 of the (locked) VPC's block at index, which no subnet of it has. */
    private String subnetIpv6(Vpc vpc, int index) {
        if (!vpc.ipv6()) throw new DomainException(DomainError.IPV6_NOT_ENABLED, vpc.id());
        String block = Ipv6Blocks.subnetBlock(vpc.ipv6CidrBlock(), index);
        if (store.subnetsOf(vpc.id()).stream().anyMatch(o -> block.equals(o.ipv6CidrBlock()))) {
            throw new DomainException(DomainError.IPV6_BLOCK_TAKEN, block);
        }
        return block;
    }

    /**
     * Adds blocks to a VPC, after the ones it has: each a valid block overlapping none of the VPC's or each other, and
     * at most maxBlocks in all (CIDR_BLOCK_QUOTA_EXCEEDED). Under the VPC's lock, as subnets are placed.
     */
    public Vpc addVpcBlocks(Scope scope, String id, List<String> added, int maxBlocks) {
        return tx.call(() -> {
            Vpc v = lockVpc(scope, id);
            List<String> blocks = new ArrayList<>(v.cidrBlocks());
            blocks.addAll(added);
            if (blocks.size() > maxBlocks) throw new DomainException(DomainError.CIDR_BLOCK_QUOTA_EXCEEDED, id);
            return setBlocks(v, blocks);
        });
    }

    /** Takes a block from a VPC: not its first (CIDR_BLOCK_NOT_FOUND, as for a block it lacks), and no subnet in it. */
    public Vpc removeVpcBlock(Scope scope, String id, String block) {
        return tx.call(() -> {
            Vpc v = lockVpc(scope, id);
            String named;
            try {
                named = Cidr.parse(block).toString();
            } catch (IllegalArgumentException malformed) {
                named = block;
            }
            int at = v.cidrBlocks().indexOf(named);
            if (at < 1) throw new DomainException(DomainError.CIDR_BLOCK_NOT_FOUND, block);
            List<String> blocks = new ArrayList<>(v.cidrBlocks());
            blocks.remove(at);
            return setBlocks(v, blocks);
        });
    }

    /**
     * Gives a VPC exactly these blocks (UCloud's UpdateVPCNetwork): valid, not overlapping each other, at least one,
     * and every subnet of the VPC still inside one of them (else CIDR_BLOCK_IN_USE).
     */
    public Vpc replaceVpcBlocks(Scope scope, String id, List<String> blocks) {
        return tx.call(() -> setBlocks(lockVpc(scope, id), blocks));
    }

    /** Stores the VPC's new blocks, checked as above; the VPC is locked. */
    private Vpc setBlocks(Vpc v, List<String> wanted) {
        List<Cidr> blocks = blocks(wanted);
        for (Subnet s : store.subnetsOf(v.id())) {
            Cidr in = Cidr.parse(s.cidrBlock());
            if (blocks.stream().noneMatch(b -> b.contains(in))) {
                String lost = v.cidrBlocks().stream().filter(b -> Cidr.parse(b).contains(in)).findFirst()
                        .orElse(s.cidrBlock());
                throw new DomainException(DomainError.CIDR_BLOCK_IN_USE, lost);
            }
        }
        for (VpcCompanion c : companions) c.blocksChanging(v, blocks);
        List<String> stored = blocks.stream().map(Cidr::toString).toList();
        store.vpcs().update(v.id(), Map.of("cidrBlocks", stored));
        return new Vpc(v.id(), v.cloud(), v.accountId(), v.region(), v.projectId(), v.name(), v.description(), stored,
                v.tag(), v.createdAt(), v.ipv6CidrBlock(), v.ipv6Isp());
    }

    /** Valid blocks that do not overlap each other, at least one. */
    private static List<Cidr> blocks(List<String> texts) {
        List<Cidr> blocks = new ArrayList<>();
        for (String b : texts) {
            Cidr c = cidr(b);
            for (Cidr other : blocks) if (other.overlaps(c)) throw new DomainException(DomainError.CIDR_CONFLICT, b);
            blocks.add(c);
        }
        if (blocks.isEmpty()) throw new DomainException(DomainError.INVALID_CIDR, "");
        return blocks;
    }

    /**
     * Deletes a VPC in which no subnet, security group or instance stands and that no peering joins, with what its
     * companions made with it (its system route table); what else refers to it (a custom route table) refuses by
     * foreign key.
     */
    public void deleteVpc(Scope scope, String id) {
        tx.run(() -> {
            Vpc v = lockVpc(scope, id);
            if (store.vpcDependents(id) > 0) throw new DomainException(DomainError.VPC_IN_USE, id);
            for (VpcCompanion c : companions) c.vpcDeleting(v);
            Constraints.enforce(() -> store.vpcs().delete(id), DomainError.VPC_IN_USE, id);
        });
    }

    /**
     * Creates a subnet inside one of its VPC's blocks, overlapping no other subnet of that VPC, in the VPC's region
     * (a request may name none) and, when it names a zone, in a zone of that region.
     */
    public Subnet createSubnet(Scope scope, NewSubnet spec) {
        return createSubnet(scope, Ids.Shape.SUBNET.next(scope.cloud()), spec);
    }

    /** As above, with its id given (a state document's). */
    public Subnet createSubnet(Scope scope, String id, NewSubnet spec) {
        return tx.call(() -> {
            Vpc vpc = lockVpc(scope, spec.vpcId());
            if (!nz(spec.zone()).isEmpty() && !zones.contains(scope.cloud(), vpc.region(), spec.zone())) {
                throw new DomainException(DomainError.ZONE_NOT_FOUND, spec.zone());
            }
            Cidr c = cidr(spec.cidrBlock());
            if (vpc.cidrBlocks().stream().map(Cidr::parse).noneMatch(b -> b.contains(c))) {
                throw new DomainException(DomainError.INVALID_CIDR, spec.cidrBlock());
            }
            int[] reserved = RESERVED.get(scope.cloud());
            if (c.size() <= reserved[0] + reserved[1]) throw new DomainException(DomainError.INVALID_CIDR, spec.cidrBlock());
            for (Subnet s : store.subnetsOf(vpc.id())) {
                if (Cidr.parse(s.cidrBlock()).overlaps(c)) throw new DomainException(DomainError.CIDR_CONFLICT, spec.cidrBlock());
            }
            String ipv6 = spec.ipv6Index() == null ? null : subnetIpv6(vpc, spec.ipv6Index());
            Subnet s = new Subnet(id, scope.cloud(), scope.accountId(), vpc.region(),
                    vpc.projectId(), vpc.id(), nz(spec.zone()), nz(spec.name()), nz(spec.description()), c.toString(),
                    nz(spec.tag()), clock.now(), ipv6);
            store.subnets().insert(s);
            return s;
        });
    }

    public Subnet subnet(Scope scope, String id) {
        return tx.read(() -> store.subnets().get(scope, id, DomainError.SUBNET_NOT_FOUND));
    }

    /** Locks a subnet of the scope for the rest of the caller's transaction (before giving out its addresses). */
    public Subnet lockSubnet(Scope scope, String id) {
        return store.subnets().locked(scope, id, DomainError.SUBNET_NOT_FOUND);
    }

    public Page<Subnet> listSubnets(Scope scope, SubnetFilter filter, int offset, int limit) {
        return tx.read(() -> store.listSubnets(scope, filter, offset, limit));
    }

    /** The subnets of these VPCs of the scope, by VPC, each in creation order. */
    public Map<String, List<Subnet>> subnetsOf(Collection<String> vpcIds) {
        return tx.read(() -> store.subnetsOf(vpcIds));
    }

    /** Renames, re-describes or re-tags a subnet; null leaves a field as it is. */
    public void updateSubnet(Scope scope, String id, String name, String description, String tag) {
        tx.run(() -> {
            lockSubnet(scope, id);
            store.subnets().describe(id, name, description);
            if (tag != null) store.subnets().update(id, Map.of("tag", tag));
        });
    }

    /**
     * Deletes a subnet in which no address is given out and no instance or load balancer stands, bound to no network
     * ACL (SUBNET_IN_USE naming "network_acl").
     */
    public void deleteSubnet(Scope scope, String id) {
        tx.run(() -> {
            Subnet s = subnet(scope, id);
            lockVpc(scope, s.vpcId());
            lockSubnet(scope, id);
            for (VpcCompanion c : companions) c.subnetDeleting(s);
            if (store.aclBound(id)) throw new DomainException(DomainError.SUBNET_IN_USE, "network_acl");
            if (!store.reservedBlocks(id).isEmpty()) {
                throw new DomainException(DomainError.SUBNET_IN_USE, CidrReservationService.KIND);
            }
            if (store.subnetDependents(id) > 0) throw new DomainException(DomainError.SUBNET_IN_USE, id);
            try {
                store.subnets().delete(id);
            } catch (DataIntegrityViolationException e) {
                // a kind of another area stands in it (a NAT gateway, a load balancer): its foreign key keeps the subnet
                throw new DomainException(DomainError.SUBNET_IN_USE, id);
            }
        });
    }

    /**
     * The first and the last address of the subnet's block that it gives out: its cloud keeps the others (Aliyun the
     * first one and the last three).
     */
    public static long[] givenOut(Subnet s) {
        Cidr c = Cidr.parse(s.cidrBlock());
        int[] reserved = RESERVED.get(s.cloud());
        return new long[] {c.network() + reserved[0], c.last() - reserved[1]};
    }

    /** How many addresses of the subnet can still be given out. */
    public long availableAddresses(Subnet s) {
        return tx.read(() -> usable(s) - store.addressCount(s.id()));
    }

    /** Available addresses of each subnet, by subnet id, in one statement. */
    public Map<String, Long> availableAddresses(List<Subnet> subnets) {
        return tx.read(() -> {
            Map<String, Long> used = store.addressCounts(subnets.stream().map(Subnet::id).toList());
            Map<String, Long> out = new HashMap<>();
            for (Subnet s : subnets) out.put(s.id(), usable(s) - used.getOrDefault(s.id(), 0L));
            return out;
        });
    }

    /**
     * Gives out an address of the subnet to an owner (an instance or a network interface): the requested one, or the
     * lowest free one. Must run in the caller's transaction, which must hold the subnet's lock ({@link #lockSubnet}).
     */
    public String allocate(Subnet s, String ownerId, String requested) {
        Cidr c = Cidr.parse(s.cidrBlock());
        int[] reserved = RESERVED.get(s.cloud());
        long first = c.network() + reserved[0];
        long last = c.last() - reserved[1];
        long address;
        if (requested != null && !requested.isEmpty()) {
            try {
                address = Cidr.address(requested);
            } catch (IllegalArgumentException e) {
                throw new DomainException(DomainError.INVALID_ADDRESS, requested);
            }
            if (address < first || address > last) throw new DomainException(DomainError.INVALID_ADDRESS, requested);
        } else {
            address = lowestFree(s.id(), first, last, store.reservedBlocks(s.id()));
        }
        Constraints.enforce(() -> store.addAddress(s.id(), Cidr.format(address), ownerId),
                DomainError.ADDRESS_IN_USE, Cidr.format(address));
        return Cidr.format(address);
    }

    /**
     * Whether an address could be given out of the subnet now, as {@link #allocate} would give it when asked for it:
     * inside the block (INVALID_ADDRESS otherwise), not one the cloud keeps, not given out. With ipv6, an address of
     * the subnet's /64 (SUBNET_IPV6_NOT_ENABLED without one; INVALID_IPV6_ADDRESS outside it), not given out.
     */
    public boolean canAllocate(Scope scope, String subnetId, String address, boolean ipv6) {
        return tx.read(() -> {
            Subnet s = subnet(scope, subnetId);
            if (ipv6) {
                if (s.ipv6CidrBlock() == null) throw new DomainException(DomainError.SUBNET_IPV6_NOT_ENABLED, s.id());
                return !store.ipv6AddressTaken(s.id(), Ipv6Blocks.address(s.ipv6CidrBlock(), address));
            }
            long a;
            try {
                a = Cidr.address(address);
            } catch (IllegalArgumentException e) {
                throw new DomainException(DomainError.INVALID_ADDRESS, address);
            }
            if (!Cidr.parse(s.cidrBlock()).contains(a)) throw new DomainException(DomainError.INVALID_ADDRESS, address);
            long[] range = givenOut(s);
            return a >= range[0] && a <= range[1] && !store.addresses(s.id()).contains(a);
        });
    }

    /** Frees one address an owner holds (call it under the owner's lock); false when it holds no such address. */
    public boolean release(String ownerId, String address) {
        return store.releaseAddress(ownerId, address);
    }

    /** The addresses each of these owners holds, lowest first (an owner that holds none is left out). */
    public Map<String, List<String>> addressesOf(Collection<String> ownerIds) {
        return tx.read(() -> store.addressesOf(ownerIds));
    }

    /** Frees every address an owner holds, IPv4 and IPv6 (its deletion). */
    public void release(String ownerId) {
        store.releaseAddresses(ownerId);
    }

    /**
     * Gives out an IPv6 address of the subnet's /64 to an owner: the requested one, or one with a random interface
     * identifier. The subnet must have IPv6 (SUBNET_IPV6_NOT_ENABLED). In the caller's transaction, under the subnet's
     * lock ({@link #lockSubnet}).
     */
    public String allocateIpv6(Subnet s, String ownerId, String requested) {
        if (s.ipv6CidrBlock() == null) throw new DomainException(DomainError.SUBNET_IPV6_NOT_ENABLED, s.id());
        String address;
        if (requested != null) {
            address = Ipv6Blocks.address(s.ipv6CidrBlock(), requested);
        } else {
            do address = Ipv6Blocks.address(s.ipv6CidrBlock(), null); while (store.ipv6AddressTaken(s.id(), address));
        }
        String given = address;
        Constraints.enforce(() -> store.addIpv6Address(s.id(), given, ownerId, Ipv6Blocks.addressId(given),
                clock.now()), DomainError.IPV6_ADDRESS_IN_USE, given);
        return given;
    }

    /** Frees one IPv6 address an owner holds (under the owner's lock); false when it holds no such address. */
    public boolean releaseIpv6(String ownerId, String address) {
        return store.releaseIpv6Address(ownerId, address);
    }

    /** The owners of these IPv6 addresses (given in their shortest form), in any scope. */
    public List<String> ipv6Owners(Collection<String> addresses) {
        return tx.read(() -> store.ipv6Owners(addresses));
    }

    /** The IPv6 addresses each of these owners holds, in the order given out (an owner with none is left out). */
    public Map<String, List<String>> ipv6AddressesOf(Collection<String> ownerIds) {
        return tx.read(() -> store.ipv6AddressesOf(ownerIds));
    }

    /** The lowest address from first to last that is neither given out nor in a reserved block. */
    private long lowestFree(String subnetId, long first, long last, List<Cidr> reserved) {
        List<Long> used = store.addresses(subnetId);
        long candidate = first;
        int next = 0;
        while (true) {
            long before = candidate;
            for (Cidr r : reserved) if (r.contains(candidate)) candidate = r.last() + 1;
            while (next < used.size() && used.get(next) < candidate) next++;
            if (next < used.size() && used.get(next) == candidate) candidate++;
            if (candidate == before || candidate > last) break;
        }
        if (candidate > last) throw new DomainException(DomainError.SUBNET_FULL, subnetId);
        return candidate;
    }

    private static long usable(Subnet s) {
        int[] reserved = RESERVED.get(s.cloud());
        return Math.max(0, Cidr.parse(s.cidrBlock()).size() - reserved[0] - reserved[1]);
    }

    private static Cidr cidr(String text) {
        try {
            return Cidr.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainError.INVALID_CIDR, text);
        }
    }

    /** The VPC of that id in the scope, or empty: for the reads that answer "none" instead of refusing. */
    public Optional<Vpc> findVpc(Scope scope, String id) {
        return store.vpcs().find(scope, id);
    }

    /** The subnet of that id in the scope, or empty: for the reads that answer "none" instead of refusing. */
    public Optional<Subnet> findSubnet(Scope scope, String id) {
        return store.subnets().find(scope, id);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
