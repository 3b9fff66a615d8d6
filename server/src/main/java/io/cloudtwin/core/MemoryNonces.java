package io.cloudtwin.core;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Nonces of one process, for the in-memory store (H2 in memory): a 64-bit hash of credential and nonce in a
 * primitive open-addressing set per minute of expiry (keepUntil), 16 bytes a nonce at most, no garbage per request. Two different nonces
 * collide with probability about n^2 / 2^65: one in ten million at a few million remembered nonces.
 */
public class MemoryNonces implements Nonces {
    private final ConcurrentSkipListMap<Long, LongSet> byMinute = new ConcurrentSkipListMap<>();

    @Override
    public boolean firstUse(String credential, String nonce, OffsetDateTime now, OffsetDateTime keepUntil) {
        long h = hash(credential, nonce);
        // filed under the minute after keepUntil, so that forgetBefore(now) never drops it before keepUntil
        long minute = keepUntil.toEpochSecond() / 60 + 1;
        synchronized (this) {
            for (LongSet s : byMinute.values()) if (s.contains(h)) return false;
            byMinute.computeIfAbsent(minute, m -> new LongSet()).add(h);
            return true;
        }
    }

    @Override
    public synchronized void forgetBefore(OffsetDateTime now) {
        byMinute.headMap(now.toEpochSecond() / 60, true).clear();
    }

    @Override
    public synchronized void clear() {
        byMinute.clear();
    }

    public synchronized long size() {
        long n = 0;
        for (Map.Entry<Long, LongSet> e : byMinute.entrySet()) n += e.getValue().size;
        return n;
    }

    static long hash(String credential, String nonce) {
        long h = 0x9E3779B97F4A7C15L;
        h = mix(h, credential);
        h = mix(h ^ 0xFF51AFD7ED558CCDL, nonce);
        return h == 0 ? 1 : h;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
            h ^= h >>> 29;
        }
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    /** Open addressing, linear probing, 0 marks a free slot (hash() never returns 0). */
    static final class LongSet {
        long[] slots = new long[1024];
        int size;

        boolean contains(long v) {
            int mask = slots.length - 1;
            for (int i = (int) (v ^ (v >>> 32)) & mask; ; i = (i + 1) & mask) {
                if (slots[i] == 0) return false;
                if (slots[i] == v) return true;
            }
        }

        void add(long v) {
            if ((size + 1) * 2 > slots.length) grow();
            int mask = slots.length - 1;
            int i = (int) (v ^ (v >>> 32)) & mask;
            while (slots[i] != 0) {
                if (slots[i] == v) return;
                i = (i + 1) & mask;
            }
            slots[i] = v;
            size++;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (long v : old) if (v != 0) add(v);
        }
    }
}
