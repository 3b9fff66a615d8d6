package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.RowChanges;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * The cloud's assistant: commands kept in a region, and runs of them on the region's instances. No script runs: a run
 * once on a Running instance succeeds at once (exit code 0, no output), on an instance in any other state fails as
 * not running; a run on a schedule waits until it is stopped. A run locks its command's row, as does a deletion, so a
 * command with a scheduled run is never deleted.
 */
@Service
public record CommandService(CommandStore commands, InvocationStore invocations, InstanceService instances,
                             WallClock clock, TagService tags, Transactions tx) {
    /** The error code of a target whose instance is not Running. */
    public static final String NOT_RUNNING = "InstanceNotRunning";

    /** What a command is made of: content Base64, as kept. */
    public record NewCommand(String name, String description, String type, String content, String workingDir,
                             long timeout, boolean enableParameter) {}

    /**
     * How a run goes: parameters a JSON object ("" none), username "" for the default; workingDir and timeout
     * (null: the command's) for this run alone.
     */
    public record NewRun(List<String> instanceIds, Invocation.RepeatMode repeatMode, String frequency,
                         String parameters, String username, String workingDir, Long timeout) {}

    public Command create(Scope scope, String id, NewCommand c, Map<String, String> tagged) {
        return tx.call(() -> insert(scope, id, c, true, tagged));
    }

    /** A command made and run at once; kept: listed and invocable later, else the run's alone. */
    public Invocation run(Scope scope, String commandId, NewCommand c, boolean kept, String invocationId, NewRun run,
                          Map<String, String> tagged) {
        return tx.call(() -> {
            Command made = insert(scope, commandId, c, kept, kept ? tagged : Map.of());
            return start(scope, made, invocationId, run, tagged);
        });
    }

    private Command insert(Scope scope, String id, NewCommand c, boolean kept, Map<String, String> tagged) {
        Command made = new Command(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(), c.name(),
                c.description(), c.type(), c.content(), c.workingDir(), c.timeout(), c.enableParameter(), kept,
                clock.now());
        commands.insert(made);
        tags.tagNew(scope, ResourceType.COMMAND, id, tagged);
        return made;
    }

    /** Changes what is given (null leaves each). */
    public void modify(Scope scope, String id, String name, String description, String content, String workingDir,
                       Long timeout) {
        tx.run(() -> {
            locked(scope, id);
            commands.update(id, RowChanges.of("name", name, "description", description, "content", content,
                    "workingDir", workingDir, "timeout", timeout));
        });
    }

    /** Deletes a command with its tags; refused while a run of it waits for its schedule. Its runs stay. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            locked(scope, id);
            if (invocations.scheduled(id)) throw new DomainException(DomainError.COMMAND_IN_USE, id);
            tags.deleting(id, () -> commands.delete(id));
        });
    }

    /** A kept command of the scope (a one-off run's is not found). */
    public Command get(Scope scope, String id) {
        return tx.read(() -> visible(commands.get(scope, id)));
    }

    /** Runs a kept command on instances of the scope (each must exist). */
    public Invocation invoke(Scope scope, String commandId, String invocationId, NewRun run,
                             Map<String, String> tagged) {
        return tx.call(() -> start(scope, locked(scope, commandId), invocationId, run, tagged));
    }

    private Invocation start(Scope scope, Command c, String id, NewRun run, Map<String, String> tagged) {
        var now = clock.now();
        List<Invocation.Target> targets = new ArrayList<>();
        for (String instanceId : run.instanceIds().stream().distinct().toList()) {
            Instance i = instances.get(scope, instanceId);
            targets.add(target(id, i, run.repeatMode(), now));
        }
        var state = Invocation.stateOf(targets.stream().map(Invocation.Target::state).toList());
        Invocation made = new Invocation(id, scope.cloud(), scope.accountId(), scope.region(), scope.projectId(),
                c.id(), c.name(), c.type(), c.description(), c.content(),
                run.workingDir() == null ? c.workingDir() : run.workingDir(),
                run.timeout() == null ? c.timeout() : run.timeout(),
                run.repeatMode(), run.frequency(), run.parameters(), run.username(), state, now);
        invocations.insert(made);
        targets.forEach(invocations::insert);
        tags.tagNew(scope, ResourceType.INVOCATION, id, tagged);
        return made;
    }

    private static Invocation.Target target(String id, Instance i, Invocation.RepeatMode mode,
                                            OffsetDateTime now) {
        if (mode.timed()) return new Invocation.Target(id, i.id(), Invocation.State.SCHEDULED, "", "", null, null,
                null, null);
        if (i.status() != InstanceStatus.RUNNING) {
            return new Invocation.Target(id, i.id(), Invocation.State.FAILED, NOT_RUNNING,
                    "the instance is " + i.status().name().toLowerCase() + ", not running", null, now, now, null);
        }
        return new Invocation.Target(id, i.id(), Invocation.State.SUCCEEDED, "", "", 0L, now, now, null);
    }

    /**
     * Stops a run on these of its instances (empty: all): a target that waits for its schedule is stopped, one that
     * has finished stays as it is.
     */
    public void stop(Scope scope, String id, Collection<String> instanceIds) {
        tx.run(() -> {
            invocations.locked(scope, id);
            var now = clock.now();
            List<Invocation.State> states = new ArrayList<>();
            for (Invocation.Target t : invocations.targets(List.of(id))) {
                boolean stop = t.state() == Invocation.State.SCHEDULED
                        && (instanceIds.isEmpty() || instanceIds.contains(t.instanceId()));
                if (stop) invocations.setState(new Invocation.Target(id, t.instanceId(), Invocation.State.STOPPED,
                        t.errorCode(), t.errorInfo(), t.exitCode(), t.startedAt(), t.finishedAt(), now));
                states.add(stop ? Invocation.State.STOPPED : t.state());
            }
            invocations.update(id, RowChanges.of("state", Invocation.stateOf(states)));
        });
    }

    public Invocation invocation(Scope scope, String id) {
        return tx.read(() -> invocations.get(scope, id));
    }

    /** The targets of these runs, by run. */
    public Map<String, List<Invocation.Target>> targets(Collection<String> invocationIds) {
        return tx.read(() -> {
            Map<String, List<Invocation.Target>> out = new LinkedHashMap<>();
            for (var t : invocations.targets(invocationIds)) {
                out.computeIfAbsent(t.invocationId(), k -> new ArrayList<>()).add(t);
            }
            return out;
        });
    }

    /**
     * What Cloud Assistant's agent has done on an instance: runs with a target on it, those still scheduled, and when
     * the last one was made (null: never).
     */
    public record AgentActivity(long invocations, long active, OffsetDateTime lastInvokedAt) {
        public static final AgentActivity NONE = new AgentActivity(0, 0, null);
    }

    /** The activity of each of these instances that had any. */
    public Map<String, AgentActivity> activity(Collection<String> instanceIds) {
        return tx.read(() -> invocations.activity(instanceIds));
    }

    /** How many runs each of these commands has had. */
    public Map<String, Long> runs(Collection<String> commandIds) {
        return tx.read(() -> invocations.runs(commandIds));
    }

    /** What a listing of commands matches: ids, name, type (null or empty: any). */
    public record CommandFilter(List<String> ids, String name, String type) {
        ScopedTable.Where where() {
            return new ScopedTable.Where().in("id", ids).equal("name", name).equal("type", type).equal("kept", true);
        }
    }

    /** The scope's kept commands the filter leaves, by page or after a NextToken. */
    public Listing<Command> commands(Scope scope, CommandFilter f) {
        Listing<Command> kept = commands.listing(tx, scope, f.where());
        return Listing.of(id -> get(scope, id), kept::after, kept::page, kept::id);
    }

    /** What a listing of runs matches (null or empty: any); instanceId: runs with a target there. */
    public record InvocationFilter(List<String> ids, String commandId, String commandName, String commandType,
                                   String instanceId, Invocation.State state, Boolean timed,
                                   Invocation.RepeatMode repeatMode) {}

    /** The scope's runs the filter leaves, by page or after a NextToken. */
    public Listing<Invocation> invocations(Scope scope, InvocationFilter f) {
        return tx.read(() -> where(f)).map(w -> invocations.listing(tx, scope, w))
                .orElseGet(() -> invocations.listing(tx, scope, new ScopedTable.Where()).none());
    }

    /** The filter's conditions; empty when the instance has no runs. */
    private Optional<ScopedTable.Where> where(InvocationFilter f) {
        List<String> ids = f.ids();
        if (f.instanceId() != null && !f.instanceId().isEmpty()) {
            List<String> there = invocations.ofInstance(f.instanceId());
            ids = ids == null || ids.isEmpty() ? there : ids.stream().filter(there::contains).toList();
            if (ids.isEmpty()) return Optional.empty();
        }
        var w = new ScopedTable.Where().in("id", ids).equal("command_id", f.commandId())
                .equal("command_name", f.commandName()).equal("command_type", f.commandType())
                .equal("state", f.state()).equal("repeat_mode", f.repeatMode());
        if (f.timed() != null) {
            w = f.timed() ? w.among("repeat_mode", false, "'ONCE'") : w.equal("repeat_mode", Invocation.RepeatMode.ONCE);
        }
        return Optional.of(w);
    }

    /** A page of the scope's targets with their runs, as DescribeInvocationResults lists them. */
    public Page<Invocation.Target> results(Scope scope, List<String> invocationIds, String instanceId,
                                           String commandId, Invocation.State state, int offset, int limit) {
        return tx.read(() -> invocations.targets(scope, invocationIds, instanceId, commandId, state, offset, limit));
    }

    /** The scope's runs of these ids, in one query. */
    public Map<String, Invocation> invocations(Scope scope, Collection<String> ids) {
        if (ids.isEmpty()) return Map.of();
        return tx.read(() -> {
            Map<String, Invocation> out = new LinkedHashMap<>();
            invocations.after(scope, new ScopedTable.Where().in("id", List.copyOf(ids)), null, ids.size())
                    .forEach(i -> out.put(i.id(), i));
            return out;
        });
    }

    private Command locked(Scope scope, String id) {
        return visible(commands.locked(scope, id));
    }

    private static Command visible(Command c) {
        if (!c.kept()) throw new DomainException(DomainError.COMMAND_NOT_FOUND, c.id());
        return c;
    }

    /** A command as the state document gives it. */
    public void restore(Scope scope, String id, NewCommand c, boolean kept) {
        tx.run(() -> insert(scope, id, c, kept, Map.of()));
    }

    /** A run as the state document gives it: each target's instance must be one of the scope's. */
    public void restore(Scope scope, Invocation run, List<Invocation.Target> targets) {
        tx.run(() -> {
            for (var t : targets) instances.get(scope, t.instanceId());
            invocations.insert(run);
            targets.forEach(invocations::insert);
        });
    }
}
