package io.cloudtwin.core.compute;

/** What Aliyun keeps of an instance beyond the core: host name, user data, its system disk. */
public record InstanceDetail(String instanceId, String hostName, String userData, String systemDiskId,
                     String systemDiskCategory, int systemDiskSize) {}
