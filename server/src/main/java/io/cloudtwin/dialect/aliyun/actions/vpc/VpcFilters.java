package io.cloudtwin.dialect.aliyun.actions.vpc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.*;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunNetworkViews;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.store.NetworkStore;

/** Shared parsing of the VPC product's describe filters. */
final class VpcFilters {
    private VpcFilters() {}

    /** "vpc-a,vpc-b" to a list; null when absent (no filter). */
    static List<String> ids(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) return null;
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** The ids in both; a null side means "any". */
    static List<String> intersect(List<String> a, List<String> b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.stream().filter(b::contains).toList();
    }

    /** The vSwitch ids of each VPC, in creation order. */
    static Map<String, List<String>> switchesOf(NetworkService networks, Scope scope, List<String> vpcIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String id : vpcIds) {
            out.put(id, networks.listSubnets(scope, new NetworkStore.SubnetFilter(null, id, null, null), 0,
                    Integer.MAX_VALUE).items().stream().map(Subnet::id).toList());
        }
        return out;
    }
}
