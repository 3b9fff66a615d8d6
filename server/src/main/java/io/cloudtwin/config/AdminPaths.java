package io.cloudtwin.config;

import java.util.Locale;

/** Which requests are for the admin API (/_cloudtwin/...), however the path is spelled: never a cloud's. */
public final class AdminPaths {
    private AdminPaths() {}

    public static boolean isAdmin(String uri) {
        return uri != null && uri.toLowerCase(Locale.ROOT).contains("_cloudtwin");
    }
}
