package io.cloudtwin.core;

/** An account of the emulator, and the credentials each cloud's dialect knows it by. */
public record Account(String id, String name, String aliyunAccessKeyId, String aliyunAccessKeySecret,
                      String ucloudPublicKey, String ucloudPrivateKey, java.util.List<String> ucloudProjects) {

    public static final String DEFAULT_UCLOUD_PROJECT = "org-default";

    /** The project used when a UCloud request names none. */
    public String defaultUcloudProject() {
        return ucloudProjects.get(0);
    }
}
