package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;

/**
 * A segment of contiguous EIPs (Aliyun's AllocateEipSegmentAddress): the block their addresses fill, one EIP an
 * address, each naming the segment; zone as the cloud was given it ("" for none).
 */
public record EipSegment(String id, Cloud cloud, String accountId, String region, String projectId, String segment,
                         String zone, OffsetDateTime createdAt) {
    public Cidr block() {
        return Cidr.parse(segment);
    }
}
