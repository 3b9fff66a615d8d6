package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.core.compute.Invocation.State.FAILED;
import static io.cloudtwin.core.compute.Invocation.State.PARTIAL_FAILED;
import static io.cloudtwin.core.compute.Invocation.State.SCHEDULED;
import static io.cloudtwin.core.compute.Invocation.State.STOPPED;
import static io.cloudtwin.core.compute.Invocation.State.SUCCEEDED;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.compute.Command;
import io.cloudtwin.core.compute.CommandService;
import io.cloudtwin.core.compute.CommandService.CommandFilter;
import io.cloudtwin.core.compute.CommandService.InvocationFilter;
import io.cloudtwin.core.compute.CommandService.NewCommand;
import io.cloudtwin.core.compute.CommandService.NewRun;
import io.cloudtwin.core.compute.Invocation;
import io.cloudtwin.core.compute.Invocation.RepeatMode;
import io.cloudtwin.core.compute.Invocation.State;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.TagFields;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateCommandRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateCommandResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteCommandRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeCommandsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeCommandsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInvocationResultsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInvocationResultsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInvocationsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInvocationsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.InvokeCommandRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.InvokeCommandResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyCommandRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RunCommandRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RunCommandResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.StopInvocationRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cloud Assistant: commands kept in a region and runs of them on instances. No script runs here: a run once on a
 * Running instance succeeds at once (exit code 0, no output), on an instance in another state fails with ErrorCode
 * InstanceNotRunning; a run on a schedule (Period, NextRebootOnly, EveryReboot) stays Scheduled until stopped.
 */
@Component
record CloudAssistant(CommandService commands, TagService tags, ClientTokens tokens)
        implements EcsApi.CreateCommand, EcsApi.DescribeCommands, EcsApi.ModifyCommand, EcsApi.DeleteCommand,
        EcsApi.InvokeCommand, EcsApi.RunCommand, EcsApi.DescribeInvocations, EcsApi.DescribeInvocationResults,
        EcsApi.StopInvocation {
    static final Set<String> TYPES = Set.of("RunShellScript", "RunBatScript", "RunPowerShellScript");
    static final Map<String, RepeatMode> REPEAT_MODES = Map.of("Once", RepeatMode.ONCE, "Period", RepeatMode.PERIOD,
            "NextRebootOnly", RepeatMode.NEXT_REBOOT_ONLY, "EveryReboot", RepeatMode.EVERY_REBOOT);
    /** InvocationStatus, of a run and of each of its instances. */
    static final Map<State, String> INVOCATION_STATUS = Map.of(SCHEDULED, "Scheduled", SUCCEEDED, "Success",
            FAILED, "Failed", PARTIAL_FAILED, "PartialFailed", STOPPED, "Stopped");
    /** The older InvokeStatus of a run (InstanceInvokeStatus and InvokeRecordStatus of an instance alike). */
    static final Map<State, String> INVOKE_STATUS = Map.of(SCHEDULED, "Running", SUCCEEDED, "Finished",
            FAILED, "Failed", PARTIAL_FAILED, "PartialFinished", STOPPED, "Stopped");
    /** The Base64 content's most characters (18 KB). */
    static final int CONTENT_LIMIT = 18 * 1024;
    static final int PARAMETERS = 20;
    static final int PARAMETER_NAME = 64;
    private static final JsonMapper JSON = JsonMapper.shared();

    @Override
    public CreateCommandResponse createCommand(AliyunCall call, CreateCommandRequest r) {
        NewCommand c = command(call, r.name(), r.description(), r.type(), r.commandContent(), r.contentEncoding(),
                r.workingDir(), r.timeout(), r.enableParameter());
        var tagged = call.tags(r.tag());
        var scope = call.scope();
        String id = tags.createIn(ResourceType.COMMAND, call.resourceGroup(r.resourceGroupId()),
                () -> commands.create(scope, Ids.random("c-", 20), c, tagged).id());
        return new CreateCommandResponse().setCommandId(id);
    }

    @Override
    public DescribeCommandsResponse describeCommands(AliyunCall call, DescribeCommandsRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.COMMAND, r.commandId(), r.tag(), r.resourceGroupId());
        var filter = new CommandFilter(wanted.orElse(List.of()), r.name(), r.type());
        var out = new DescribeCommandsResponse();
        List<Command> shown = call.listed(out, call.paging(10), wanted.isEmpty() || !blank(r.provider()),
                commands.commands(scope, filter));
        List<String> ids = shown.stream().map(Command::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var runs = commands.runs(ids);
        boolean plain = plainText(call, r.contentEncoding());
        return out.setCommands(AliyunFormats.each(shown, DescribeCommandsResponse.Command::new, (item, c) -> item
                .setCommandId(c.id()).setName(c.name()).setDescription(c.description()).setType(c.type())
                .setCommandContent(content(c.content(), plain)).setWorkingDir(c.workingDir()).setTimeout(c.timeout())
                .setEnableParameter(c.enableParameter()).setParameterNames(c.parameterNames())
                .setInvokeTimes(runs.getOrDefault(c.id(), 0L).intValue()).setVersion(1).setLatest(true)
                .setCreationTime(AliyunFormats.time(c.createdAt())).setResourceGroupId(grouped.get(c.id()))
                .setTags(AliyunFormats.tags(tagged.get(c.id()), DescribeCommandsResponse.Tag::new))));
    }

    @Override
    public void modifyCommand(AliyunCall call, ModifyCommandRequest r) {
        if (r.name() != null) name(call, r.name());
        String content = r.commandContent() == null ? null : content(call, r.commandContent(), null);
        String workingDir = r.workingDir() == null ? null : workingDir(call, r.workingDir());
        Long timeout = r.timeout() == null ? null : timeout(call, r.timeout());
        commands.modify(call.scope(), r.commandId(), r.name(), r.description(), content, workingDir, timeout);
    }

    @Override
    public void deleteCommand(AliyunCall call, DeleteCommandRequest r) {
        commands.delete(call.scope(), r.commandId());
    }

    @Override
    public InvokeCommandResponse invokeCommand(AliyunCall call, InvokeCommandRequest r) {
        var scope = call.scope();
        Command c = commands.get(scope, r.commandId());
        NewRun run = run(call, c.enableParameter(), c.parameterNames(), instances(call, r.instanceId(),
                r.resourceTag()), r.repeatMode(), r.timed(), r.frequency(), r.parameters(), r.username(),
                r.workingDir() == null ? null : workingDir(call, r.workingDir()),
                r.timeout() == null ? null : timeout(call, r.timeout()));
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(),
                () -> commands.invoke(scope, c.id(), Ids.random("t-", 20), run, tagged).id());
        return new InvokeCommandResponse().setInvokeId(id);
    }

    @Override
    public RunCommandResponse runCommand(AliyunCall call, RunCommandRequest r) {
        var scope = call.scope();
        NewCommand c = command(call, r.name() == null ? "" : r.name(), r.description(), r.type(),
                r.commandContent(), r.contentEncoding(), r.workingDir(), r.timeout(), r.enableParameter());
        NewRun run = run(call, c.enableParameter(), names(c), instances(call, r.instanceId(), r.resourceTag()),
                r.repeatMode(), r.timed(), r.frequency(), r.parameters(), r.username(), null, null);
        boolean kept = Boolean.TRUE.equals(r.keepCommand());
        var tagged = call.tags(r.tag());
        String group = call.resourceGroup(r.resourceGroupId());
        String invokeId = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.COMMAND,
                kept ? group : null, () -> commands.run(scope, Ids.random("c-", 20), c, kept, Ids.random("t-", 20),
                        run, tagged), Invocation::commandId).id());
        return new RunCommandResponse().setCommandId(commands.invocation(scope, invokeId).commandId())
                .setInvokeId(invokeId);
    }

    @Override
    public DescribeInvocationsResponse describeInvocations(AliyunCall call, DescribeInvocationsRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.INVOCATION, r.invokeId(), r.tag(), r.resourceGroupId());
        State state = blank(r.invokeStatus()) ? null : state(r.invokeStatus());
        RepeatMode mode = blank(r.repeatMode()) ? null : REPEAT_MODES.get(r.repeatMode());
        boolean none = wanted.isEmpty() || (!blank(r.invokeStatus()) && state == null)
                || (!blank(r.repeatMode()) && mode == null);
        var filter = new InvocationFilter(wanted.orElse(List.of()), r.commandId(), r.commandName(), r.commandType(),
                r.instanceId(), state, r.timed(), mode);
        var out = new DescribeInvocationsResponse();
        List<Invocation> shown = call.listed(out, call.paging(10), none, commands.invocations(scope, filter));
        List<String> ids = shown.stream().map(Invocation::id).toList();
        var targets = commands.targets(ids);
        var tagged = tags.of(ids);
        boolean plain = plainText(call, r.contentEncoding());
        boolean output = Boolean.TRUE.equals(r.includeOutput());
        return out.setInvocations(AliyunFormats.each(shown, DescribeInvocationsResponse.Invocation::new, (item, i) ->
                item.setInvokeId(i.id()).setCommandId(i.commandId()).setCommandName(i.commandName())
                        .setCommandType(i.commandType()).setCommandDescription(i.commandDescription())
                        .setCommandContent(content(i.commandContent(), plain)).setWorkingDir(i.workingDir())
                        .setTimeout(i.timeout()).setRepeatMode(repeatMode(i.repeatMode()))
                        .setTimed(i.repeatMode().timed()).setFrequency(i.frequency()).setParameters(i.parameters())
                        .setUsername(i.username()).setInvocationStatus(INVOCATION_STATUS.get(i.state()))
                        .setInvokeStatus(INVOKE_STATUS.get(i.state()))
                        .setCreationTime(AliyunFormats.time(i.createdAt()))
                        .setTags(AliyunFormats.tags(tagged.get(i.id()), DescribeInvocationsResponse.Tag::new))
                        .setInvokeInstances(AliyunFormats.each(targets.getOrDefault(i.id(), List.of()),
                                DescribeInvocationsResponse.InvokeInstance::new, (t, target) -> t
                                        .setInstanceId(target.instanceId()).setTimed(i.repeatMode().timed())
                                        .setInvocationStatus(INVOCATION_STATUS.get(target.state()))
                                        .setInstanceInvokeStatus(INVOKE_STATUS.get(target.state()))
                                        .setErrorCode(target.errorCode()).setErrorInfo(target.errorInfo())
                                        .setExitCode(target.exitCode()).setRepeats(repeats(target))
                                        .setOutput(output ? content("", plain) : null).setDropped(0)
                                        .setCreationTime(AliyunFormats.time(i.createdAt()))
                                        .setStartTime(AliyunFormats.time(target.startedAt()))
                                        .setFinishTime(AliyunFormats.time(target.finishedAt()))
                                        .setStopTime(AliyunFormats.time(target.stoppedAt()))
                                        .setUpdateTime(AliyunFormats.time(updated(i, target)))))));
    }

    @Override
    public DescribeInvocationResultsResponse describeInvocationResults(AliyunCall call,
                                                                       DescribeInvocationResultsRequest r) {
        var scope = call.scope();
        var paging = call.paging(10);
        State state = blank(r.invokeRecordStatus()) ? null : state(r.invokeRecordStatus());
        var wanted = call.narrow(tags, scope, ResourceType.INVOCATION, r.invokeId(), r.tag(), r.resourceGroupId());
        var page = wanted.isEmpty() || (!blank(r.invokeRecordStatus()) && state == null) ? null
                : commands.results(scope, wanted.get(), r.instanceId(), r.commandId(), state, paging.offset(),
                        paging.limit());
        List<Invocation.Target> shown = page == null ? List.of() : page.items();
        var runs = commands.invocations(scope, shown.stream().map(Invocation.Target::invocationId).distinct().toList());
        var tagged = tags.of(runs.keySet());
        boolean plain = plainText(call, r.contentEncoding());
        return new DescribeInvocationResultsResponse().setInvocation(
                new DescribeInvocationResultsResponse.Invocation().setPageNumber((long) paging.offset() / paging.limit() + 1)
                        .setPageSize((long) paging.limit()).setTotalCount(page == null ? 0L : page.total())
                        .setNextToken("")
                        .setInvocationResults(AliyunFormats.each(shown,
                                DescribeInvocationResultsResponse.InvocationResult::new, (item, t) -> {
                                    Invocation i = runs.get(t.invocationId());
                                    item.setInvokeId(t.invocationId()).setCommandId(i.commandId())
                                            .setInstanceId(t.instanceId()).setUsername(i.username())
                                            .setInvocationStatus(INVOCATION_STATUS.get(t.state()))
                                            .setInvokeRecordStatus(INVOKE_STATUS.get(t.state()))
                                            .setErrorCode(t.errorCode()).setErrorInfo(t.errorInfo())
                                            .setExitCode(t.exitCode()).setOutput(content("", plain)).setDropped(0)
                                            .setRepeats(repeats(t)).setStartTime(AliyunFormats.time(t.startedAt()))
                                            .setFinishedTime(AliyunFormats.time(t.finishedAt()))
                                            .setStopTime(AliyunFormats.time(t.stoppedAt()))
                                            .setTags(AliyunFormats.tags(tagged.get(t.invocationId()),
                                                    DescribeInvocationResultsResponse.Tag::new));
                                })));
    }

    @Override
    public void stopInvocation(AliyunCall call, StopInvocationRequest r) {
        commands.stop(call.scope(), r.invokeId(), r.instanceId());
    }

    /** A command's fields as a request gives them, checked as Alibaba checks them. */
    private static NewCommand command(AliyunCall call, String name, String description, String type,
                                      String content, String encoding, String workingDir, Long timeout,
                                      Boolean enableParameter) {
        if (!TYPES.contains(type)) throw call.error("InvalidCmdType.NotFound", type);
        NewCommand c = new NewCommand(name(call, name), description == null ? "" : description, type,
                content(call, content, encoding), workingDir == null ? "" : workingDir(call, workingDir),
                timeout == null ? 60 : timeout(call, timeout), Boolean.TRUE.equals(enableParameter));
        List<String> names = names(c);
        if (names.size() > PARAMETERS) throw call.firstError("CommandContent", "CmdParamCount.ExceedLimit");
        if (names.stream().anyMatch(n -> n.length() > PARAMETER_NAME)) {
            throw call.firstError("CommandContent", "CmdParamName.ExceedLimit");
        }
        return c;
    }

    private static List<String> names(NewCommand c) {
        return Command.parameterNames(c.content(), c.enableParameter());
    }

    private static String name(AliyunCall call, String name) {
        if (name.length() > 128) throw call.firstError("Name", "CmdName.ExceedLimit");
        return name;
    }

    /** The content as kept, Base64: given so (the default), or PlainText encoded. */
    private static String content(AliyunCall call, String content, String encoding) {
        String kept;
        if ("PlainText".equalsIgnoreCase(encoding)) {
            kept = Base64.getEncoder().encodeToString(content.getBytes(StandardCharsets.UTF_8));
        } else if (encoding == null || "Base64".equalsIgnoreCase(encoding)) {
            if (!Command.base64(content)) throw call.firstError("CommandContent", "CmdContent.DecodeError");
            kept = content;
        } else {
            throw call.invalid("ContentEncoding");
        }
        if (kept.length() > CONTENT_LIMIT) throw call.firstError("CommandContent", "CmdContent.ExceedLimit");
        return kept;
    }

    private static String workingDir(AliyunCall call, String dir) {
        if (dir.length() > 200) throw call.firstError("WorkingDir", "InvalidParameter.WorkingDir");
        return dir;
    }

    /** Seconds, 10 to 86,400. */
    private static long timeout(AliyunCall call, long timeout) {
        if (timeout < 10 || timeout > 86_400) throw call.invalid("Timeout");
        return timeout;
    }

    /** The instances a run names: InstanceId.N, or those tagged with every ResourceTag.N (not both). */
    private List<String> instances(AliyunCall call, List<String> ids, List<? extends TagFields> resourceTags) {
        var having = call.tags(resourceTags);
        if (!having.isEmpty() && !ids.isEmpty()) throw call.error("InvalidResourceTag.ConflictWithInstanceIds");
        if (having.isEmpty()) {
            if (ids.isEmpty()) throw call.firstError("InstanceId", "MissingParam.InstanceId");
            return ids;
        }
        List<String> tagged = tags.idsHaving(call.scope(), ResourceType.INSTANCE, having);
        if (tagged.isEmpty()) throw call.error("InvalidResourceTag.InstanceNotFound");
        return tagged;
    }

    /** How a run goes, checked as Alibaba checks it: the schedule, and the parameters against the command's. */
    private static NewRun run(AliyunCall call, boolean enableParameter, List<String> names, List<String> instances,
                              String repeatMode, Boolean timed, String frequency, Map<String, String> parameters,
                              String username, String workingDir, Long timeout) {
        String modeName = repeatMode != null ? repeatMode : Boolean.TRUE.equals(timed) ? "Period" : "Once";
        RepeatMode mode = REPEAT_MODES.get(modeName);
        if (mode == null) throw call.firstError(modeName, "InvalidRepeatMode.NotFound");
        if (mode == RepeatMode.PERIOD && blank(frequency)) throw call.firstError("Frequency", "MissingParam.Frequency");
        if (frequency != null && frequency.length() > 256) throw call.firstError("Frequency", "InvalidParam.Frequency");
        if (username != null && username.length() > 255) throw call.firstError("Username", "Username.ExceedLimit");
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        if (!given.isEmpty() && !enableParameter) throw call.firstError("Parameters", "Parameter.Disabled");
        if (given.size() > PARAMETERS) throw call.firstError("Parameters", "ParameterCount.ExceedLimit");
        for (String key : given.keySet()) {
            if (key.length() > PARAMETER_NAME) throw call.firstError(key, "ParameterKey.ExceedLimit");
            if (!names.contains(key)) throw call.firstError(key, "Parameter.NotMatched");
        }
        for (String n : names) {
            if (!given.containsKey(n)) throw call.firstError(n, "Parameter.MissingValue", "InvalidParameter.Parameters");
        }
        String json = given.isEmpty() ? "" : JSON.writeValueAsString(given);
        if (json.length() > 32_768) throw call.firstError("Parameters", "InvalidParameter.Parameters");
        return new NewRun(instances, mode, mode == RepeatMode.PERIOD ? frequency : "", json,
                username == null ? "" : username, workingDir, timeout);
    }

    /** A state by either name a listing filters on (InvocationStatus or the older InvokeStatus); null: none. */
    private static State state(String name) {
        for (var e : INVOCATION_STATUS.entrySet()) if (e.getValue().equalsIgnoreCase(name)) return e.getKey();
        for (var e : INVOKE_STATUS.entrySet()) if (e.getValue().equalsIgnoreCase(name)) return e.getKey();
        return null;
    }

    private static String repeatMode(RepeatMode mode) {
        return REPEAT_MODES.entrySet().stream().filter(e -> e.getValue() == mode).findFirst().orElseThrow().getKey();
    }

    private static boolean plainText(AliyunCall call, String encoding) {
        if (encoding == null || "Base64".equalsIgnoreCase(encoding)) return false;
        if ("PlainText".equalsIgnoreCase(encoding)) return true;
        throw call.invalid("ContentEncoding");
    }

    /** Base64 content as asked: decoded for PlainText. */
    private static String content(String base64, boolean plain) {
        return plain ? Command.script(base64) : base64;
    }

    private static int repeats(Invocation.Target t) {
        return t.startedAt() == null ? 0 : 1;
    }

    private static OffsetDateTime updated(Invocation i, Invocation.Target t) {
        if (t.stoppedAt() != null) return t.stoppedAt();
        return t.finishedAt() != null ? t.finishedAt() : i.createdAt();
    }
}
