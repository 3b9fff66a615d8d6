package io.cloudtwin.core.compute;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * SSH key pairs: made here (the private key is answered once and never kept) or imported from a public key; bound to
 * the instances that log in with them. Names are unique in a scope (the store's unique index); a pair that instances
 * use cannot be deleted (its row lock and the binding's foreign key serialize delete against attach).
 */
@Service
public record KeyPairService(KeyPairStore store, InstanceStore instances, WallClock clock, TagService tags,
                             Transactions tx) implements KindService<KeyPair> {
    /** A pair made here: the pair, and its private key in PEM, which only this answer carries. */
    public record Created(KeyPair keyPair, String privateKeyPem) {}

    /** Makes a new RSA pair named name, with its tags; id null: the pair is named by its name (Aliyun). */
    public Created create(Scope scope, String id, String name, Map<String, String> tags) {
        return tx.call(() -> {
            SshKeys.Generated g = SshKeys.generate();
            return new Created(insert(scope, id, name, g.publicKey(), tags), g.privateKeyPem());
        });
    }

    /** Imports a public key (OpenSSH or PEM) under name, with its tags. */
    public KeyPair importKey(Scope scope, String id, String name, String publicKey, Map<String, String> tags) {
        return tx.call(() -> insert(scope, id, name, SshKeys.parse(publicKey), tags));
    }

    private KeyPair insert(Scope scope, String id, String name, SshKeys.PublicKey key, Map<String, String> tagged) {
        KeyPair k = new KeyPair(id == null ? name : id, scope.cloud(), scope.accountId(), scope.region(),
                scope.projectId(), name, key.fingerprint(), key.openSsh(), clock.now());
        Constraints.enforce(() -> store.insert(k), DomainError.KEY_PAIR_EXISTS, name);
        tags.tagNew(scope, ResourceType.KEY_PAIR, k.id(), tagged);
        return k;
    }

    /** The scope's pairs of that name, fingerprint and ids (each when given), one page in creation order. */
    public Page<KeyPair> list(Scope scope, Collection<String> ids, String name, String fingerprint, int offset, int limit) {
        return tx.read(() -> {
            return store.list(scope, new ScopedTable.Where().in("id", ids).equal("name", name).equal("fingerprint", fingerprint),
                    offset, limit);
        });
    }

    /**
     * Deletes the named pairs of the scope that exist, all or none: a pair an instance still uses refuses the whole
     * request (KEY_PAIR_IN_USE). Returns how many were deleted.
     */
    public int delete(Scope scope, Collection<String> ids) {
        return tx.call(() -> {
            int n = 0;
            for (String id : new TreeSet<>(ids)) {
                if (store.lock(scope, id).isEmpty()) continue;
                if (store.instancesUsing(id) > 0) throw new DomainException(DomainError.KEY_PAIR_IN_USE, id);
                try {
                    tags.deleting(id, () -> store.delete(id));
                    n++;
                } catch (DataIntegrityViolationException e) {
                    throw new DomainException(DomainError.KEY_PAIR_IN_USE, id);
                }
            }
            return n;
        });
    }

    /**
     * Makes each instance log in with the pair (replacing the one it had). Per instance: null when done, else why
     * not (INSTANCE_NOT_FOUND); an unknown pair refuses the whole request.
     */
    public Map<String, DomainError> attach(Scope scope, String id, Collection<String> instanceIds) {
        return tx.call(() -> {
            var now = clock.now();
            return eachInstance(scope, id, instanceIds, instanceId -> store.bind(instanceId, id, now));
        });
    }

    /** The reverse: per instance null when it no longer uses the pair, else why not. */
    public Map<String, DomainError> detach(Scope scope, String id, Collection<String> instanceIds) {
        return tx.call(() -> eachInstance(scope, id, instanceIds, instanceId -> store.unbind(instanceId, id)));
    }

    /** Locks the pair, then applies change to each instance in turn: per instance null, or INSTANCE_NOT_FOUND. */
    private Map<String, DomainError> eachInstance(Scope scope, String id, Collection<String> instanceIds,
                                                  Consumer<String> change) {
        lock(scope, id);
        Map<String, DomainError> out = new LinkedHashMap<>();
        for (String instanceId : instanceIds) {
            if (instances.lock(scope, instanceId).isEmpty()) {
                out.put(instanceId, DomainError.INSTANCE_NOT_FOUND);
                continue;
            }
            change.accept(instanceId);
            out.put(instanceId, null);
        }
        return out;
    }

    /**
     * Locks a pair of the scope until the caller's transaction ends (a host about to log in with it, UCloud):
     * KEY_PAIR_NOT_FOUND if there is none. A deletion of the pair waits for that transaction.
     */
    public KeyPair lock(Scope scope, String id) {
        return store.locked(scope, id);
    }

    /** Which of these pair ids still exist (UCloud hosts report a pair deleted since as KeyPairState Deleted). */
    public Set<String> existing(Collection<String> ids) {
        return tx.read(() -> store.existing(ids));
    }

    /** Binds new instances to a pair in the caller's transaction (their creation): KEY_PAIR_NOT_FOUND if it is gone. */
    public void bindNew(Scope scope, String id, List<String> instanceIds) {
        store.locked(scope, id);
        var now = clock.now();
        for (String instanceId : instanceIds) store.bind(instanceId, id, now);
    }

    /** The instances of the scope that log in with a pair of that id (none when there is no such pair). */
    public List<String> instancesOf(Scope scope, String id) {
        return tx.read(() -> store.find(scope, id).map(k -> store.instancesOf(k.id())).orElse(List.of()));
    }

    /** The pair each instance logs in with (absent: none). */
    public Map<String, KeyPair> ofInstances(Collection<String> instanceIds) {
        return tx.read(() -> store.ofInstances(new ArrayList<>(instanceIds)));
    }
}
