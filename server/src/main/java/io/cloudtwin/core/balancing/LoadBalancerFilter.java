package io.cloudtwin.core.balancing;

import java.util.List;

/**
 * A listing's filters: these ids, in this VPC, in this subnet, with this name, internal or not, in this status, billed
 * so; null or empty means any.
 */
public record LoadBalancerFilter(List<String> ids, String vpcId, String subnetId, String name, Boolean internal,
                                 String status, String chargeType) {
    public LoadBalancerFilter(List<String> ids, String vpcId, String subnetId) {
        this(ids, vpcId, subnetId, null, null, null, null);
    }
}
