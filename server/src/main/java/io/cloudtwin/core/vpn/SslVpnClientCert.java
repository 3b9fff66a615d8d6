package io.cloudtwin.core.vpn;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** A client certificate of an SSL VPN server, gone with its server. */
public record SslVpnClientCert(String id, Cloud cloud, String accountId, String region, String projectId,
                               String sslVpnServerId, String name, OffsetDateTime createdAt) {}
