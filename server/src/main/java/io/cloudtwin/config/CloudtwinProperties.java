package io.cloudtwin.config;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Everything under {@code cloudtwin.*}: accounts with their credentials, signature checks, transitions, limits. */
@ConfigurationProperties("cloudtwin")
public record CloudtwinProperties(
        @DefaultValue List<AccountProperties> accounts,
        @DefaultValue Signature signature,
        @DefaultValue Transitions transitions,
        @DefaultValue Limits limits) {

    public record AccountProperties(String id, String name, AliyunCredential aliyun, UcloudCredential ucloud) {}

    public record AliyunCredential(String accessKeyId, String accessKeySecret) {}

    /** projects: the account's UCloud project ids; the first is the default project (org-default if none given). */
    public record UcloudCredential(String publicKey, String privateKey, List<String> projects) {}

    /** verify: check request signatures; maxClockSkew: how far a signed timestamp may be from now (and how long a nonce is remembered). */
    public record Signature(@DefaultValue("true") boolean verify, @DefaultValue("15m") Duration maxClockSkew) {}

    /** delay: how long Pending/Starting/Stopping last before the instance settles; zero makes transitions immediate. */
    public record Transitions(@DefaultValue("0ms") Duration delay) {}

    public record Limits(@DefaultValue("5") int groupsPerInstance) {}
}
