package io.cloudtwin.core.security;

/** An instance's binding to a security group, with the priority UCloud gives it (Aliyun: always 1). */
public record Membership(String instanceId, String groupId, int priority) {}
