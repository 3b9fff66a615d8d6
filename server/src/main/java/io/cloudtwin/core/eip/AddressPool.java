package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;
import java.util.List;

import io.cloudtwin.core.Cloud;

/**
 * A public IP address pool: blocks of public addresses (AddressPoolBlock) an account's EIPs may take their addresses
 * from, of one line (isp). bizType, zones and securityProtectionTypes are kept as the cloud gave them.
 */
public record AddressPool(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                          String description, String isp, String bizType, List<String> zones,
                          List<String> securityProtectionTypes, OffsetDateTime createdAt) {}
