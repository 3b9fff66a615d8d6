package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.millis;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.orNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.vpn.SslVpnClientCert;
import io.cloudtwin.core.vpn.SslVpnServer;
import io.cloudtwin.core.vpn.SslVpnService;
import io.cloudtwin.core.vpn.VpnGateway;
import io.cloudtwin.core.vpn.VpnGatewayService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.SslVpnClientCertAnswer;
import io.cloudtwin.dialect.aliyun.api.SslVpnServerAnswer;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateSslVpnClientCertRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateSslVpnClientCertResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateSslVpnServerRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateSslVpnServerResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteSslVpnClientCertRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteSslVpnServerRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeSslVpnClientCertRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeSslVpnClientCertResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeSslVpnClientCertsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeSslVpnClientCertsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeSslVpnServersRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeSslVpnServersResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifySslVpnClientCertRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifySslVpnClientCertResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifySslVpnServerRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifySslVpnServerResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * SSL VPN servers (alicloud_ssl_vpn_server), one a VPN gateway with SSL VPN enabled, and their client certificates
 * (alicloud_ssl_vpn_client_cert), normal at once for three years. No client connects here: Connections is 0, and
 * the certificates and key are stand-ins in PEM form (stable for a certificate, not real X.509), with an OpenVPN
 * client configuration for the server's address, port, protocol and cipher.
 */
@Component
record SslVpnServers(SslVpnService ssl, VpnGatewayService gateways, ClientTokens tokens)
        implements VpcApi.CreateSslVpnServer, VpcApi.DescribeSslVpnServers, VpcApi.ModifySslVpnServer,
        VpcApi.DeleteSslVpnServer, VpcApi.CreateSslVpnClientCert, VpcApi.DescribeSslVpnClientCert,
        VpcApi.DescribeSslVpnClientCerts, VpcApi.ModifySslVpnClientCert, VpcApi.DeleteSslVpnClientCert {
    private static final Set<String> PROTOCOLS = Set.of("UDP", "TCP");
    private static final Set<String> CIPHERS = Set.of("AES-128-CBC", "AES-192-CBC", "AES-256-CBC", "none");
    /** The ports a server may not listen on: the gateway's own services. */
    private static final Set<Integer> RESERVED_PORTS = Set.of(22, 2222, 22222, 9000, 9001, 9002, 7505, 80, 443, 53,
            68, 123, 4510, 4560, 500, 4500);
    /** The SSL clients a gateway takes when it does not say (its SslConnections' default). */
    private static final int MAX_CONNECTIONS = 5;
    private static final int CERTIFICATE_YEARS = 3;
    private static final String NORMAL = "normal";

    @Override
    public CreateSslVpnServerResponse createSslVpnServer(AliyunCall call, CreateSslVpnServerRequest r) {
        var scope = call.scope();
        if (Boolean.TRUE.equals(r.enableMultiFactorAuth())) throw call.invalid("EnableMultiFactorAuth");
        var settings = settings(call, r.name(), VpcVpn.clientPool(call, r.clientIpPool()), r.localSubnet(),
                or(r.proto(), "UDP"), or(r.cipher(), "AES-128-CBC"), r.port() == null ? 1194 : r.port(),
                Boolean.TRUE.equals(r.compress()));
        String id = call.once(tokens, scope, r.clientToken(), () -> ssl.createServer(scope, Ids.random("vss-", 20),
                r.vpnGatewayId(), settings).id());
        return new CreateSslVpnServerResponse().setSslVpnServerId(id).setName(settings.name());
    }

    @Override
    public DescribeSslVpnServersResponse describeSslVpnServers(AliyunCall call, DescribeSslVpnServersRequest r) {
        var scope = call.scope();
        var paging = call.paging(10);
        Page<SslVpnServer> page = ssl.servers(scope, orNull(r.sslVpnServerId()), orNull(r.vpnGatewayId()),
                orNull(r.name()), paging.offset(), paging.limit());
        var out = new DescribeSslVpnServersResponse().setSslVpnServers(AliyunFormats.each(page.items(),
                DescribeSslVpnServersResponse.SslVpnServer::new, (item, s) -> server(item, s, call, scope)));
        return call.paged(out, paging, page.total());
    }

    @Override
    public ModifySslVpnServerResponse modifySslVpnServer(AliyunCall call, ModifySslVpnServerRequest r) {
        var scope = call.scope();
        if (Boolean.TRUE.equals(r.enableMultiFactorAuth())) throw call.invalid("EnableMultiFactorAuth");
        var settings = settings(call, r.name(), r.clientIpPool() == null ? null : VpcVpn.clientPool(call, r.clientIpPool()),
                r.localSubnet(), r.proto(), r.cipher(), r.port(), r.compress());
        return server(new ModifySslVpnServerResponse(), ssl.updateServer(scope, r.sslVpnServerId(), settings), call,
                scope);
    }

    @Override
    public void deleteSslVpnServer(AliyunCall call, DeleteSslVpnServerRequest r) {
        ssl.deleteServer(call.scope(), r.sslVpnServerId());
    }

    @Override
    public CreateSslVpnClientCertResponse createSslVpnClientCert(AliyunCall call, CreateSslVpnClientCertRequest r) {
        var scope = call.scope();
        String name = AliyunFormats.name(call, "Name", r.name());
        String id = call.once(tokens, scope, r.clientToken(), () -> ssl.createCert(scope, Ids.random("vsc-", 20),
                r.sslVpnServerId(), name).id());
        return new CreateSslVpnClientCertResponse().setSslVpnClientCertId(id).setName(name);
    }

    @Override
    public DescribeSslVpnClientCertResponse describeSslVpnClientCert(AliyunCall call,
                                                                     DescribeSslVpnClientCertRequest r) {
        var scope = call.scope();
        SslVpnClientCert c = ssl.cert(scope, r.sslVpnClientCertId());
        SslVpnServer s = ssl.server(scope, c.sslVpnServerId());
        return cert(new DescribeSslVpnClientCertResponse(), c, call).setCaCert(pem("CERTIFICATE", s.id()))
                .setClientCert(pem("CERTIFICATE", c.id())).setClientKey(pem("PRIVATE KEY", c.id() + "/key"))
                .setClientConfig(config(s, address(scope, s)));
    }

    @Override
    public DescribeSslVpnClientCertsResponse describeSslVpnClientCerts(AliyunCall call,
                                                                       DescribeSslVpnClientCertsRequest r) {
        var paging = call.paging(10);
        Page<SslVpnClientCert> page = ssl.certs(call.scope(), orNull(r.sslVpnClientCertId()),
                orNull(r.sslVpnServerId()), orNull(r.name()), paging.offset(), paging.limit());
        var out = new DescribeSslVpnClientCertsResponse().setSslVpnClientCertKeys(AliyunFormats.each(page.items(),
                DescribeSslVpnClientCertsResponse.SslVpnClientCertKey::new, (item, c) -> cert(item, c, call)));
        return call.paged(out, paging, page.total());
    }

    @Override
    public ModifySslVpnClientCertResponse modifySslVpnClientCert(AliyunCall call, ModifySslVpnClientCertRequest r) {
        String name = r.name() == null ? null : AliyunFormats.name(call, "Name", r.name());
        SslVpnClientCert c = ssl.renameCert(call.scope(), r.sslVpnClientCertId(), name);
        return new ModifySslVpnClientCertResponse().setSslVpnClientCertId(c.id()).setName(c.name());
    }

    @Override
    public void deleteSslVpnClientCert(AliyunCall call, DeleteSslVpnClientCertRequest r) {
        ssl.deleteCert(call.scope(), r.sslVpnClientCertId());
    }

    private <T extends SslVpnServerAnswer> T server(T out, SslVpnServer s, AliyunCall call, Scope scope) {
        VpnGateway g = gateways.get(scope, s.vpnGatewayId());
        out.setSslVpnServerId(s.id()).setVpnGatewayId(s.vpnGatewayId()).setName(s.name())
                .setClientIpPool(s.clientIpPool()).setLocalSubnet(s.localSubnet()).setProto(s.proto())
                .setCipher(s.cipher()).setPort(s.port()).setCompress(s.compress()).setConnections(0)
                .setMaxConnections(g.sslConnections()).setInternetIp(g.internetIp())
                .setCreateTime(millis(s.createdAt())).setRegionId(s.region())
                .setEnableMultiFactorAuth(false).setResourceGroupId(call.defaultResourceGroup());
        return out;
    }

    private static <T extends SslVpnClientCertAnswer> T cert(T out, SslVpnClientCert c, AliyunCall call) {
        out.setSslVpnClientCertId(c.id()).setSslVpnServerId(c.sslVpnServerId()).setName(c.name()).setStatus(NORMAL)
                .setCreateTime(millis(c.createdAt())).setEndTime(millis(c.createdAt().plusYears(CERTIFICATE_YEARS)))
                .setRegionId(c.region()).setResourceGroupId(call.defaultResourceGroup());
        return out;
    }

    private String address(Scope scope, SslVpnServer s) {
        return gateways.get(scope, s.vpnGatewayId()).internetIp();
    }

    /** The settings a create or modify gives (null: not given); each checked as the API checks it. */
    private static SslVpnService.ServerSettings settings(AliyunCall call, String name, String pool, String local,
                                                         String proto, String cipher, Integer port,
                                                         Boolean compress) {
        if (proto != null && !PROTOCOLS.contains(proto)) throw call.invalid("Proto");
        if (cipher != null && !CIPHERS.contains(cipher)) throw call.invalid("Cipher");
        if (port != null && (port < 1 || port > 65535 || RESERVED_PORTS.contains(port))) {
            throw call.error("SslVpnServerPort.Illegal");
        }
        return new SslVpnService.ServerSettings(name == null ? null : AliyunFormats.name(call, "Name", name), pool,
                VpcVpn.blocks(call, local, "IllegalParam.LocalSubnet"), proto, cipher, port, compress);
    }

    /** An OpenVPN client configuration for the server, as the console's download carries it. */
    private static String config(SslVpnServer s, String address) {
        return "client\ndev tun\nproto " + s.proto().toLowerCase(Locale.ROOT) + "\nremote " + address + " "
                + s.port() + "\nresolv-retry infinite\nnobind\npersist-key\npersist-tun\nverb 3\ncipher "
                + s.cipher() + "\n" + (s.compress() ? "comp-lzo\n" : "") + "ca ca.crt\ncert client.crt\nkey client.key\n";
    }

    /** A stand-in PEM block of this kind, the same for the same seed. */
    private static String pem(String kind, String seed) {
        StringBuilder body = new StringBuilder();
        byte[] block = seed.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 12; i++) {
            block = sha256(block);
            body.append(Base64.getEncoder().encodeToString(block));
        }
        StringBuilder out = new StringBuilder("-----BEGIN ").append(kind).append("-----\n");
        for (int i = 0; i < body.length(); i += 64) out.append(body, i, Math.min(body.length(), i + 64)).append('\n');
        return out.append("-----END ").append(kind).append("-----\n").toString();
    }

    private static byte[] sha256(byte[] in) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(in);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
