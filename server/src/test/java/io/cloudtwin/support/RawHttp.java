package io.cloudtwin.support;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends bytes exactly as given, for request lines no well-behaved HTTP client would send. */
public final class RawHttp {
    private RawHttp() {}

    public record Reply(int status, String head, String body) {}

    public static Reply send(int port, String method, String target, String contentType, byte[] body) throws Exception {
        return send(port, method, target, contentType, body, "Host: 127.0.0.1:" + port);
    }

    /** As above with the given header lines ("Name: value") instead of the Host line. */
    public static Reply send(int port, String method, String target, String contentType, byte[] body,
                             String... headerLines) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            String head = method + " " + target + " HTTP/1.1\r\n" + String.join("", java.util.Arrays.stream(headerLines)
                    .map(h -> h + "\r\n").toList()) + "Connection: close\r\n"
                    + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                    + "Content-Length: " + body.length + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? text : text.substring(0, split);
            String responseBody = split < 0 ? "" : text.substring(split + 4);
            int status = Integer.parseInt(responseHead.substring(9, 12));
            return new Reply(status, responseHead, responseBody);
        }
    }
}
