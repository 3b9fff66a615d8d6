package io.cloudtwin.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.config.CloudtwinProperties;

/** The accounts from configuration, looked up by each cloud's credential. */
@Component
public class Accounts {
    private final List<Account> all;
    private final Map<String, Account> byAliyunKey;
    private final Map<String, Account> byUcloudKey;

    public Accounts(CloudtwinProperties props) {
        this.all = props.accounts().stream().map(a -> new Account(a.id(), a.name(),
                a.aliyun() == null ? null : a.aliyun().accessKeyId(),
                a.aliyun() == null ? null : a.aliyun().accessKeySecret(),
                a.ucloud() == null ? null : a.ucloud().publicKey(),
                a.ucloud() == null ? null : a.ucloud().privateKey(),
                a.ucloud() == null || a.ucloud().projects() == null || a.ucloud().projects().isEmpty()
                        ? List.of(Account.DEFAULT_UCLOUD_PROJECT) : List.copyOf(a.ucloud().projects()))).toList();
        this.byAliyunKey = index(Account::aliyunAccessKeyId);
        this.byUcloudKey = index(Account::ucloudPublicKey);
    }

    private Map<String, Account> index(Function<Account, String> key) {
        return all.stream().filter(a -> key.apply(a) != null)
                .collect(Collectors.toUnmodifiableMap(key, a -> a));
    }

    public List<Account> all() {
        return all;
    }

    public Optional<Account> byAliyunAccessKeyId(String accessKeyId) {
        return Optional.ofNullable(accessKeyId == null ? null : byAliyunKey.get(accessKeyId));
    }

    public Optional<Account> byUcloudPublicKey(String publicKey) {
        return Optional.ofNullable(publicKey == null ? null : byUcloudKey.get(publicKey));
    }

    /** The account used when signature checks are off and the request names no known credential. */
    public Account defaultAccount() {
        if (all.isEmpty()) throw new IllegalStateException("cloudtwin.accounts is empty");
        return all.get(0);
    }
}
