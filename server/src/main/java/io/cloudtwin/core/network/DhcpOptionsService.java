package io.cloudtwin.core.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * DHCP options sets and the VPCs associated with them, one set a VPC. The set's row is locked before the VPC's: a
 * deletion, which needs the set without VPCs, and an association wait for each other.
 */
@Service
public record DhcpOptionsService(DhcpOptionsSetStore store, NetworkService networks, WallClock clock, TagService tags,
                                 Transactions tx) implements KindService<DhcpOptionsSet> {
    /** The lease time of a set that names none: ten years, as Aliyun gives it. */
    public static final String DEFAULT_LEASE = "87600h";

    /** What a set is made with (see DhcpOptionsSet). */
    public record NewSet(String name, String description, String domainName, List<String> domainNameServers,
                         String leaseTime, String ipv6LeaseTime) {}

    /** What a change sets; null leaves a field as it is (names as DhcpOptionsSet's components). */
    public record Changes(String name, String description, String domainName, List<String> domainNameServers,
                          String leaseTime, String ipv6LeaseTime) {}

    /** A set and the VPCs associated with it. */
    public record View(DhcpOptionsSet set, List<String> vpcIds) {}

    public DhcpOptionsSet create(Scope scope, String id, NewSet spec, Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.DHCP_OPTIONS_SET, store, new DhcpOptionsSet(id, scope.cloud(),
                scope.accountId(), scope.region(), scope.projectId(), spec.name(), spec.description(),
                spec.domainName(), spec.domainNameServers(), spec.leaseTime(), spec.ipv6LeaseTime(), clock.now()),
                tagged);
    }

    /** The scope's set of that id with its VPCs, if it has one. */
    public Optional<View> view(Scope scope, String id) {
        return tx.read(() -> {
            return store.find(scope, id).map(s -> new View(s, store.vpcsOf(List.of(id)).getOrDefault(id, List.of())));
        });
    }

    /** What a listing filters on: the sets of these ids (null: any), of that name and domain name (null: any). */
    public record Filter(Collection<String> ids, String name, String domainName) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().in("id", ids).equal("name", name).equal("domain_name", domainName);
        }
    }

    /** The scope's sets the filter names, in creation order, by page or after a NextToken. */
    public Listing<DhcpOptionsSet> listing(Scope scope, Filter f) {
        return listing(scope, f.where());
    }

    /** The VPCs of each of these sets, in VPC id order (absent: none). */
    public Map<String, List<String>> vpcsOf(Collection<String> ids) {
        return tx.read(() -> store.vpcsOf(ids));
    }

    public void update(Scope scope, String id, Changes c) {
        tx.run(() -> {
            store.locked(scope, id);
            store.update(id, RowChanges.from(c));
        });
    }

    /** Deletes a set with no VPCs (DHCP_OPTIONS_SET_IN_USE otherwise), with its tags. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (store.vpcsOf(List.of(id)).containsKey(id)) throw new DomainException(DomainError.DHCP_OPTIONS_SET_IN_USE, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** Associates a VPC that has no set yet (DHCP_OPTIONS_SET_ASSOCIATED otherwise) with the set. */
    public void associate(Scope scope, String id, String vpcId) {
        tx.run(() -> relink(scope, id, vpcId, Objects::isNull, DomainError.DHCP_OPTIONS_SET_ASSOCIATED, id));
    }

    /** Takes the VPC off the set (DHCP_OPTIONS_SET_NOT_ASSOCIATED when it is not on it). */
    public void dissociate(Scope scope, String id, String vpcId) {
        tx.run(() -> relink(scope, id, vpcId, id::equals, DomainError.DHCP_OPTIONS_SET_NOT_ASSOCIATED, null));
    }

    /** A VPC associated with a set (DHCP_OPTIONS_SET_NOT_ASSOCIATED when with none) is associated with this one. */
    public void replace(Scope scope, String id, String vpcId) {
        tx.run(() -> relink(scope, id, vpcId, Objects::nonNull, DomainError.DHCP_OPTIONS_SET_NOT_ASSOCIATED, id));
    }

    /**
     * Locks the set, then the VPC; when the VPC's current set (null: none) is not what the change takes, refusal;
     * else the VPC is associated with to (null: none).
     */
    private void relink(Scope scope, String id, String vpcId, Predicate<String> takes, DomainError refusal,
                        String to) {
        store.locked(scope, id);
        networks.lockVpc(scope, vpcId);
        if (!takes.test(store.ofVpcs(List.of(vpcId)).get(vpcId))) throw new DomainException(refusal, vpcId);
        store.associate(vpcId, to);
    }

    /** The set each of these VPCs is associated with (absent: none). */
    public Map<String, String> ofVpcs(Collection<String> vpcIds) {
        return tx.read(() -> store.ofVpcs(vpcIds));
    }
}
