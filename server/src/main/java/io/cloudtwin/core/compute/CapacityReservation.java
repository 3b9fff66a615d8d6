package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A capacity reservation: a private pool of instanceAmount instances of one type in one zone, from startTime to
 * endTime (endTimeType Limited) or until released (Unlimited). Instances launched into it by Target matching use it;
 * status Active, or Released for good.
 */
public record CapacityReservation(String id, Cloud cloud, String accountId, String region, String projectId,
                                  String name, String description, String instanceType, String zoneId,
                                  int instanceAmount, String platform, String matchCriteria, OffsetDateTime startTime,
                                  OffsetDateTime endTime, String endTimeType, String status,
                                  OffsetDateTime createdAt) {
    public static final String ACTIVE = "Active";
    public static final String RELEASED = "Released";
    public static final String LIMITED = "Limited";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
