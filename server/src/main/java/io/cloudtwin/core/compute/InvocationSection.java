package io.cloudtwin.core.compute;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "invocations" of the state document: runs of commands with what each command was, and each target's state.
 * Imported after the instances they name, which must be the run's scope's.
 */
@Section(name = "invocations", order = 71)
record InvocationSection(InvocationStore store, CommandService commands)
        implements StateSection<InvocationSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id, String commandId,
                           String commandName, String commandType, String commandDescription, String commandContent,
                           String workingDir, Long timeout, String repeatMode, String frequency, String parameters,
                           String username, List<Invocation.Target> targets) implements Scoped {}

    @Override
    public List<Document> export() {
        var targets = store.allTargets();
        return store.all().stream().map(i -> new Document(i.cloud().key(), i.accountId(), i.region(), i.projectId(),
                i.id(), i.commandId(), i.commandName(), i.commandType(), i.commandDescription(), i.commandContent(),
                i.workingDir(), i.timeout(), i.repeatMode().name(), i.frequency(), i.parameters(), i.username(),
                targets.stream().filter(t -> t.invocationId().equals(i.id())).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "invocation", store::exists, scope -> {
            var targets = Fixtures.list(d.targets()).stream().map(t -> new Invocation.Target(d.id(),
                    Fixtures.required(t.instanceId(), "instanceId of a target of invocation " + d.id()),
                    t.state() == null ? Invocation.State.SUCCEEDED : t.state(), Fixtures.text(t.errorCode()),
                    Fixtures.text(t.errorInfo()), t.exitCode(), t.startedAt(), t.finishedAt(), t.stoppedAt())).toList();
            if (d.commandContent() != null && !Command.base64(d.commandContent())) {
                throw new InvalidFixture("the commandContent of invocation " + d.id() + " must be Base64");
            }
            if (targets.isEmpty() || targets.stream().anyMatch(t -> t.state() == Invocation.State.PARTIAL_FAILED)) {
                throw new InvalidFixture("invocation " + d.id() + " needs targets, each scheduled, succeeded, failed or stopped");
            }
            var mode = Fixtures.choice(Invocation.RepeatMode.class, d.repeatMode() == null ? "ONCE" : d.repeatMode(),
                    "repeatMode of invocation " + d.id());
            commands.restore(scope, new Invocation(d.id(), scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), Fixtures.required(d.commandId(), "commandId of invocation " + d.id()),
                    Fixtures.required(d.commandName(), "commandName of invocation " + d.id()),
                    Fixtures.required(d.commandType(), "commandType of invocation " + d.id()),
                    Fixtures.text(d.commandDescription()),
                    Fixtures.required(d.commandContent(), "commandContent of invocation " + d.id()),
                    Fixtures.text(d.workingDir()), d.timeout() == null ? 60 : d.timeout(), mode, Fixtures.text(d.frequency()),
                    Fixtures.text(d.parameters()), Fixtures.text(d.username()),
                    Invocation.stateOf(targets.stream().map(Invocation.Target::state).toList()), fixtures.now()),
                    targets);
        });
    }
}
