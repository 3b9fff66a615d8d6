package io.cloudtwin.core.eip;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.UniqueWrites;
import io.cloudtwin.store.RowLocks;

/** The address_pool rows (V139), and through blocks() their blocks and slots; the rules are AddressPoolService's. */
@Component
public class AddressPoolStore extends ScopedStore<AddressPool> {
    /** The /28 slots a block takes: the primary key of address_pool_slot keeps blocks from overlapping. */
    public static final int SLOT_PREFIX = 28;
    private final ScopedTable<AddressPoolBlock> blocks;
    private final UniqueWrites writes;

    public AddressPoolStore(JdbcClient jdbc, RowLocks locks, UniqueWrites writes) {
        super(jdbc, locks, "address_pool", AddressPool.class, DomainError.ADDRESS_POOL_NOT_FOUND);
        this.blocks = new ScopedTable<>(jdbc, locks, "address_pool_block", AddressPoolBlock.class);
        this.writes = writes;
    }

    /** The blocks' table (find, list, page). */
    public ScopedTable<AddressPoolBlock> blocks() {
        return blocks;
    }

    /** The blocks of these pools, by pool, oldest first. */
    public Map<String, List<AddressPoolBlock>> blocksOf(List<String> poolIds) {
        return blocks.groupedBy("pool_id", poolIds);
    }

    /**
     * Adds the block with its slots, in a savepoint: false, and nothing added, when a slot is another block's (any
     * pool's, any account's; also one added at once by another transaction).
     */
    public boolean addBlock(AddressPoolBlock b) {
        return writes.inSavepoint(() -> {
            blocks.insert(b);
            for (String slot : slots(b.cidr())) {
                jdbc.sql("INSERT INTO address_pool_slot (slot, block_id) VALUES (:s, :b)").param("s", slot)
                        .param("b", b.id()).update();
            }
        });
    }

    /** The /28 slots a block covers (one for a block of 28 bits or more). */
    public static List<String> slots(Cidr block) {
        List<String> out = new ArrayList<>();
        long step = 1L << (32 - SLOT_PREFIX);
        for (long slot = block.network() & -step; slot <= block.last(); slot += step) out.add(Cidr.format(slot));
        return out;
    }

    /** The accounts whose blocks hold slots of this block. */
    public Set<String> slotOwners(Cidr block) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT b.account_id FROM address_pool_slot s JOIN address_pool_block b "
                        + "ON b.id = s.block_id WHERE s.slot IN (:s)")
                .param("s", slots(block)).query(String.class).list());
    }

    /** The slots taken whose text starts so ("198.19.": those of that /16). */
    public Set<String> slotsStarting(String prefix) {
        return new HashSet<>(jdbc.sql("SELECT slot FROM address_pool_slot WHERE slot LIKE :p")
                .param("p", prefix + "%").query(String.class).list());
    }

    public int deleteBlock(String blockId) {
        return blocks.delete(blockId);
    }
}
