package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.List;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.security.Membership;

/**
 * A virtual machine: an Aliyun ECS instance or a UCloud UHost. groupIds in binding order. subnetId and privateIp are
 * empty for an instance placed in no subnet.
 */
public record Instance(String id, Cloud cloud, String accountId, String region, String projectId, String zone,
                       String name, String description, String imageId, String instanceType, String vpcId,
                       int cpu, int memoryMb, InstanceStatus status, String lockReason, OffsetDateTime createdAt,
                       String tag, String subnetId, String privateIp, List<Membership> memberships) {

    public boolean locked() {
        return lockReason != null;
    }

    /** This instance, Running or Stopped; else INCORRECT_INSTANCE_STATUS. */
    public Instance requireSettled() {
        if (!status.settled()) throw new DomainException(DomainError.INCORRECT_INSTANCE_STATUS, id);
        return this;
    }

    public List<String> groupIds() {
        return memberships.stream().map(Membership::groupId).toList();
    }

    public Instance withMemberships(List<Membership> m) {
        return new Instance(id, cloud, accountId, region, projectId, zone, name, description, imageId, instanceType,
                vpcId, cpu, memoryMb, status, lockReason, createdAt, tag, subnetId, privateIp, m);
    }
}
