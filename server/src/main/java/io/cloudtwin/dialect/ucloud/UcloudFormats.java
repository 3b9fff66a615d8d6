package io.cloudtwin.dialect.ucloud;

import java.time.OffsetDateTime;
import java.util.List;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.compute.Instance;

/**
 * How UCloud writes the values every product shares: times as unix seconds, counts and the account as the SDKs' 32-bit
 * ints, a host's private address; and Offset / Limit as the Describe actions take them, and the longest texts the
 * store keeps where UCloud documents no limit.
 */
public final class UcloudFormats {
    /** The longest names, tags and remarks the store keeps where UCloud's doc gives no limit (longer: 230). */
    public static final int NAME = 128;
    public static final int TAG = 64;
    public static final int REMARK = 512;

    private UcloudFormats() {}

    /** CreateTime and the other int times: unix seconds. */
    public static Integer unix(OffsetDateTime t) {
        return t == null ? 0 : Math.toIntExact(t.toEpochSecond());
    }

    /** TotalCount and the other int counts. */
    public static Integer count(long n) {
        return Math.toIntExact(Math.min(n, Integer.MAX_VALUE));
    }

    /** TotalCount of a page. */
    public static Integer total(Page<?> page) {
        return count(page.total());
    }

    /**
     * Account as UCloud gives it: an int (the SDKs decode it into a 32-bit Integer; UCloud company ids have 8 digits).
     * A configured id too large for that is reported by its last 8 digits; a non-numeric one as 0.
     */
    public static int account(String accountId) {
        try {
            long id = Long.parseLong(accountId);
            return id >= 0 && id <= Integer.MAX_VALUE ? (int) id : (int) Math.floorMod(id, 100_000_000L);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An address of the host: the one its subnet gave it, else one derived from its id (hosts in no subnet). */
    public static String address(Instance i) {
        if (i.privateIp() != null && !i.privateIp().isEmpty()) return i.privateIp();
        int h = i.id().hashCode();
        return "10." + ((h >>> 16) & 0xff) + "." + ((h >>> 8) & 0xff) + "." + (1 + ((h & 0xff) % 254));
    }

    /**
     * The MAC address of a host's (or an interface's) network card, derived from its id: UCloud's 52:54:00 prefix and
     * upper-case hex, as its answers write one.
     */
    public static String mac(String id) {
        int h = id.hashCode();
        return String.format("52:54:00:%02X:%02X:%02X", (h >> 16) & 0xff, (h >> 8) & 0xff, h & 0xff);
    }

    /** A subnet's gateway as UCloud answers it: the first address of its block. */
    public static String gateway(Cidr block) {
        return Cidr.format(block.network() + 1);
    }

    /** A string parameter left out or sent empty. */
    public static boolean empty(String s) {
        return s == null || s.isEmpty();
    }

    /** Offset: the doc's default (0); negative is 230. */
    public static int offset(Integer offset) {
        int o = offset == null ? 0 : offset;
        if (o < 0) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Offset");
        return o;
    }

    /** Limit: the doc's default (20), at least 1, at most max (the doc's maximum where it gives one). */
    public static int limit(Integer limit, int max) {
        int l = limit == null ? 20 : limit;
        if (l < 1 || l > max) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Limit");
        return l;
    }

    /** Limit where UCloud documents it as a string: an integer, as above. */
    public static int limit(String limit, int max) {
        if (limit == null) return limit((Integer) null, max);
        try {
            return limit(Integer.valueOf(limit), max);
        } catch (NumberFormatException e) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Limit");
        }
    }

    /** A listing's Offset and Limit, checked in that order (Limit at most max). */
    public static Window window(Integer offset, Integer limit, int max) {
        return new Window(offset(offset), limit(limit, max));
    }

    /** The part of a listing an Offset and Limit ask for. */
    public record Window(int offset, int limit) {
        /** Those of the items already read in full. */
        public <T> List<T> of(List<T> all) {
            return all.stream().skip(offset).limit(limit).toList();
        }

        /** Those of the items already read in full, with how many there are in all. */
        public <T> Page<T> page(List<T> all) {
            return new Page<>(of(all), all.size());
        }
    }

    /** A text parameter the store keeps: refused with 230 naming it when longer than max code points. */
    public static String text(String value, String param, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, param);
        }
        return value;
    }

    /** As above, with a fallback for an absent value. */
    public static String text(String value, String fallback, String param, int max) {
        return text(value == null ? fallback : value, param, max);
    }
}
