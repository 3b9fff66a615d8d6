package io.cloudtwin.core.vpn;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.eip.ElasticIpService;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.network.Subnet;
import io.cloudtwin.core.tag.TagService;

/**
 * VPN gateways: made under their VPC's row lock in a vSwitch of that VPC (when one is named), with an address of
 * the public pool; not deleted while a connection joins one or it has its SSL server (checked under its row lock,
 * which their creation takes too). The VPC and vSwitch are not deleted under a gateway (the keys).
 */
@Service
public record VpnGatewayService(VpnGatewayStore store, VpnConnectionStore connections, SslVpnServerStore sslServers,
                                NetworkService networks, WallClock clock, TagService tags, Transactions tx)
        implements KindService<VpnGateway> {
    /** What a new gateway is; vswitchId may be null, internetIp null for one of the pool. */
    public record NewVpnGateway(String vpcId, String vswitchId, String name, String description, int bandwidth,
                                boolean ipsec, boolean ssl, int sslConnections, String vpnType, String networkType,
                                String chargeType, String internetIp) {}

    public VpnGateway create(Scope scope, String id, NewVpnGateway n, Map<String, String> tagged) {
        return tx.call(() -> {
            networks.lockVpc(scope, n.vpcId());
            if (n.vswitchId() != null) {
                Subnet s = networks.subnet(scope, n.vswitchId());
                if (!s.vpcId().equals(n.vpcId())) throw new DomainException(DomainError.SUBNET_NOT_FOUND, s.id());
            }
            VpnGateway g = new VpnGateway(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    n.vpcId(), n.vswitchId(), CustomerGatewayService.nz(n.name()),
                    CustomerGatewayService.nz(n.description()), n.bandwidth(), n.ipsec(), n.ssl(), n.sslConnections(),
                    n.vpnType(), n.networkType(), n.chargeType(),
                    n.internetIp() == null ? ElasticIpService.randomAddress() : n.internetIp(), false, clock.now());
            return tags.inserted(scope, ResourceType.VPN_GATEWAY, store, g, tagged);
        });
    }

    /** Renames, re-describes the gateway or sets its route propagation; null leaves each. */
    public VpnGateway update(Scope scope, String id, String name, String description, Boolean autoPropagate) {
        return tx.call(() -> {
            store.change(scope, id,
                    RowChanges.of("name", name, "description", description, "autoPropagate", autoPropagate));
            return store.get(scope, id);
        });
    }

    /** Deletes the gateway with its tags; refused while a connection joins it or it has its SSL server. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            if (connections.joins("vpn_gateway_id", id)) {
                throw new DomainException(DomainError.VPN_CONNECTION_DEPENDS, id);
            }
            if (sslServers.on(id)) throw new DomainException(DomainError.SSL_VPN_SERVER_DEPENDS, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The scope's gateways of these ids and VPC (null or empty: any), a page of them. */
    public Page<VpnGateway> list(Scope scope, List<String> ids, String vpcId, int offset, int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids).equal("vpc_id", vpcId), offset,
                limit));
    }
}
