package io.cloudtwin.core.network;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * IPv6 gateways: one a VPC whose IPv6 is enabled, made under the VPC's row lock (and the unique index), as the VPC's
 * IPv6 is disabled; a VPC with one is neither deleted nor loses its IPv6 block.
 */
@Service
public record Ipv6GatewayService(Ipv6GatewayStore store, Ipv6BandwidthStore bandwidths, Ipv6EgressRuleStore rules,
                                 NetworkService networks, WallClock clock, TagService tags, Transactions tx)
        implements KindService.Described<Ipv6Gateway> {
    /** What keeps a gateway, as IPV6_GATEWAY_IN_USE names it: an egress-only rule of it. */
    public static final String EGRESS_RULE = "ipv6_egress_rule";
    /** What keeps a gateway, as IPV6_GATEWAY_IN_USE names it: public bandwidth through it. */
    public static final String BANDWIDTH = "ipv6_internet_bandwidth";

    public Ipv6Gateway create(Scope scope, String id, String vpcId, String name, String description,
                              Map<String, String> tagged) {
        return tx.call(() -> {
            Vpc vpc = networks.lockVpc(scope, vpcId);
            if (!vpc.ipv6()) throw new DomainException(DomainError.IPV6_NOT_ENABLED, vpcId);
            Ipv6Gateway g = new Ipv6Gateway(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    vpcId, name == null ? "" : name, description == null ? "" : description, clock.now());
            Constraints.enforce(() -> store.insert(g), DomainError.IPV6_GATEWAY_EXISTS, vpcId);
            tags.tagNew(scope, ResourceType.IPV6_GATEWAY, id, tagged);
            return g;
        });
    }

    /**
     * Deletes the gateway with its tags; refused while it has egress-only rules or an address has public bandwidth
     * through it (IPV6_GATEWAY_IN_USE naming ipv6_egress_rule or ipv6_internet_bandwidth), as both lock its row.
     */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (rules.ofGateway(id) > 0) throw new DomainException(DomainError.IPV6_GATEWAY_IN_USE, EGRESS_RULE);
            if (bandwidths.ofGateway(id) > 0) {
                throw new DomainException(DomainError.IPV6_GATEWAY_IN_USE, BANDWIDTH);
            }
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The gateway of each of these VPCs that has one, by VPC. */
    public Map<String, String> ofVpcs(Collection<String> vpcIds) {
        return tx.read(() -> {
            Map<String, String> out = new HashMap<>();
            store.ofVpcs(Set.copyOf(vpcIds)).forEach(g -> out.put(g.vpcId(), g.id()));
            return out;
        });
    }

    /** The scope's gateways of these ids, VPC and name (null or empty: any), a page. */
    public Page<Ipv6Gateway> list(Scope scope, List<String> ids, String vpcId, String name, int offset, int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids).equal("vpc_id", vpcId)
                .equal("name", name), offset, limit));
    }
}
