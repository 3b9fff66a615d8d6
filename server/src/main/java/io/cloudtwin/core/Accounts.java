package io.cloudtwin.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.cloudtwin.config.CloudtwinProperties;

/** The accounts from configuration (and from seed fixtures), looked up by each cloud's credential. */
@Component
public class Accounts {
    private final List<Account> all;
    private final Map<String, Account> byAliyunKey = new ConcurrentHashMap<>();
    private final Map<String, Account> byUcloudKey = new ConcurrentHashMap<>();

    public Accounts(CloudtwinProperties props) {
        this.all = props.accounts().stream().map(Account::from)
                .collect(Collectors.toCollection(CopyOnWriteArrayList::new));
        all.forEach(this::index);
    }

    private void index(Account a) {
        if (a.aliyunAccessKeyId() != null) byAliyunKey.put(a.aliyunAccessKeyId(), a);
        if (a.ucloudPublicKey() != null) byUcloudKey.put(a.ucloudPublicKey(), a);
    }

    public List<Account> all() {
        return List.copyOf(all);
    }

    public Optional<Account> byId(String id) {
        return all.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Adds an account (from a seed fixture) or replaces the one with the same id. Per process, in memory. */
    public synchronized void register(Account a) {
        byId(a.id()).ifPresent(old -> {
            all.remove(old);
            if (old.aliyunAccessKeyId() != null) byAliyunKey.remove(old.aliyunAccessKeyId());
            if (old.ucloudPublicKey() != null) byUcloudKey.remove(old.ucloudPublicKey());
        });
        all.add(a);
        index(a);
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
