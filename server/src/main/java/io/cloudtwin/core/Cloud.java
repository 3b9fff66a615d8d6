package io.cloudtwin.core;

import java.util.Locale;

/** The clouds whose control planes are emulated. Stored as the lower-case name. */
public enum Cloud {
    ALIYUN, UCLOUD;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
