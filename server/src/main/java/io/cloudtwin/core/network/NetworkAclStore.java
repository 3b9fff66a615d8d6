package io.cloudtwin.core.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Network ACLs, their entries (network_acl_entry) and the subnets bound to them (network_acl_binding). */
@Component
public class NetworkAclStore extends ScopedStore<NetworkAcl> {
    private static final String ENTRIES = "SELECT id, acl_id, direction, position, entry_type, name, description, "
            + "policy, protocol, port, cidr, ip_version, created_at, updated_at FROM network_acl_entry ";
    private static final String ENTRY_ORDER = " ORDER BY acl_id, direction, position";
    private static final String BINDINGS = "SELECT id, acl_id, subnet_id, created_at FROM network_acl_binding ";
    private static final String BINDING_ORDER = " ORDER BY acl_id, created_at, subnet_id";

    public NetworkAclStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "network_acl", NetworkAcl.class, DomainError.NETWORK_ACL_NOT_FOUND);
    }

    /** How many ACLs the VPC has. */
    public long countInVpc(String vpcId) {
        return Rows.count(jdbc, "network_acl", "vpc_id", vpcId);
    }

    /** The entries of these ACLs, each ACL's by direction and position. */
    public Map<String, List<NetworkAcl.Entry>> entriesOf(Collection<String> aclIds) {
        if (aclIds.isEmpty()) return Map.of();
        return jdbc.sql(ENTRIES + "WHERE acl_id IN (:ids)" + ENTRY_ORDER).param("ids", aclIds)
                .query((rs, n) -> new NetworkAcl.Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getObject(13, OffsetDateTime.class),
                        rs.getObject(14, OffsetDateTime.class))).list().stream()
                .collect(Collectors.groupingBy(NetworkAcl.Entry::aclId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Removes the ACL's entries of a direction and of a type. */
    public void deleteEntries(String aclId, String direction, String entryType) {
        jdbc.sql("DELETE FROM network_acl_entry WHERE acl_id = :a AND direction = :d AND entry_type = :t")
                .param("a", aclId).param("d", direction).param("t", entryType).update();
    }

    public void insertEntry(NetworkAcl.Entry e) {
        jdbc.sql("INSERT INTO network_acl_entry (id, acl_id, direction, position, entry_type, name, description, policy, "
                        + "protocol, port, cidr, ip_version, created_at, updated_at) VALUES (:id, :acl, :dir, :pos, :type, "
                        + ":name, :description, :policy, :protocol, :port, :cidr, :ipVersion, :created, :updated)")
                .param("id", e.id()).param("acl", e.aclId()).param("dir", e.direction()).param("pos", e.position())
                .param("type", e.entryType()).param("name", e.name()).param("description", e.description())
                .param("policy", e.policy()).param("protocol", e.protocol()).param("port", e.port())
                .param("cidr", e.cidr()).param("ipVersion", e.ipVersion()).param("created", e.createdAt())
                .param("updated", e.updatedAt()).update();
    }

    /** Rewrites an entry of the ACL in place (all but its id, ACL, type and creation time); 0: no such entry. */
    public int updateEntry(NetworkAcl.Entry e) {
        return jdbc.sql("UPDATE network_acl_entry SET direction = :dir, position = :pos, name = :name, "
                        + "description = :description, policy = :policy, protocol = :protocol, port = :port, "
                        + "cidr = :cidr, updated_at = :updated WHERE id = :id AND acl_id = :acl")
                .param("dir", e.direction()).param("pos", e.position()).param("name", e.name())
                .param("description", e.description()).param("policy", e.policy()).param("protocol", e.protocol())
                .param("port", e.port()).param("cidr", e.cidr()).param("updated", e.updatedAt()).param("id", e.id())
                .param("acl", e.aclId()).update();
    }

    /** The resources these entries name, each entry's in the order given (absent: it names none). */
    public Map<String, List<String>> targetsOf(Collection<String> entryIds) {
        if (entryIds.isEmpty()) return Map.of();
        Map<String, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT entry_id, resource_id FROM network_acl_entry_target WHERE entry_id IN (:ids) "
                        + "ORDER BY entry_id, position").param("ids", entryIds)
                .query((rs, n) -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(rs.getString(2))).list();
        return out;
    }

    /** The resources an entry names become these, each once, in the order given (none: it names none). */
    public void setTargets(String entryId, List<String> resourceIds) {
        jdbc.sql("DELETE FROM network_acl_entry_target WHERE entry_id = :e").param("e", entryId).update();
        List<String> once = List.copyOf(new LinkedHashSet<>(resourceIds));
        for (int i = 0; i < once.size(); i++) {
            jdbc.sql("INSERT INTO network_acl_entry_target (entry_id, resource_id, position) VALUES (:e, :r, :p)")
                    .param("e", entryId).param("r", once.get(i)).param("p", i).update();
        }
    }

    /** Removes one entry of the ACL of a type; 0: no such entry. */
    public int deleteEntry(String aclId, String entryId, String entryType) {
        return jdbc.sql("DELETE FROM network_acl_entry WHERE acl_id = :a AND id = :id AND entry_type = :t")
                .param("a", aclId).param("id", entryId).param("t", entryType).update();
    }

    /** Binds the subnet; the primary key refuses one bound already. */
    public void bind(String id, String aclId, String subnetId, OffsetDateTime now) {
        jdbc.sql("INSERT INTO network_acl_binding (id, subnet_id, acl_id, created_at) VALUES (:id, :s, :a, :now)")
                .param("id", id).param("s", subnetId).param("a", aclId).param("now", now).update();
    }

    /** The subnet's binding, if it has one. */
    public Optional<NetworkAcl.Binding> bindingOf(String subnetId) {
        return jdbc.sql(BINDINGS + "WHERE subnet_id = :s").param("s", subnetId).query((rs, n) -> binding(rs))
                .optional();
    }

    /** Unbinds the subnet from the ACL; 0 when it was not bound to it. */
    public int unbind(String aclId, String subnetId) {
        return Rows.delete(jdbc, "network_acl_binding", "acl_id", aclId, "subnet_id", subnetId);
    }

    /** The ACL each of these subnets is bound to (absent: none). */
    public Map<String, String> ofSubnets(Collection<String> subnetIds) {
        Map<String, String> out = new LinkedHashMap<>();
        if (subnetIds.isEmpty()) return out;
        jdbc.sql("SELECT subnet_id, acl_id FROM network_acl_binding WHERE subnet_id IN (:ids)").param("ids", subnetIds)
                .query((rs, n) -> out.put(rs.getString(1), rs.getString(2))).list();
        return out;
    }

    /** The subnets bound to these ACLs, each ACL's in the order they were bound. */
    public Map<String, List<NetworkAcl.Binding>> bindingsOf(Collection<String> aclIds) {
        if (aclIds.isEmpty()) return Map.of();
        return jdbc.sql(BINDINGS + "WHERE acl_id IN (:ids)" + BINDING_ORDER).param("ids", aclIds)
                .query((rs, n) -> binding(rs)).list().stream()
                .collect(Collectors.groupingBy(NetworkAcl.Binding::aclId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Every binding (state export). */
    public List<NetworkAcl.Binding> allBindings() {
        return jdbc.sql(BINDINGS + BINDING_ORDER).query((rs, n) -> binding(rs)).list();
    }

    private static NetworkAcl.Binding binding(ResultSet rs) throws SQLException {
        return new NetworkAcl.Binding(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class));
    }
}
