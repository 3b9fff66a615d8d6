package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A dedicated host: a physical server of a type (ddh.g6 ...) in a zone that only its account's instances run on; what
 * it does on maintenance (Stop, Migrate), whether instances without a host may be placed on it (on, off), when it
 * releases itself and its CPU overcommit ratio (each as given, "" for none), its billing (PostPaid, or PrePaid until
 * expiresAt, bought by saleCycle), its UDP session timeouts (0: not set) and its cluster (null: none).
 */
public record DedicatedHost(String id, Cloud cloud, String accountId, String region, String projectId, String zone,
                            String hostType, String name, String description, String actionOnMaintenance,
                            String autoPlacement, String autoReleaseTime, String cpuOverCommitRatio,
                            String chargeType, String saleCycle, OffsetDateTime expiresAt, int slbUdpTimeout,
                            int udpTimeout, String clusterId, OffsetDateTime createdAt) {
    public static final String PRE_PAID = "PrePaid";
    public static final String POST_PAID = "PostPaid";

    public boolean prePaid() {
        return PRE_PAID.equals(chargeType);
    }
}
