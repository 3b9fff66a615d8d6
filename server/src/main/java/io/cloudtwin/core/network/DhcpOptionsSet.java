package io.cloudtwin.core.network;

import java.time.OffsetDateTime;
import java.util.List;

import io.cloudtwin.core.Cloud;

/**
 * A DHCP options set (Aliyun VPC): the domain name, DNS servers (up to four addresses) and IPv4 and IPv6 lease times
 * ("87600h") that the hosts of the VPCs associated with it get.
 */
public record DhcpOptionsSet(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                             String description, String domainName, List<String> domainNameServers, String leaseTime,
                             String ipv6LeaseTime, OffsetDateTime createdAt) {}
