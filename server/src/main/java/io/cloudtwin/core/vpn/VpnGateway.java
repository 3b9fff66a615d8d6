package io.cloudtwin.core.vpn;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A VPN gateway of a VPC (in one of its vSwitches when one was named, else null): its bandwidth in Mbit/s, IPsec
 * and SSL VPN enabled or not (with the SSL clients it takes), its type (Normal), network (public or private), charge
 * type (PostpayByFlow or Prepay) and the address it answers on.
 */
public record VpnGateway(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                         String vswitchId, String name, String description, int bandwidth, boolean ipsec,
                         boolean ssl, int sslConnections, String vpnType, String networkType, String chargeType,
                         String internetIp, boolean autoPropagate, OffsetDateTime createdAt) {}
