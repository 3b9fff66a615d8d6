package io.cloudtwin.core.nat;

import java.util.List;

/**
 * What a NAT gateway carries beside {@link NatGateway}: the group it is filed under (UCloud's Tag; "" for Aliyun's),
 * the firewall applied to it (null: none), whether its white list is on and whether it must keep one EIP at least;
 * the subnets it stands in (UCloud: several; Aliyun's one is NatGateway.subnetId) and its white list (host ids).
 */
public record NatLinks(String group, String firewallId, boolean whiteListOpen, boolean keepsEip, List<String> subnetIds,
                       List<String> whiteList) {
    static final NatLinks NONE = new NatLinks("", null, false, false, List.of(), List.of());
}
