package io.cloudtwin.dialect.aliyun.spec;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.Schema;

/**
 * Paging of a describe action, both ways the metadata offers: PageNumber/PageSize, or NextToken/MaxResults (used
 * when the request sends either of them and the action declares them). The token is opaque to clients: it encodes
 * the offset of the next item. A token we did not issue is the action's invalid-parameter error for NextToken.
 * <pre>
 *   Paging p = r.paging(10);                       // default page size; maxima come from the metadata
 *   Page&lt;X&gt; page = service.list(scope, filter, p.offset(), p.limit());
 *   out.putAll(p.answer(page.total()));            // TotalCount, PageNumber, PageSize, NextToken (as the schema has them)
 * </pre>
 */
public final class Paging {
    private static final String TOKEN_PREFIX = "ct1:";
    /** A keyset token: the handler's own cursor (where the last page ended), for listings that seek instead of skip. */
    private static final String CURSOR_PREFIX = "ct2:";

    private final ActionSpec action;
    private final long offset;
    private final int limit;
    private final boolean tokens;
    private final String cursor;

    private Paging(ActionSpec action, long offset, int limit, boolean tokens, String cursor) {
        this.action = action;
        this.offset = offset;
        this.limit = limit;
        this.tokens = tokens;
        this.cursor = cursor;
    }

    public static Paging of(ActionSpec action, Params p, int defaultSize) {
        boolean declaresTokens = action.parameter("NextToken").isPresent() || action.parameter("MaxResults").isPresent();
        boolean tokenMode = declaresTokens && (p.has("NextToken") || p.has("MaxResults"));
        if (tokenMode) {
            int size = p.integer("MaxResults", defaultSize);
            long offset = 0;
            String cursor = null;
            String token = p.string("NextToken");
            if (token != null) {
                String text = text(action, token);
                if (text.startsWith(CURSOR_PREFIX)) cursor = text.substring(CURSOR_PREFIX.length());
                else offset = decode(action, text);
            }
            return new Paging(action, offset, size, true, cursor);
        }
        int number = p.integer("PageNumber", 1);
        int size = p.integer("PageSize", defaultSize);
        if (number < 1) throw SpecErrors.invalid(action, "PageNumber");
        if (size < 1) throw SpecErrors.invalid(action, "PageSize");
        return new Paging(action, (long) (number - 1) * size, size, false, null);
    }

    /**
     * The index of the first item of the page, clamped to int for the stores. A keyset token sent to a listing that
     * pages by offset is not one of its tokens.
     */
    public int offset() {
        if (cursor != null) throw invalidToken();
        return (int) Math.min(Integer.MAX_VALUE, offset);
    }

    public int limit() { return limit; }
    public boolean tokenMode() { return tokens; }

    /**
     * For keyset listings in token mode: the cursor the request's NextToken carried (null on the first page; the
     * handler decodes it and answers {@link #invalidToken()} when it cannot).
     */
    public String cursor() { return cursor; }

    public AliyunException invalidToken() {
        return SpecErrors.invalid(action, "NextToken");
    }

    /**
     * The paging fields of a keyset page: NextToken carries nextCursor (null: this page is the last), TotalCount the
     * matches of the whole listing.
     */
    public Map<String, Object> answer(long total, String nextCursor) {
        Map<String, Object> out = answer(total);
        if (out.containsKey("NextToken")) {
            out.put("NextToken", nextCursor == null ? "" : token(CURSOR_PREFIX + nextCursor));
        }
        return out;
    }

    /** The paging fields of the answer, only those the action's response schema lists. */
    public Map<String, Object> answer(long total) {
        Map<String, Object> out = new LinkedHashMap<>();
        Schema r = action.response();
        Map<String, Schema> props = r == null ? Map.of() : r.properties;
        if (props.containsKey("TotalCount")) out.put("TotalCount", total);
        if (props.containsKey("PageNumber")) out.put("PageNumber", offset / limit + 1);
        if (props.containsKey("PageSize")) out.put("PageSize", limit);
        if (props.containsKey("MaxResults") && tokens) out.put("MaxResults", limit);
        if (props.containsKey("NextToken")) {
            out.put("NextToken", offset + limit < total ? token(TOKEN_PREFIX + (offset + limit)) : "");
        }
        return out;
    }

    /** A NextToken as clients see it: the text (prefix and offset or cursor), base64url without padding. */
    private static String token(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ActionSpec action, String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw SpecErrors.invalid(action, "NextToken");
        }
    }

    private static long decode(ActionSpec action, String s) {
        try {
            if (!s.startsWith(TOKEN_PREFIX)) throw SpecErrors.invalid(action, "NextToken");
            long offset = Long.parseLong(s.substring(TOKEN_PREFIX.length()));
            if (offset < 0) throw SpecErrors.invalid(action, "NextToken");
            return offset;
        } catch (IllegalArgumentException e) {
            throw SpecErrors.invalid(action, "NextToken");
        }
    }
}
