package io.cloudtwin.core.nat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.Rows;

/**
 * What a NAT gateway carries beside its row's record (V71): the group it is filed under, the firewall applied to it,
 * whether its white list is on and whether it must keep one EIP; the subnets it stands in (one gateway per subnet,
 * the primary key) and its white list. The rules that change them are {@link NatLinkService}'s.
 */
@Component
public record NatLinkStore(JdbcClient jdbc) {
    /** The columns of the gateway's row the record does not carry. */
    public void setAttributes(String id, String group, String firewallId, boolean whiteListOpen, boolean keepsEip) {
        jdbc.sql("UPDATE nat_gateway SET tag = :t, firewall_id = :f, white_list_open = :w, keeps_eip = :k WHERE id = :id")
                .param("t", group).param("f", firewallId).param("w", whiteListOpen).param("k", keepsEip)
                .param("id", id).update();
    }

    public void setGroup(String id, String group) {
        jdbc.sql("UPDATE nat_gateway SET tag = :t WHERE id = :id").param("t", group).param("id", id).update();
    }

    public void setFirewall(String id, String firewallId) {
        jdbc.sql("UPDATE nat_gateway SET firewall_id = :f WHERE id = :id").param("f", firewallId).param("id", id).update();
    }

    public void setWhiteListOpen(String id, boolean open) {
        jdbc.sql("UPDATE nat_gateway SET white_list_open = :w WHERE id = :id").param("w", open).param("id", id).update();
    }

    public void setSnatpool(String id, boolean enabled) {
        jdbc.sql("UPDATE nat_gateway SET snatpool_enabled = :e WHERE id = :id").param("e", enabled).param("id", id)
                .update();
    }

    /** Which of these gateways have the snatpool on (V74). */
    public List<String> withSnatpool(Collection<String> ids) {
        if (ids.isEmpty()) return List.of();
        return jdbc.sql("SELECT id FROM nat_gateway WHERE snatpool_enabled = TRUE AND id IN (:ids)").param("ids", ids)
                .query(String.class).list();
    }

    /** Inserts a gateway's subnet; a subnet another gateway has fails on the primary key (DuplicateKeyException). */
    public void addSubnet(String id, String subnetId) {
        Rows.insert(jdbc, "nat_gateway_subnetwork", "subnet_id", subnetId, "nat_gateway_id", id);
    }

    public void removeSubnets(String id) {
        jdbc.sql("DELETE FROM nat_gateway_subnetwork WHERE nat_gateway_id = :g").param("g", id).update();
    }

    /** Which of these subnets stand in a gateway. */
    public List<String> gatewaysOf(Collection<String> subnetIds) {
        return Rows.present(jdbc, "nat_gateway_subnetwork", "subnet_id", subnetIds);
    }

    public void addToWhiteList(String id, String resourceId) {
        Rows.insert(jdbc, "nat_white_list", "nat_gateway_id", id, "resource_id", resourceId);
    }

    public void removeFromWhiteList(String id, String resourceId) {
        Rows.delete(jdbc, "nat_white_list", "nat_gateway_id", id, "resource_id", resourceId);
    }

    /** What each of these gateways carries (absent: no such gateway). */
    public Map<String, NatLinks> of(Collection<String> ids) {
        Map<String, NatLinks> out = new HashMap<>();
        if (ids.isEmpty()) return out;
        Map<String, List<String>> subnets = new HashMap<>();
        jdbc.sql("SELECT nat_gateway_id, subnet_id FROM nat_gateway_subnetwork WHERE nat_gateway_id IN (:ids) "
                        + "ORDER BY subnet_id").param("ids", ids)
                .query((rs, n) -> subnets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        Map<String, List<String>> white = new HashMap<>();
        // a host that has gone meanwhile leaves the list
        jdbc.sql("SELECT w.nat_gateway_id, w.resource_id FROM nat_white_list w JOIN instance i ON i.id = w.resource_id "
                        + "WHERE w.nat_gateway_id IN (:ids) ORDER BY w.resource_id").param("ids", ids)
                .query((rs, n) -> white.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        jdbc.sql("SELECT id, tag, firewall_id, white_list_open, keeps_eip FROM nat_gateway WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> out.put(rs.getString("id"), new NatLinks(rs.getString("tag"),
                        rs.getString("firewall_id"), rs.getBoolean("white_list_open"), rs.getBoolean("keeps_eip"),
                        subnets.getOrDefault(rs.getString("id"), List.of()),
                        white.getOrDefault(rs.getString("id"), List.of()))))
                .list();
        return out;
    }

    public NatLinks of(String id) {
        return of(List.of(id)).getOrDefault(id, NatLinks.NONE);
    }
}
