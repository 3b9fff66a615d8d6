package io.cloudtwin.core.vpn;

import java.util.List;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.network.NetworkService;

/**
 * IPsec servers: made under their gateway's row lock, on a gateway with SSL VPN enabled, one a gateway (the unique
 * index); the clients' block clear of the gateway's VPC. Their IKE and IPsec settings lie over {@link #IKE} and
 * {@link #IPSEC}; without a key, one is made.
 */
@Service
public record IpsecServerService(IpsecServerStore store, VpnGatewayStore gateways, NetworkService networks,
                                 WallClock clock, Transactions tx) implements KindService<IpsecServer> {
    /** The IKE settings of a server that gives none: those Alibaba's CreateIpsecServer reference shows. */
    public static final VpnSettings.Ike IKE = new VpnSettings.Ike(null, "ikev2", "main", "aes", "sha1", "group2",
            86400L, null, null);
    /** The IPsec settings of a server that gives none, likewise. */
    public static final VpnSettings.Ipsec IPSEC = new VpnSettings.Ipsec("aes", "sha1", "group2", 86400L);

    /** A server's settings; on a change, null leaves each. */
    public record Settings(String name, String clientIpPool, String localSubnet, Boolean effectImmediately,
                           VpnSettings.Ike ike, VpnSettings.Ipsec ipsec, String psk, Boolean pskEnabled) {}

    public IpsecServer create(Scope scope, String id, String vpnGatewayId, Settings s) {
        return tx.call(() -> {
            VpnGateway g = gateways.lockedWithSsl(scope, vpnGatewayId);
            clearOfVpc(scope, g, s.clientIpPool());
            IpsecServer v = new IpsecServer(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    g.id(), CustomerGatewayService.nz(s.name()), s.clientIpPool(), s.localSubnet(),
                    Boolean.TRUE.equals(s.effectImmediately()),
                    VpnSettings.write(s.ike() == null ? IKE : s.ike().over(IKE)),
                    VpnSettings.write(s.ipsec() == null ? IPSEC : s.ipsec().over(IPSEC)),
                    s.psk() == null ? Ids.random("", 16) : s.psk(), !Boolean.FALSE.equals(s.pskEnabled()),
                    clock.now());
            Constraints.enforce(() -> store.insert(v), DomainError.IPSEC_SERVER_EXISTS, g.id());
            return v;
        });
    }

    public void update(Scope scope, String id, Settings s) {
        tx.run(() -> {
            IpsecServer v = store.locked(scope, id);
            if (s.clientIpPool() != null) {
                clearOfVpc(scope, gateways.get(scope, v.vpnGatewayId()),
                        s.clientIpPool());
            }
            store.update(id, RowChanges.of("name", s.name(), "clientIpPool", s.clientIpPool(), "localSubnet",
                    s.localSubnet(), "effectImmediately", s.effectImmediately(), "ikeConfig",
                    s.ike() == null ? null : VpnSettings.write(s.ike().over(v.ike())), "ipsecConfig",
                    s.ipsec() == null ? null : VpnSettings.write(s.ipsec().over(v.ipsec())), "psk", s.psk(),
                    "pskEnabled", s.pskEnabled()));
        });
    }

    public void delete(Scope scope, String id) {
        tx.run(() -> store.remove(scope, id));
    }

    /** The scope's servers of these ids, gateway and name (null or empty: any), by page or after a NextToken. */
    public Listing<IpsecServer> listing(Scope scope, List<String> ids, String vpnGatewayId, String name) {
        return listing(scope, new ScopedTable.Where().in("id", ids).equal("vpn_gateway_id", vpnGatewayId)
                .equal("name", name));
    }

    /** The clients' block must not overlap a block of the gateway's VPC (IPSEC_CLIENT_POOL_CONFLICT). */
    private void clearOfVpc(Scope scope, VpnGateway g, String pool) {
        Cidr clients = Cidr.parse(pool);
        for (String block : networks.vpc(scope, g.vpcId()).cidrBlocks()) {
            if (Cidr.parse(block).overlaps(clients)) {
                throw new DomainException(DomainError.IPSEC_CLIENT_POOL_CONFLICT, pool);
            }
        }
    }
}
