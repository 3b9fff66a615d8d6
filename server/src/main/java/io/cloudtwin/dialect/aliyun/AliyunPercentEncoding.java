package io.cloudtwin.dialect.aliyun;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Aliyun's percentEncode: URL-encode UTF-8, then "+" -> "%20", "*" -> "%2A", "%7E" -> "~". */
public final class AliyunPercentEncoding {
    private AliyunPercentEncoding() {}

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
