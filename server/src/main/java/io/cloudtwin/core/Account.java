package io.cloudtwin.core;

import java.util.List;
import java.util.Objects;

import io.cloudtwin.config.CloudtwinProperties;

/** An account of the emulator, and the credentials each cloud's dialect knows it by. */
public record Account(String id, String name, String aliyunAccessKeyId, String aliyunAccessKeySecret,
                      String ucloudPublicKey, String ucloudPrivateKey, List<String> ucloudProjects) {

    public static final String DEFAULT_UCLOUD_PROJECT = "org-default";

    /** An account as configured (or given in a fixture); without UCloud projects it has the default project. */
    public static Account from(CloudtwinProperties.AccountProperties a) {
        var aliyun = a.aliyun();
        var ucloud = a.ucloud();
        return new Account(a.id(), a.name(),
                aliyun == null ? null : aliyun.accessKeyId(),
                aliyun == null ? null : aliyun.accessKeySecret(),
                ucloud == null ? null : ucloud.publicKey(),
                ucloud == null ? null : ucloud.privateKey(),
                ucloud == null || ucloud.projects() == null || ucloud.projects().isEmpty()
                        ? List.of(DEFAULT_UCLOUD_PROJECT) : List.copyOf(ucloud.projects()));
    }

    /** The account in configuration form (state export). */
    public CloudtwinProperties.AccountProperties toProperties() {
        return new CloudtwinProperties.AccountProperties(id, name,
                aliyunAccessKeyId == null ? null
                        : new CloudtwinProperties.AliyunCredential(aliyunAccessKeyId, aliyunAccessKeySecret),
                ucloudPublicKey == null ? null
                        : new CloudtwinProperties.UcloudCredential(ucloudPublicKey, ucloudPrivateKey,
                        ucloudProjects));
    }

    /** The account with its secrets left out (state export without ?secrets=true). */
    public Account withoutSecrets() {
        return new Account(id, name, aliyunAccessKeyId, null, ucloudPublicKey, null, ucloudProjects);
    }

    /** This account, taking a secret it lacks from old when the key it belongs to is the same. */
    public Account secretsFrom(Account old) {
        String aliyunSecret = aliyunAccessKeySecret == null && Objects.equals(aliyunAccessKeyId, old.aliyunAccessKeyId)
                ? old.aliyunAccessKeySecret : aliyunAccessKeySecret;
        String ucloudSecret = ucloudPrivateKey == null && Objects.equals(ucloudPublicKey, old.ucloudPublicKey)
                ? old.ucloudPrivateKey : ucloudPrivateKey;
        return new Account(id, name, aliyunAccessKeyId, aliyunSecret, ucloudPublicKey, ucloudSecret, ucloudProjects);
    }

    /** The project used when a UCloud request names none. */
    public String defaultUcloudProject() {
        return ucloudProjects.get(0);
    }
}
