package io.cloudtwin.core.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Prefix lists, their entries, and the security groups whose rules name them. */
@Component
public class PrefixListStore extends ScopedStore<PrefixList> {
    public PrefixListStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "prefix_list", PrefixList.class, DomainError.PREFIX_LIST_NOT_FOUND);
    }

    public void addEntry(String prefixListId, PrefixList.Entry e) {
        Rows.insert(jdbc, "prefix_list_entry", "prefix_list_id", prefixListId, "cidr", e.cidr(), "description",
                e.description());
    }

    public int removeEntry(String prefixListId, String cidr) {
        return Rows.delete(jdbc, "prefix_list_entry", "prefix_list_id", prefixListId, "cidr", cidr);
    }

    /** The entries of one prefix list, by block. */
    public List<PrefixList.Entry> entries(String prefixListId) {
        return jdbc.sql("SELECT cidr, description FROM prefix_list_entry WHERE prefix_list_id = :p ORDER BY cidr")
                .param("p", prefixListId).query(PrefixList.Entry.class).list();
    }

    /** The security groups with a rule naming the prefix list, in id order. */
    public List<String> groupsUsing(String prefixListId) {
        return jdbc.sql("SELECT DISTINCT group_id FROM security_group_rule WHERE peer_prefix_list_id = :p "
                + "ORDER BY group_id").param("p", prefixListId).query(String.class).list();
    }

    /** How many security groups name each of these prefix lists in a rule (absent: none). */
    public Map<String, Long> groupCounts(Collection<String> ids) {
        return Rows.countsBy(jdbc, "(SELECT DISTINCT peer_prefix_list_id, group_id FROM security_group_rule) r",
                "peer_prefix_list_id", ids);
    }

    /** The names of these prefix lists, by id. */
    public Map<String, String> names(Collection<String> ids) {
        return Rows.pairs(jdbc, "prefix_list", "id", "name", ids);
    }

    /** Every entry, by prefix list (state export). */
    public Map<String, List<PrefixList.Entry>> allEntries() {
        return grouped(jdbc.sql("SELECT prefix_list_id, cidr, description FROM prefix_list_entry "
                + "ORDER BY prefix_list_id, cidr"));
    }

    /** The entries of these prefix lists, by prefix list, each by block. */
    public Map<String, List<PrefixList.Entry>> entriesOf(Collection<String> ids) {
        return grouped(jdbc.sql("SELECT prefix_list_id, cidr, description FROM prefix_list_entry "
                + "WHERE prefix_list_id IN (:ids) ORDER BY prefix_list_id, cidr").param("ids", ids));
    }

    private static Map<String, List<PrefixList.Entry>> grouped(JdbcClient.StatementSpec query) {
        return Rows.grouped(query.query((rs, n) -> Map.entry(rs.getString(1),
                new PrefixList.Entry(rs.getString(2), rs.getString(3)))).list(), Map.Entry::getKey, Map.Entry::getValue);
    }
}
