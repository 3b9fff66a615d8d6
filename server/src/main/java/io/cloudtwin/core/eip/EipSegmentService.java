package io.cloudtwin.core.eip;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Segments of contiguous EIPs: a free aligned block of the random half of ElasticIpService.POOL, all of whose
 * addresses become EIPs at once (the addresses' unique index decides against any other allocation, the savepoint
 * leaves none of a block another holds part of). A segment goes with all its EIPs, under the segment's lock and
 * each EIP's, or not at all: none may be bound, protected or in a shared bandwidth.
 */
@Service
public record EipSegmentService(EipSegmentStore store, ElasticIpStore eipStore, ElasticIpService eips,
                                SharedBandwidthStore shared, TagService tags, WallClock clock, Transactions tx)
        implements KindService<EipSegment> {
    private static final Cidr POOL_BLOCK = Cidr.parse(ElasticIpService.RANDOM_BLOCK);
    private static final int TRIES = 64;

    /**
     * A new segment of that prefix length (eipIds naming its EIPs, spec what each is; group: the resource group they
     * join, null for the default one): NO_FREE_ADDRESS when no free block is found.
     */
    public EipSegment allocate(Scope scope, String id, int prefix, String zone, ElasticIpService.NewEip spec,
                               Supplier<String> eipIds, String group) {
        return tx.call(() -> {
            long size = 1L << (32 - prefix);
            long blocks = POOL_BLOCK.size() / size;
            for (int n = 0; n < TRIES; n++) {
                // the pool's first block holds its network address, which no EIP takes
                Cidr block = new Cidr(POOL_BLOCK.network() + Ids.number(1, (int) blocks) * size, prefix);
                var made = eips.allocateBlock(scope, eipIds, spec.in(id), block);
                if (made.isEmpty()) continue;
                tags.groupNew(ResourceType.EIP, made.get().stream().map(ElasticIp::id).toList(), group);
                return create(scope, id, block.toString(), zone);
            }
            throw new DomainException(DomainError.NO_FREE_ADDRESS, POOL_BLOCK.toString());
        });
    }

    /** The segment's row alone (a fixture's: its EIPs come with the state document's "eips"). */
    public EipSegment create(Scope scope, String id, String segment, String zone) {
        EipSegment s = new EipSegment(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                segment, zone, clock.now());
        tx.run(() -> store.insert(s));
        return s;
    }

    /** Releases the segment with all its EIPs, or nothing: each free and unprotected, none sharing a bandwidth. */
    public void release(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            List<ElasticIp> members = eipStore.lockedOfSegment(scope, id);
            var sharing = shared.ofEips(members.stream().map(ElasticIp::id).toList());
            if (!sharing.isEmpty()) {
                throw new DomainException(DomainError.EIP_IN_SHARED_BANDWIDTH, sharing.keySet().iterator().next());
            }
            members.forEach(eips::releaseLocked);
            store.delete(id);
        });
    }

    /** The scope's segments of that id (null: any). */
    public ScopedTable.Where where(String id) {
        return new ScopedTable.Where().equal("id", id);
    }
}
