package io.cloudtwin.core.vpn;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * IPsec connections: one a pair of gateways (the unique index), made under the VPN gateway's row lock (which must
 * have IPsec enabled), then the customer gateway's, so that neither is deleted under a new connection. The settings a
 * request leaves out are the cloud's defaults; the IKE ids default to the two gateways' addresses, the key to a random
 * one of 16 characters.
 */
@Service
public record VpnConnectionService(VpnConnectionStore store, VpnGatewayStore vpnGateways,
                                   CustomerGatewayStore customerGateways, WallClock clock, TagService tags,
                                   Transactions tx) implements KindService<VpnConnection> {
    /** The settings of a connection; a null one is left as it is (or the default, on creation). */
    public record Settings(String name, String localSubnet, String remoteSubnet, Boolean effectImmediately,
                           Boolean enableDpd, Boolean enableNatTraversal, Boolean autoConfigRoute,
                           VpnSettings.Ike ike, VpnSettings.Ipsec ipsec, VpnSettings.HealthCheck healthCheck,
                           VpnSettings.Bgp bgp, String remoteCaCertificate) {}

    public VpnConnection create(Scope scope, String id, String vpnGatewayId, String customerGatewayId, Settings s,
                                Map<String, String> tagged) {
        return tx.call(() -> {
            VpnGateway g = vpnGateways.locked(scope, vpnGatewayId);
            if (!g.ipsec()) throw new DomainException(DomainError.VPN_GATEWAY_IPSEC_DISABLED, g.id());
            CustomerGateway c = customerGateways.locked(scope, customerGatewayId,
                    DomainError.CUSTOMER_GATEWAY_NOT_FOUND);
            var ikeDefaults = new VpnSettings.Ike(Ids.random("", 16), null, null, null, null, null, null,
                    g.internetIp(), c.ipAddress()).over(VpnSettings.Ike.DEFAULTS);
            VpnConnection v = new VpnConnection(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), g.id(), c.id(), CustomerGatewayService.nz(s.name()), s.localSubnet(),
                    s.remoteSubnet(), or(s.effectImmediately(), false), or(s.enableDpd(), true),
                    or(s.enableNatTraversal(), true), or(s.autoConfigRoute(), true),
                    VpnSettings.write(s.ike() == null ? ikeDefaults : s.ike().over(ikeDefaults)),
                    VpnSettings.write(s.ipsec() == null ? VpnSettings.Ipsec.DEFAULTS
                            : s.ipsec().over(VpnSettings.Ipsec.DEFAULTS)),
                    VpnSettings.write(s.healthCheck() == null ? VpnSettings.HealthCheck.DEFAULTS
                            : s.healthCheck().over(VpnSettings.HealthCheck.DEFAULTS)),
                    VpnSettings.write(s.bgp() == null ? VpnSettings.Bgp.DEFAULTS
                            : s.bgp().over(VpnSettings.Bgp.DEFAULTS)),
                    CustomerGatewayService.nz(s.remoteCaCertificate()), clock.now());
            Constraints.enforce(() -> store.insert(v), DomainError.VPN_CONNECTION_EXISTS, c.id());
            tags.tagNew(scope, ResourceType.VPN_CONNECTION, id, tagged);
            return v;
        });
    }

    /** Changes the settings given, each over what the connection has. */
    public VpnConnection update(Scope scope, String id, Settings s) {
        return tx.call(() -> {
            VpnConnection v = store.locked(scope, id);
            store.update(id, RowChanges.of("name", s.name(), "localSubnet", s.localSubnet(), "remoteSubnet",
                    s.remoteSubnet(), "effectImmediately", s.effectImmediately(), "enableDpd", s.enableDpd(),
                    "enableNatTraversal", s.enableNatTraversal(), "autoConfigRoute", s.autoConfigRoute(),
                    "ikeConfig", s.ike() == null ? null : VpnSettings.write(s.ike().over(v.ike())),
                    "ipsecConfig", s.ipsec() == null ? null : VpnSettings.write(s.ipsec().over(v.ipsec())),
                    "healthCheckConfig", s.healthCheck() == null ? null
                            : VpnSettings.write(s.healthCheck().over(v.healthCheck())),
                    "bgpConfig", s.bgp() == null ? null : VpnSettings.write(s.bgp().over(v.bgp())),
                    "remoteCaCertificate", s.remoteCaCertificate()));
            return store.get(scope, id);
        });
    }

    /** Deletes the connection with its tags. */
    public void delete(Scope scope, String id) {
        tags.deleting(id, () -> store.remove(scope, id));
    }

    /** The scope's connections of these ids and gateways (null or empty: any), a page of them. */
    public Page<VpnConnection> list(Scope scope, List<String> ids, String vpnGatewayId, String customerGatewayId,
                                    int offset, int limit) {
        return tx.read(() -> store.list(scope, new ScopedTable.Where().in("id", ids).equal("vpn_gateway_id",
                vpnGatewayId).equal("customer_gateway_id", customerGatewayId), offset, limit));
    }

    private static <T> T or(T given, T otherwise) {
        return given == null ? otherwise : given;
    }
}
