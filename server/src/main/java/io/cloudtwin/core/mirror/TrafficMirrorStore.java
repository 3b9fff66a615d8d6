package io.cloudtwin.core.mirror;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/**
 * Traffic mirror filters with their rules, and sessions with their sources (traffic_mirror_source, keyed by both); the
 * unique indexes take a rule's priority once per filter and direction and a session's once per account and region.
 */
@Component
public class TrafficMirrorStore extends ScopedStore<TrafficMirrorFilter> {
    private final ScopedTable<TrafficMirrorRule> rules;
    private final ScopedTable<TrafficMirrorSession> sessions;

    public TrafficMirrorStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "traffic_mirror_filter", TrafficMirrorFilter.class, DomainError.MIRROR_FILTER_NOT_FOUND);
        this.rules = new ScopedTable<>(jdbc, locks, "traffic_mirror_rule", TrafficMirrorRule.class);
        this.sessions = new ScopedTable<>(jdbc, locks, "traffic_mirror_session", TrafficMirrorSession.class);
    }

    public ScopedTable<TrafficMirrorRule> rules() {
        return rules;
    }

    public ScopedTable<TrafficMirrorSession> sessions() {
        return sessions;
    }

    /** The rules of each of these filters, each filter's in the order they were made. */
    public Map<String, List<TrafficMirrorRule>> rulesOf(Collection<String> filterIds) {
        return rules.groupedBy("filter_id", filterIds);
    }

    /** The rules of one filter, in the order they were made. */
    public List<TrafficMirrorRule> rulesOf(String filterId) {
        return rulesOf(List.of(filterId)).getOrDefault(filterId, List.of());
    }

    /** Whether a session mirrors through the filter. */
    public boolean filterUsed(String filterId) {
        return Rows.count(jdbc, "traffic_mirror_session", "filter_id", filterId) > 0;
    }

    public void addSource(String sessionId, String sourceId, OffsetDateTime at) {
        Rows.insert(jdbc, "traffic_mirror_source", "session_id", sessionId, "source_id", sourceId, "created_at", at);
    }

    /** Removes a source of the session; false when it had none such. */
    public boolean removeSource(String sessionId, String sourceId) {
        return Rows.delete(jdbc, "traffic_mirror_source", "session_id", sessionId, "source_id", sourceId) > 0;
    }

    /** The sources of each of these sessions, in the order they were added. */
    public Map<String, List<String>> sourcesOf(Collection<String> sessionIds) {
        return Rows.lists(jdbc, "traffic_mirror_source", "session_id", "source_id", sessionIds,
                "created_at, source_id");
    }

    /** The sources of one session, in the order they were added. */
    public List<String> sourcesOf(String sessionId) {
        return sourcesOf(List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** The sessions that mirror this source. */
    public List<String> sessionsOfSource(String sourceId) {
        return jdbc.sql("SELECT session_id FROM traffic_mirror_source WHERE source_id = :i ORDER BY session_id")
                .param("i", sourceId).query(String.class).list();
    }
}
