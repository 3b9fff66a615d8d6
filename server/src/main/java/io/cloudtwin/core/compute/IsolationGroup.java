package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A group whose instances are spread over different physical machines: a UCloud hardware isolation group or an
 * Aliyun deployment set. How it spreads them, and so how many it holds, is its strategy; groupCount is the number of
 * groups an {@link Strategy#AVAILABILITY_GROUP} set has (0 otherwise).
 */
public record IsolationGroup(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                             String remark, Strategy strategy, int groupCount, OffsetDateTime createdAt) {
    /** How a group spreads its instances: how many of them one zone takes, and whether all stand in one zone. */
    public enum Strategy {
        /** UCloud's isolation group: at most seven hosts of a group in a zone. */
        HOSTS(7, false),
        /** Aliyun's Availability: at most 20 instances of a set in a zone. */
        AVAILABILITY(20, false),
        /** Aliyun's AvailabilityGroup: 1 to 7 groups, at most 20 instances of each group in a zone. */
        AVAILABILITY_GROUP(20, false),
        /** Aliyun's LowLatency: at most 20 instances, all in one zone. */
        LOW_LATENCY(20, true);

        private final int perZone;
        private final boolean oneZone;

        Strategy(int perZone, boolean oneZone) {
            this.perZone = perZone;
            this.oneZone = oneZone;
        }

        /** How many instances of the group (of one of its groups, for AVAILABILITY_GROUP) one zone takes. */
        public int perZone() {
            return perZone;
        }

        /** Whether all the group's instances stand in one zone. */
        public boolean oneZone() {
            return oneZone;
        }
    }

    /** One host of a group: its zone, and the group it stands in within an AVAILABILITY_GROUP set (else 0). */
    public record Member(String instanceId, String groupId, String zone, int groupNo) {}

    /** The most groups an {@link Strategy#AVAILABILITY_GROUP} set has. */
    public static final int MAX_GROUPS = 7;

    /** How many instances one zone takes in all (every group of the set counted). */
    public int capacityPerZone() {
        return strategy.perZone() * Math.max(1, groupCount);
    }
}
