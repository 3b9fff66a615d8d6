package io.cloudtwin.core.security;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A UCloud UNet firewall: the rule set of SecurityMode=Firewall hosts, each of which has exactly one. type is UCloud's
 * own word ("user defined", "recommend web", "recommend non web"); recommended is "web" / "non web" for the two
 * firewalls every account, region and project has, null otherwise. groupId: the legacy numeric id UCloud still
 * reports beside the FWId.
 */
public record Firewall(String id, Cloud cloud, String accountId, String region, String projectId, String groupId,
                       String name, String tag, String remark, String type, String recommended,
                       OffsetDateTime createdAt) {

    public boolean isRecommended() {
        return recommended != null;
    }
}
