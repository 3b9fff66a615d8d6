package io.cloudtwin.core.express;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * BGP on virtual border routers: groups and networks of a router, made under the router's row lock, and peers of a
 * group, made under the group's. What is deleted counts what hangs off it under its own lock, so a router keeps its
 * groups and networks (VIRTUAL_BORDER_ROUTER_HAS_BGP) and a group its peers (BGP_GROUP_HAS_PEERS); no two peers of a
 * group have one address.
 */
@Service
public record BgpService(BgpGroupStore groups, BgpPeerStore peers, BgpNetworkStore networks,
                         VirtualBorderRouterStore routers, WallClock clock, Transactions tx) {
    /** What a new group is; what a change sets (null keeps each). */
    public record GroupSpec(String name, String description, Long peerAsn, Long localAsn, String authKey,
                            Boolean isFake, String ipVersion, Integer routeLimit) {}

    /** What a new peer is; what a change sets (null keeps each). */
    public record PeerSpec(String peerIpAddress, Boolean enableBfd, Integer bfdMultiHop, String ipVersion) {}

    public BgpGroup createGroup(Scope scope, String id, String routerId, GroupSpec g) {
        return tx.call(() -> {
            routers.locked(scope, routerId);
            BgpGroup row = new BgpGroup(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    routerId, g.name(), g.description(), g.peerAsn(), g.localAsn(), g.authKey(), g.isFake(),
                    g.ipVersion(), g.routeLimit(), BgpGroup.AVAILABLE, clock.now());
            groups.insert(row);
            return row;
        });
    }

    public void modifyGroup(Scope scope, String id, GroupSpec g) {
        tx.run(() -> groups.change(scope, id, RowChanges.of("name", g.name(), "description", g.description(),
                "peerAsn", g.peerAsn(), "localAsn", g.localAsn(), "authKey", g.authKey(), "isFake", g.isFake(),
                "routeLimit", g.routeLimit())));
    }

    /** Deletes a group without peers (BGP_GROUP_HAS_PEERS). */
    public void deleteGroup(Scope scope, String id) {
        tx.run(() -> {
            groups.locked(scope, id);
            if (peers.counted("bgp_group_id", id) > 0) throw new DomainException(DomainError.BGP_GROUP_HAS_PEERS, id);
            groups.delete(id);
        });
    }

    /** A peer of the group, at an address no other peer of the group has (BGP_PEER_ADDRESS_IN_USE). */
    public BgpPeer createPeer(Scope scope, String id, String groupId, PeerSpec p) {
        return tx.call(() -> {
            groups.locked(scope, groupId);
            addressFree(scope, groupId, id, p.peerIpAddress());
            var now = clock.now();
            BgpPeer row = new BgpPeer(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    groupId, p.peerIpAddress(), p.enableBfd(), p.bfdMultiHop(), p.ipVersion(), BgpGroup.AVAILABLE,
                    now, now);
            peers.insert(row);
            return row;
        });
    }

    public void modifyPeer(Scope scope, String id, PeerSpec p) {
        tx.run(() -> {
            BgpPeer peer = peers.get(scope, id);
            groups.locked(scope, peer.bgpGroupId());
            if (p.peerIpAddress() != null) addressFree(scope, peer.bgpGroupId(), id, p.peerIpAddress());
            peers.change(scope, id, RowChanges.of("peerIpAddress", p.peerIpAddress(), "enableBfd", p.enableBfd(),
                    "bfdMultiHop", p.bfdMultiHop(), "modifiedAt", clock.now()));
        });
    }

    public void deletePeer(Scope scope, String id) {
        tx.run(() -> peers.remove(scope, id));
    }

    /** A block the router advertises, once (BGP_NETWORK_EXISTS). */
    public BgpNetwork addNetwork(Scope scope, String routerId, String dstCidrBlock, String vpcId) {
        return tx.call(() -> {
            routers.locked(scope, routerId);
            BgpNetwork row = new BgpNetwork(BgpNetwork.id(routerId, dstCidrBlock), scope.cloud(), scope.accountId(),
                    scope.region(), scope.projectId(), routerId, dstCidrBlock, vpcId, BgpGroup.AVAILABLE,
                    clock.now());
            Constraints.enforce(() -> networks.insert(row), DomainError.BGP_NETWORK_EXISTS, dstCidrBlock);
            return row;
        });
    }

    public void deleteNetwork(Scope scope, String routerId, String dstCidrBlock) {
        tx.run(() -> networks.remove(scope, BgpNetwork.id(routerId, dstCidrBlock)));
    }

    public BgpGroup group(Scope scope, String id) {
        return tx.read(() -> groups.get(scope, id));
    }

    /** The scope's groups among ids, by id, read in one query. */
    public Map<String, BgpGroup> groupsById(Scope scope, Collection<String> ids) {
        Map<String, BgpGroup> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        tx.read(() -> groups.list(scope, new ScopedTable.Where().in("id", ids), 0, Integer.MAX_VALUE).items())
                .forEach(g -> out.put(g.id(), g));
        return out;
    }

    public BgpPeer peer(Scope scope, String id) {
        return tx.read(() -> peers.get(scope, id));
    }

    /** The scope's groups among ids, of these routers (null or empty: any). */
    public Listing<BgpGroup> groups(Scope scope, List<String> ids, List<String> routerIds) {
        return groups.listing(tx, scope, new ScopedTable.Where().in("id", ids).in("router_id", routerIds));
    }

    /** The scope's peers among ids, of these groups (null or empty: any). */
    public Listing<BgpPeer> peers(Scope scope, List<String> ids, List<String> groupIds) {
        return peers.listing(tx, scope, new ScopedTable.Where().in("id", ids).in("bgp_group_id", groupIds));
    }

    /** The scope's networks of these routers (null or empty: any). */
    public Listing<BgpNetwork> networks(Scope scope, List<String> routerIds) {
        return networks.listing(tx, scope, new ScopedTable.Where().in("router_id", routerIds));
    }

    /** The scope's groups of a router, for the peers' listing (null: any). */
    public List<String> groupIdsOf(Scope scope, String routerId) {
        return tx.read(() -> groups.list(scope, new ScopedTable.Where().equal("router_id", routerId), 0,
                Integer.MAX_VALUE).items().stream().map(BgpGroup::id).toList());
    }

    private void addressFree(Scope scope, String groupId, String peerId, String address) {
        if (address == null || address.isEmpty()) return;
        boolean taken = peers.list(scope, new ScopedTable.Where().equal("bgp_group_id", groupId)
                .equal("peer_ip_address", address), 0, 2).items().stream().anyMatch(p -> !p.id().equals(peerId));
        if (taken) throw new DomainException(DomainError.BGP_PEER_ADDRESS_IN_USE, address);
    }
}
