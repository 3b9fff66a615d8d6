package io.cloudtwin.core.eip;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Public IP address pools and their blocks. Everything that changes a pool's blocks or takes an address from it runs
 * under the pool's row lock: a block goes only while no EIP holds one of its addresses, a pool only while no EIP holds
 * one of its addresses at all. Blocks never overlap, of any pool or account: each takes its /28 slots, whose primary
 * key decides between concurrent additions.
 */
@Service
public record AddressPoolService(AddressPoolStore store, ElasticIpStore eipStore, ElasticIpService eips,
                                 TagService tags, WallClock clock, Transactions tx)
        implements KindService.Described<AddressPool> {
    /**
     * Where blocks asked for by size only (CidrMask) are carved from: the upper half of ElasticIpService.POOL, which
     * no address drawn at random takes.
     */
    public static final Cidr CARVED = Cidr.parse("198.19.0.0/16");
    /** How the text of each of CARVED's slots starts. */
    private static final String CARVED_TEXT = "198.19.";

    /** What a new pool is, in the cloud's words. */
    public record NewPool(String name, String description, String isp, String bizType, List<String> zones,
                          List<String> securityProtectionTypes) {}

    /** What a listing shows of a pool beside its row: how many addresses its blocks have, and how many are held. */
    public record Usage(long total, long used) {}

    public AddressPool create(Scope scope, String id, NewPool spec, Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.ADDRESS_POOL, store, new AddressPool(id, scope.cloud(),
                scope.accountId(), scope.region(), scope.projectId(), spec.name(), spec.description(), spec.isp(),
                spec.bizType(), spec.zones(), spec.securityProtectionTypes(), clock.now()), tagged);
    }

    /** Deletes a pool none of whose addresses an EIP holds (ADDRESS_POOL_IN_USE), with its blocks and tags. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (!eipStore.addressesOfPools(List.of(id)).isEmpty()) {
                throw new DomainException(DomainError.ADDRESS_POOL_IN_USE, id);
            }
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** Adds that block to the pool: ADDRESS_POOL_BLOCK_OVERLAPS or _OF_OTHER_ACCOUNT when it overlaps another. */
    public AddressPoolBlock addBlock(Scope scope, String poolId, Cidr block) {
        return tx.call(() -> {
            store.locked(scope, poolId);
            AddressPoolBlock b = block(scope, poolId, block);
            if (store.addBlock(b)) return b;
            boolean others = store.slotOwners(block).stream().anyMatch(a -> !a.equals(scope.accountId()));
            throw new DomainException(others ? DomainError.ADDRESS_POOL_BLOCK_OF_OTHER_ACCOUNT
                    : DomainError.ADDRESS_POOL_BLOCK_OVERLAPS, block.toString());
        });
    }

    /** Adds a free block of that prefix length, carved from CARVED, to the pool; ADDRESS_POOL_EXHAUSTED when none. */
    public AddressPoolBlock addBlock(Scope scope, String poolId, int prefix) {
        return tx.call(() -> {
            store.locked(scope, poolId);
            Set<String> taken = store.slotsStarting(CARVED_TEXT);
            long size = 1L << (32 - prefix);
            for (long start = CARVED.network(); start <= CARVED.last(); start += size) {
                Cidr candidate = new Cidr(start, prefix);
                if (anyTaken(taken, candidate)) continue;
                AddressPoolBlock b = block(scope, poolId, candidate);
                if (store.addBlock(b)) return b;
            }
            throw new DomainException(DomainError.ADDRESS_POOL_EXHAUSTED, CARVED.toString());
        });
    }

    private static boolean anyTaken(Set<String> taken, Cidr block) {
        return AddressPoolStore.slots(block).stream().anyMatch(taken::contains);
    }

    private AddressPoolBlock block(Scope scope, String poolId, Cidr block) {
        return new AddressPoolBlock(AddressPoolBlock.id(poolId, block.toString()), scope.cloud(), scope.accountId(),
                scope.region(), scope.projectId(), poolId, block.toString(), clock.now());
    }

    /** Removes the pool's block none of whose addresses an EIP holds (ADDRESS_POOL_BLOCK_IN_USE). */
    public void removeBlock(Scope scope, String poolId, String cidrBlock) {
        tx.run(() -> {
            store.locked(scope, poolId);
            AddressPoolBlock b = store.blocks().find(scope, AddressPoolBlock.id(poolId, cidrBlock))
                    .orElseThrow(() -> new DomainException(DomainError.ADDRESS_POOL_BLOCK_NOT_FOUND, cidrBlock));
            Cidr c = b.cidr();
            boolean held = eipStore.addressesOfPools(List.of(poolId)).getOrDefault(poolId, List.of()).stream()
                    .anyMatch(a -> c.contains(Cidr.address(a)));
            if (held) throw new DomainException(DomainError.ADDRESS_POOL_BLOCK_IN_USE, cidrBlock);
            store.deleteBlock(b.id());
        });
    }

    /**
     * A new EIP on the pool's line with an address of the pool: the one spec asks for (in one of its blocks, else
     * ADDRESS_NOT_IN_POOL; held: EIP_ADDRESS_TAKEN), else the first free one in block order (none:
     * ADDRESS_POOL_EXHAUSTED).
     */
    public ElasticIp allocate(Scope scope, String poolId, String eipId, ElasticIpService.NewEip spec,
                              Map<String, String> tagged) {
        return tx.call(() -> {
            AddressPool pool = store.locked(scope, poolId);
            List<Cidr> blocks = store.blocksOf(List.of(poolId)).getOrDefault(poolId, List.of()).stream()
                    .map(AddressPoolBlock::cidr).toList();
            if (spec.address() != null) {
                long asked = Cidr.address(spec.address());
                if (blocks.stream().noneMatch(b -> b.contains(asked))) {
                    throw new DomainException(DomainError.ADDRESS_NOT_IN_POOL, spec.address());
                }
                return eips.allocateIfFree(scope, eipId, spec.from(pool, spec.address()), spec.address(), tagged)
                        .orElseThrow(() -> new DomainException(DomainError.EIP_ADDRESS_TAKEN, spec.address()));
            }
            Set<String> held = Set.copyOf(eipStore.addressesOfPools(List.of(poolId)).getOrDefault(poolId, List.of()));
            for (Cidr b : blocks) {
                for (long a = b.network(); a <= b.last(); a++) {
                    String address = Cidr.format(a);
                    if (held.contains(address)) continue;
                    var made = eips.allocateIfFree(scope, eipId, spec.from(pool, address), address, tagged);
                    if (made.isPresent()) return made.get();
                }
            }
            throw new DomainException(DomainError.ADDRESS_POOL_EXHAUSTED, poolId);
        });
    }

    /** Each pool's addresses and how many EIPs hold, by pool. */
    public Map<String, Usage> usage(List<String> poolIds) {
        return tx.read(() -> {
            var blocks = store.blocksOf(poolIds);
            var held = eipStore.addressesOfPools(poolIds);
            return poolIds.stream().distinct().collect(Collectors.toMap(id -> id, id -> new Usage(
                    blocks.getOrDefault(id, List.of()).stream().mapToLong(b -> b.cidr().size()).sum(),
                    held.getOrDefault(id, List.of()).size())));
        });
    }

    /** How many of each block's addresses EIPs hold, by block id. */
    public Map<String, Long> blockUsage(List<AddressPoolBlock> blocks) {
        var held = tx.read(() -> eipStore.addressesOfPools(blocks.stream().map(AddressPoolBlock::poolId).toList()));
        return blocks.stream().collect(Collectors.toMap(AddressPoolBlock::id, b -> {
            Cidr c = b.cidr();
            return held.getOrDefault(b.poolId(), List.of()).stream().filter(a -> c.contains(Cidr.address(a)))
                    .count();
        }));
    }

    /** The pool's blocks that match (cidrBlock null: all), oldest first, as a listing pages them. */
    public Listing<AddressPoolBlock> blocks(Scope scope, String poolId, String cidrBlock) {
        return store.blocks().listing(tx, scope, new ScopedTable.Where().equal("pool_id", poolId)
                .equal("cidr_block", cidrBlock), DomainError.ADDRESS_POOL_BLOCK_NOT_FOUND);
    }

    /** The scope's pools among ids, of that name and line, protected by some service or by none (null: any). */
    public ScopedTable.Where where(List<String> ids, String name, String isp, Boolean protectedOnes) {
        return new ScopedTable.Where().in("id", ids).equal("name", name).equal("isp", isp)
                .empty("security_protection_types", protectedOnes == null ? null : !protectedOnes);
    }
}
