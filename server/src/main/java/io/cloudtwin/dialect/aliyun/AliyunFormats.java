package io.cloudtwin.dialect.aliyun;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.dialect.aliyun.api.Ipv6SetAnswer;
import io.cloudtwin.dialect.aliyun.api.KeyValueTag;
import io.cloudtwin.dialect.aliyun.api.RegionAnswer;
import io.cloudtwin.dialect.aliyun.api.TagPair;
import io.cloudtwin.dialect.aliyun.api.ZoneAnswer;
import io.cloudtwin.dialect.aliyun.spec.Paging;
import io.cloudtwin.spec.aliyun.ProductSpec;

/** How Aliyun writes values in its answers: times, statuses, owner ids, MAC addresses, tag lists, pages. */
public final class AliyunFormats {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'");

    private AliyunFormats() {}

    /** A time as requests give one in UTC: yyyy-MM-ddTHH:mm:ssZ, or without the seconds. */
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]X");

    /** 2024-08-19T08:15:00Z, as most answers write a time. */
    public static String time(OffsetDateTime t) {
        return t == null ? "" : t.withOffsetSameInstant(ZoneOffset.UTC).format(SECONDS);
    }

    /** A time a request gives (REQUEST_TIME); else the action's refusal. */
    public static OffsetDateTime requestTime(String text, Supplier<AliyunException> malformed) {
        try {
            return OffsetDateTime.parse(text, REQUEST_TIME);
        } catch (DateTimeParseException e) {
            throw malformed.get();
        }
    }

    /** Milliseconds since the epoch, as the VPN and SLB answers write a time (CreateTime, CreateTimeStamp). */
    public static long millis(OffsetDateTime t) {
        return t.toInstant().toEpochMilli();
    }

    /** 2024-08-19T08:15Z, as the instance answers write a creation time. */
    public static String minutes(OffsetDateTime t) {
        return t == null ? "" : t.withOffsetSameInstant(ZoneOffset.UTC).format(MINUTES);
    }

    /** Running, Stopped, ... */
    public static String status(InstanceStatus s) {
        String n = s.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** The status an ECS status name (Running, Stopped, ...) names, or null. */
    public static InstanceStatus statusOf(String s) {
        for (InstanceStatus v : InstanceStatus.values()) if (status(v).equals(s)) return v;
        return null;
    }

    /** The account id as the number Aliyun's OwnerId is (0 when an account id is not numeric). */
    public static long ownerId(String accountId) {
        try {
            return Long.parseLong(accountId);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A stable locally administered MAC address for a resource id. */
    public static String mac(String id) {
        int h = id.hashCode();
        return String.format("00:16:3e:%02x:%02x:%02x", (h >> 16) & 0xff, (h >> 8) & 0xff, h & 0xff);
    }

    /** One answer item per element: made by item, filled by fill. */
    public static <X, T> List<T> each(Collection<X> elements, Supplier<T> item, BiConsumer<T, X> fill) {
        List<T> out = new ArrayList<>();
        if (elements != null) for (X x : elements) {
            T t = item.get();
            fill.accept(t, x);
            out.add(t);
        }
        return out;
    }

    /** The tags as the answer's own TagKey/TagValue items. */
    public static <T extends TagPair> List<T> tags(Map<String, String> tags, Supplier<T> item) {
        return each(tags == null ? null : tags.entrySet(), item, (t, e) -> t.setTagKey(e.getKey()).setTagValue(e.getValue()));
    }

    /** IPv6 addresses as a product's Ipv6Sets items, in the order given. */
    public static <T extends Ipv6SetAnswer> List<T> ipv6Sets(List<String> addresses, Supplier<T> item) {
        return each(addresses, item, (set, a) -> set.setIpv6Address(a));
    }

    /** The tags as the answer's own Key/Value items (the VPC product's form). */
    public static <T extends KeyValueTag> List<T> keyValueTags(Map<String, String> tags, Supplier<T> item) {
        return each(tags == null ? null : tags.entrySet(), item, (t, e) -> t.setKey(e.getKey()).setValue(e.getValue()));
    }

    /** DescribeRegions of any product: the regions of its metadata with their endpoints. */
    public static <T extends RegionAnswer> List<T> regions(ProductSpec product, Supplier<T> item) {
        return each(product.regions(), item, (r, id) -> r.setRegionId(id).setRegionEndpoint(product.endpoint(id)));
    }

    /** DescribeZones of any product: the region's real zones. */
    public static <T extends ZoneAnswer> List<T> zones(Zones zones, String regionId, Supplier<T> item) {
        return each(zones.of(Cloud.ALIYUN, regionId), item, (z, id) -> z.setZoneId(id).setZoneType("AvailabilityZone"));
    }

    /** The page's part of a list held whole. */
    public static <T> List<T> page(List<T> all, Paging paging) {
        int from = Math.min(all.size(), paging.offset());
        return all.subList(from, (int) Math.min(all.size(), (long) from + paging.limit()));
    }

    /** The account's default resource group, as the products answer it: rg-acfm and the account id's letters and digits. */
    public static String defaultResourceGroup(String accountId) {
        return "rg-acfm" + accountId.replaceAll("[^a-z0-9]", "");
    }

    /** A string parameter left out or sent empty. */
    public static boolean blank(String s) {
        return s == null || s.isEmpty();
    }

    /** A name or description that is a URL, which the API refuses as one: it starts with http:// or https://. */
    public static boolean url(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /** A description as the products take one: 2 to 256 characters, not a URL. */
    public static boolean wellFormedDescription(String s) {
        return s.length() >= 2 && s.length() <= 256 && !url(s);
    }

    /** A name as the products take most: 2 to 128 characters, a letter first, not a URL. */
    public static boolean wellFormedName(String s) {
        return s.length() >= 2 && s.length() <= 128 && Character.isLetter(s.charAt(0)) && !url(s);
    }

    /**
     * A name as wellFormedName takes one; left out or empty: "". Anything else: the action's invalid-parameter error
     * for the parameter.
     */
    public static String name(AliyunCall call, String parameter, String name) {
        return name(name, () -> call.invalid(parameter));
    }

    /** A name as wellFormedName takes one; left out or empty: "". Anything else: the refusal (the action's code). */
    public static String name(String name, Supplier<AliyunException> refusal) {
        if (blank(name)) return "";
        if (!wellFormedName(name)) throw refusal.get();
        return name;
    }

    /** A description as wellFormedDescription takes one; left out or empty: "". Else as name. */
    public static String description(AliyunCall call, String parameter, String description) {
        return description(description, () -> call.invalid(parameter));
    }

    /** A description as wellFormedDescription takes one; left out or empty: "". Anything else: the refusal. */
    public static String description(String description, Supplier<AliyunException> refusal) {
        if (blank(description)) return "";
        if (!wellFormedDescription(description)) throw refusal.get();
        return description;
    }

    /** The value, or otherwise when it is left out or empty. */
    public static String or(String value, String otherwise) {
        return blank(value) ? otherwise : value;
    }

    /** The value, or null when it is left out or empty (a filter that asks for nothing). */
    public static String orNull(String value) {
        return blank(value) ? null : value;
    }

    /** The value, or "" when it is left out. */
    public static String nz(String s) {
        return s == null ? "" : s;
    }

    /** "vpc-a,vpc-b" as a list; null when absent (no filter). */
    public static List<String> commaList(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) return null;
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
