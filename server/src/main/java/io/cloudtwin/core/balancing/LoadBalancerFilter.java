package io.cloudtwin.core.balancing;

import java.util.List;

/** A listing's filters: these ids, in this VPC, in this subnet; null or empty means any. */
public record LoadBalancerFilter(List<String> ids, String vpcId, String subnetId) {}
