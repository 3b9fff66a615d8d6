package io.cloudtwin.dialect;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request as it arrived, read once and before anything parses the body: the signature checks need the exact bytes.
 * Header names are lower case.
 */
public record HttpCall(String method, String path, String rawQuery, Map<String, String> headers, byte[] body,
                       String remoteAddress) {

    public static HttpCall read(HttpServletRequest req) throws IOException {
        return read(req, Integer.MAX_VALUE - 8);
    }

    /** As read(req), or null if the body is longer than maxBody bytes (then at most maxBody + 1 bytes were read). */
    public static HttpCall read(HttpServletRequest req, int maxBody) throws IOException {
        byte[] body = req.getInputStream().readNBytes(maxBody + 1);
        if (body.length > maxBody) return null;
        Map<String, String> headers = new TreeMap<>();
        for (String name : Collections.list(req.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), req.getHeader(name));
        }
        return new HttpCall(req.getMethod(), req.getRequestURI(), req.getQueryString(), headers, body,
                req.getRemoteAddr());
    }

    public String header(String lowerCaseName) {
        return headers.get(lowerCaseName);
    }

    public String contentType() {
        String ct = header("content-type");
        return ct == null ? "" : ct.toLowerCase(Locale.ROOT);
    }

    public boolean formBody() {
        return contentType().startsWith("application/x-www-form-urlencoded");
    }

    public boolean jsonBody() {
        return contentType().startsWith("application/json");
    }
}
