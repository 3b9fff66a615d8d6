package io.cloudtwin.core.vpn;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;

/**
 * SSL VPN servers and their client certificates: a server is made under its gateway's row lock, on a gateway with SSL
 * VPN enabled, one a gateway (the unique index); a certificate under its server's, and gone with it.
 */
@Service
public record SslVpnService(SslVpnServerStore servers, SslVpnClientCertStore certs, VpnGatewayStore gateways,
                            WallClock clock, Transactions tx) {
    /** A server's settings; on a change, null leaves each. */
    public record ServerSettings(String name, String clientIpPool, String localSubnet, String proto, String cipher,
                                 Integer port, Boolean compress) {}

    public SslVpnServer createServer(Scope scope, String id, String vpnGatewayId, ServerSettings s) {
        return tx.call(() -> {
            VpnGateway g = gateways.lockedWithSsl(scope, vpnGatewayId);
            SslVpnServer v = new SslVpnServer(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                    g.id(), CustomerGatewayService.nz(s.name()), s.clientIpPool(), s.localSubnet(), s.proto(),
                    s.cipher(), s.port(), s.compress(), clock.now());
            Constraints.enforce(() -> servers.insert(v), DomainError.SSL_VPN_SERVER_EXISTS, g.id());
            return v;
        });
    }

    public SslVpnServer updateServer(Scope scope, String id, ServerSettings s) {
        return tx.call(() -> {
            servers.change(scope, id, RowChanges.from(s));
            return servers.get(scope, id);
        });
    }

    /** Deletes the server with its client certificates. */
    public void deleteServer(Scope scope, String id) {
        tx.run(() -> servers.remove(scope, id));
    }

    public SslVpnServer server(Scope scope, String id) {
        return tx.read(() -> servers.get(scope, id));
    }

    /** The scope's servers of this id, gateway and name (null: any), a page of them. */
    public Page<SslVpnServer> servers(Scope scope, String id, String vpnGatewayId, String name, int offset,
                                      int limit) {
        return tx.read(() -> servers.list(scope, new ScopedTable.Where().equal("id", id)
                .equal("vpn_gateway_id", vpnGatewayId).equal("name", name), offset, limit));
    }

    public SslVpnClientCert createCert(Scope scope, String id, String serverId, String name) {
        return tx.call(() -> {
            servers.locked(scope, serverId);
            SslVpnClientCert c = new SslVpnClientCert(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), serverId, CustomerGatewayService.nz(name), clock.now());
            certs.insert(c);
            return c;
        });
    }

    public SslVpnClientCert renameCert(Scope scope, String id, String name) {
        return tx.call(() -> {
            certs.change(scope, id, RowChanges.of("name", name));
            return certs.get(scope, id);
        });
    }

    public void deleteCert(Scope scope, String id) {
        tx.run(() -> certs.remove(scope, id));
    }

    public SslVpnClientCert cert(Scope scope, String id) {
        return tx.read(() -> certs.get(scope, id));
    }

    /** The scope's certificates of this id, server and name (null: any), a page of them. */
    public Page<SslVpnClientCert> certs(Scope scope, String id, String serverId, String name, int offset, int limit) {
        return tx.read(() -> certs.list(scope, new ScopedTable.Where().equal("id", id)
                .equal("ssl_vpn_server_id", serverId).equal("name", name), offset, limit));
    }
}
