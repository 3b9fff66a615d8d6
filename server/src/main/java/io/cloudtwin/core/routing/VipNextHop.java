package io.cloudtwin.core.routing;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.network.Vip;
import io.cloudtwin.core.network.VipCompanion;
import io.cloudtwin.core.network.VipStore;

/**
 * Virtual IPs (Aliyun HaVips) as next hops of route entries (CreateRouteEntry NextHopType HaVip): the VIP is locked in
 * the entry's transaction and answers its VPC, which must be the route table's; a VIP an entry sends traffic to is
 * not released (NEXT_HOP_IN_USE), told under the VIP's lock, which an entry's creation takes too.
 */
@Component
record VipNextHop(VipStore vips, RouteStore routes) implements NextHop, VipCompanion {
    static final String KIND = "havip";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<String> vpcOf(Scope scope, String id) {
        return vips.lock(scope, id).map(Vip::vpcId);
    }

    @Override
    public void vipReleasing(Vip vip) {
        if (routes.entriesTo(vip.id()) > 0) throw new DomainException(DomainError.NEXT_HOP_IN_USE, vip.id());
    }
}
