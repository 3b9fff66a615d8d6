package io.cloudtwin.core.eip;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;

/** A block of an address pool; its id is "pool:block". */
public record AddressPoolBlock(String id, Cloud cloud, String accountId, String region, String projectId,
                               String poolId, String cidrBlock, OffsetDateTime createdAt) {
    public static String id(String poolId, String cidrBlock) {
        return poolId + ":" + cidrBlock;
    }

    public Cidr cidr() {
        return Cidr.parse(cidrBlock);
    }
}
