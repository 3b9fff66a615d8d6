package io.cloudtwin.admin;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.cloudtwin.config.AdminPaths;

/**
 * Keeps the admin API (/_cloudtwin/*) out of reach of other web sites and of DNS rebinding. Every admin call, GETs
 * included (the state export names every account): refused (403) when Host is not a loopback name, an IP literal,
 * this machine's name or one of cloudtwin.admin.allowed-hosts; when Origin is present and not this server's own
 * origin; when the browser says the request comes from another site (Sec-Fetch-Site). A state-changing call (any
 * method but GET/HEAD) needs Content-Type application/json (a fixture import also YAML), else 415: an HTML form or a
 * no-cors fetch cannot send that type. With cloudtwin.admin.token (CLOUDTWIN_ADMIN_TOKEN) set every call but
 * /_cloudtwin/health needs it ("Authorization: Bearer T" or "X-Cloudtwin-Token: T"; the console page takes ?token=T
 * and sends it on). A valid token also lifts the Host check (a rebinding page cannot know it). See docs/security.md.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class AdminGuard extends OncePerRequestFilter {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Set<String> YAML_TYPES = Set.of("application/yaml", "application/x-yaml", "text/yaml",
            "text/x-yaml");

    private final AtomicLong refused = new AtomicLong();
    private final byte[] token;
    private final Set<String> allowedHosts;

    public AdminGuard(@Value("${cloudtwin.admin.token:}") String token,
                      @Value("${cloudtwin.admin.allowed-hosts:}") String allowedHosts) {
        this.token = token == null || token.isBlank() ? null : token.trim().getBytes(StandardCharsets.UTF_8);
        this.allowedHosts = Arrays.stream(allowedHosts.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(HashSet::new));
        try {
            this.allowedHosts.add(InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            // no name for this machine: loopback names and IP literals still work
        }
    }

    /** True for requests that reach the admin API, however the path is spelled. */
    public static boolean isAdmin(HttpServletRequest req) {
        return AdminPaths.isAdmin(req.getRequestURI());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isAdmin(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String refusal = refusal(req);
        if (refusal == null) {
            chain.doFilter(req, res);
            return;
        }
        refused.incrementAndGet();
        int status = Integer.parseInt(refusal.substring(0, 3));
        res.setStatus(status);
        res.setContentType("application/json;charset=utf-8");
        if (status == 401) res.setHeader("WWW-Authenticate", "Bearer realm=\"cloudtwin\"");
        res.getOutputStream().write(StateController.JSON.writeValueAsBytes(
                Map.of("error", refusal.substring(4))));
    }

    /** How many admin calls this guard refused since start. */
    public long refusedCount() {
        return refused.get();
    }

    /** Null if the call may go on, else "NNN reason". */
    public String refusal(HttpServletRequest req) {
        String path = req.getRequestURI();
        if (!Set.of("GET", "HEAD", "POST", "PUT", "DELETE").contains(req.getMethod())) {
            return "405 method " + clip(req.getMethod()) + " is not allowed on the admin API";
        }
        boolean health = path.equals("/_cloudtwin/health");
        boolean tokenOk = token != null && presentedToken(req);
        if (token != null && !health && !tokenOk) return "401 this admin API needs its token (CLOUDTWIN_ADMIN_TOKEN)";
        String host = req.getHeader("Host");
        if (!tokenOk && host != null && !allowedHost(host)) {
            return "403 Host " + clip(host) + " is not this server's (set cloudtwin.admin.allowed-hosts)";
        }
        String origin = req.getHeader("Origin");
        if (origin != null && (host == null || !(origin.equalsIgnoreCase("http://" + host)
                || origin.equalsIgnoreCase("https://" + host)))) {
            return "403 requests from origin " + clip(origin) + " are refused";
        }
        String site = req.getHeader("Sec-Fetch-Site");
        boolean navigation = "navigate".equals(req.getHeader("Sec-Fetch-Mode")) && req.getMethod().equals("GET")
                && path.startsWith("/_cloudtwin/ui");
        if (site != null && !navigation && (site.equals("cross-site") || site.equals("same-site"))) {
            return "403 requests from another site are refused";
        }
        String method = req.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(Locale.ROOT);
            int semi = type.indexOf(';');
            String bare = (semi < 0 ? type : type.substring(0, semi)).trim();
            boolean fixture = path.equals("/_cloudtwin/state") && YAML_TYPES.contains(bare);
            if (!bare.equals("application/json") && !fixture) {
                return "415 a state-changing admin call needs Content-Type: application/json";
            }
        }
        return null;
    }

    private boolean presentedToken(HttpServletRequest req) {
        String given = req.getHeader("X-Cloudtwin-Token");
        String auth = req.getHeader("Authorization");
        if (given == null && auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) given = auth.substring(7).trim();
        if (given == null && req.getMethod().equals("GET") && req.getRequestURI().startsWith("/_cloudtwin/ui")) {
            given = req.getParameter("token");
        }
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** localhost, *.localhost, an IP literal, this machine's name, or a configured name; any port. */
    public boolean allowedHost(String hostHeader) {
        String h = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) return h.indexOf(']') > 0; // an IPv6 literal
        int colon = h.lastIndexOf(':');
        if (colon >= 0) h = h.substring(0, colon);
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h.equals("localhost") || h.endsWith(".localhost") || IPV4.matcher(h).matches()
                || allowedHosts.contains(h);
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
