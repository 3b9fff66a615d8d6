package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopeFilter;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Runs of commands, and their targets: one row an instance. */
@Component
public class InvocationStore extends ScopedStore<Invocation> {
    public InvocationStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "invocation", Invocation.class, DomainError.INVOCATION_NOT_FOUND);
    }

    public void insert(Invocation.Target t) {
        jdbc.sql("INSERT INTO invocation_target (invocation_id, instance_id, state, error_code, error_info, exit_code, "
                        + "started_at, finished_at, stopped_at) VALUES (:i, :instance, :state, :code, :info, :exit, "
                        + ":started, :finished, :stopped)")
                .param("i", t.invocationId()).param("instance", t.instanceId()).param("state", t.state().name())
                .param("code", t.errorCode()).param("info", t.errorInfo()).param("exit", t.exitCode())
                .param("started", t.startedAt()).param("finished", t.finishedAt()).param("stopped", t.stoppedAt())
                .update();
    }

    /** The targets of these runs, by run then instance. */
    public List<Invocation.Target> targets(Collection<String> invocationIds) {
        if (invocationIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT * FROM invocation_target WHERE invocation_id IN (:ids) ORDER BY invocation_id, instance_id")
                .param("ids", invocationIds).query(Invocation.Target.class).list();
    }

    /** Every target (state export), by run then instance. */
    public List<Invocation.Target> allTargets() {
        return jdbc.sql("SELECT * FROM invocation_target ORDER BY invocation_id, instance_id")
                .query(Invocation.Target.class).list();
    }

    /** Sets a target's state (a stop): its stop time, or none. */
    public void setState(Invocation.Target t) {
        jdbc.sql("UPDATE invocation_target SET state = :state, stopped_at = :stopped "
                        + "WHERE invocation_id = :i AND instance_id = :instance")
                .param("state", t.state().name()).param("stopped", t.stoppedAt()).param("i", t.invocationId())
                .param("instance", t.instanceId()).update();
    }

    /** Per instance with targets: how many, how many still scheduled, and the latest run's creation. */
    public Map<String, CommandService.AgentActivity> activity(Collection<String> instanceIds) {
        Map<String, CommandService.AgentActivity> out = new LinkedHashMap<>();
        if (instanceIds.isEmpty()) return out;
        jdbc.sql("SELECT t.instance_id, COUNT(*), SUM(CASE WHEN t.state = :scheduled THEN 1 ELSE 0 END), "
                        + "MAX(i.created_at) FROM invocation_target t JOIN invocation i ON i.id = t.invocation_id "
                        + "WHERE t.instance_id IN (:ids) GROUP BY t.instance_id")
                .param("scheduled", Invocation.State.SCHEDULED.name()).param("ids", instanceIds)
                .query((rs, n) -> Map.entry(rs.getString(1), new CommandService.AgentActivity(rs.getLong(2),
                        rs.getLong(3), rs.getObject(4, OffsetDateTime.class))))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The ids of the runs with a target on that instance. */
    public List<String> ofInstance(String instanceId) {
        return jdbc.sql("SELECT invocation_id FROM invocation_target WHERE instance_id = :i")
                .param("i", instanceId).query(String.class).list();
    }

    /** How many runs each of these commands has had. */
    public Map<String, Long> runs(Collection<String> commandIds) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (commandIds.isEmpty()) return out;
        jdbc.sql("SELECT command_id, COUNT(*) AS n FROM invocation WHERE command_id IN (:ids) GROUP BY command_id")
                .param("ids", commandIds).query((rs, n) -> out.put(rs.getString("command_id"), rs.getLong("n"))).list();
        return out;
    }

    /** Whether a run of the command still waits for its schedule. */
    public boolean scheduled(String commandId) {
        return jdbc.sql("SELECT COUNT(*) FROM invocation WHERE command_id = :c AND state = 'SCHEDULED'")
                .param("c", commandId).query(Long.class).single() > 0;
    }

    /**
     * A page of the scope's targets, each with its run, that match (null or empty: any), newest run first as the cloud lists
     * them, then by instance; and how many match.
     */
    public Page<Invocation.Target> targets(Scope scope, Collection<String> invocationIds, String instanceId,
                                           String commandId, Invocation.State state, int offset, int limit) {
        StringBuilder where = new StringBuilder(ScopeFilter.clause("i", scope));
        Map<String, Object> params = ScopeFilter.params(scope);
        ScopeFilter.in(where, params, "i.id", "invocations", invocationIds);
        ScopeFilter.equal(where, params, "t.instance_id", "instance", instanceId);
        ScopeFilter.equal(where, params, "i.command_id", "command", commandId);
        ScopeFilter.equal(where, params, "t.state", "state", state == null ? null : state.name());
        String from = " FROM invocation_target t JOIN invocation i ON i.id = t.invocation_id WHERE " + where;
        long total = jdbc.sql("SELECT COUNT(*)" + from).params(params).query(Long.class).single();
        var items = jdbc.sql("SELECT t.*" + from + " ORDER BY i.created_at DESC, i.id, t.instance_id LIMIT :limit "
                        + "OFFSET :offset").params(params).param("limit", limit).param("offset", offset)
                .query(Invocation.Target.class).list();
        return new Page<>(items, total);
    }
}
