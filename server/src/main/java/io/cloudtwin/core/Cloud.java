package io.cloudtwin.core;

/** The clouds whose control planes are emulated. Stored as the lower-case name. */
public enum Cloud {
    ALIYUN, UCLOUD;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
