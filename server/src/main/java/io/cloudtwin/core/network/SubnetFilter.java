package io.cloudtwin.core.network;

import java.util.Collection;

public record SubnetFilter(Collection<String> ids, String vpcId, String zone, String name, String tag) {
    public SubnetFilter(Collection<String> ids, String vpcId, String zone, String name) {
        this(ids, vpcId, zone, name, null);
    }
}
