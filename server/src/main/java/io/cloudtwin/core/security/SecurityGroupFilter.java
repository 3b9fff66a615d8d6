package io.cloudtwin.core.security;

import java.util.Collection;

/** Listing filters; null or empty means "any". groupType serves Aliyun's SecurityGroupType filter. */
public record SecurityGroupFilter(Collection<String> ids, String name, String vpcId, String groupType) {
    public SecurityGroupFilter(Collection<String> ids, String name, String vpcId) {
        this(ids, name, vpcId, null);
    }
}
