package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateCommandRequest;
import com.aliyun.ecs20140526.models.CreateInstanceRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteCommandRequest;
import com.aliyun.ecs20140526.models.DescribeCommandsRequest;
import com.aliyun.ecs20140526.models.DescribeInvocationResultsRequest;
import com.aliyun.ecs20140526.models.DescribeInvocationsRequest;
import com.aliyun.ecs20140526.models.InvokeCommandRequest;
import com.aliyun.ecs20140526.models.ModifyCommandRequest;
import com.aliyun.ecs20140526.models.RunCommandRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.ecs20140526.models.StopInvocationRequest;
import com.aliyun.ecs20140526.models.TagResourcesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ecs_command and alicloud_ecs_invocation through the tea client, in the provider's order:
 * CreateCommand -> DescribeCommands by CommandId -> InvokeCommand on instances -> DescribeInvocations until Success
 * (or Scheduled) -> StopInvocation -> DeleteCommand. No script runs: a run once on a Running instance succeeds at
 * once, on a Stopped one fails as not running. And the aliyun CLI's RunCommand, the checks Alibaba makes (each
 * refusal changes nothing), a command with a scheduled run never deleted (also when the two race), the state.
 */
class CloudAssistantTest extends ServerTestBase {
    private static final String IMAGE = "aliyun_3_x64_20G_alibase_20240819.vhd";
    private static final String SCRIPT = "#!/bin/bash\necho {{greeting}} from {{ACS::InstanceId}}\n";

    private Client ecs;
    private String group;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
        group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String running(String tagValue) throws Exception {
        var r = new RunInstancesRequest().setRegionId(REGION).setImageId(IMAGE).setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group);
        if (tagValue != null) r.setTag(List.of(new RunInstancesRequest.RunInstancesRequestTag().setKey("role")
                .setValue(tagValue)));
        return ecs.runInstances(r).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private String stopped() throws Exception {
        return ecs.createInstance(new CreateInstanceRequest().setRegionId(REGION).setImageId(IMAGE)
                .setInstanceType("ecs.g6.large").setSecurityGroupId(group)).getBody().getInstanceId();
    }

    private String command(String name, boolean parameters) throws Exception {
        return ecs.createCommand(new CreateCommandRequest().setRegionId(REGION).setName(name).setType("RunShellScript")
                .setCommandContent(base64(SCRIPT)).setEnableParameter(parameters).setDescription("says hello")
                .setTag(List.of(new CreateCommandRequest.CreateCommandRequestTag().setKey("team").setValue("ops"))))
                .getBody().getCommandId();
    }

    private List<com.aliyun.ecs20140526.models.DescribeCommandsResponseBody.DescribeCommandsResponseBodyCommandsCommand>
            commands(DescribeCommandsRequest r) throws Exception {
        return ecs.describeCommands(r.setRegionId(REGION)).getBody().getCommands().getCommand();
    }

    private com.aliyun.ecs20140526.models.DescribeInvocationsResponseBody.DescribeInvocationsResponseBodyInvocationsInvocation
            invocation(String invokeId) throws Exception {
        var found = ecs.describeInvocations(new DescribeInvocationsRequest().setRegionId(REGION)
                .setInvokeId(invokeId).setIncludeOutput(true)).getBody().getInvocations().getInvocation();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private long invocationCount() throws Exception {
        return ecs.describeInvocations(new DescribeInvocationsRequest().setRegionId(REGION)).getBody().getTotalCount();
    }

    @Test
    void theProvidersCommandAndInvocationLifecycle() throws Exception {
        String up = running(null);
        String down = stopped();
        String id = command("hello", true);

        var listed = commands(new DescribeCommandsRequest().setCommandId(id));
        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("hello");
            assertThat(c.getType()).isEqualTo("RunShellScript");
            assertThat(c.getDescription()).isEqualTo("says hello");
            assertThat(new String(Base64.getDecoder().decode(c.getCommandContent()), StandardCharsets.UTF_8))
                    .isEqualTo(SCRIPT);
            assertThat(c.getTimeout()).isEqualTo(60L);
            assertThat(c.getEnableParameter()).isTrue();
            assertThat(c.getParameterNames().getParameterName()).as("the caller's marks, not ACS:: ones")
                    .containsExactly("greeting");
            assertThat(c.getInvokeTimes()).isZero();
            assertThat(c.getTags().getTag()).extracting(t -> t.getTagKey() + "=" + t.getTagValue())
                    .containsExactly("team=ops");
        });

        String invokeId = ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION).setCommandId(id)
                .setInstanceId(List.of(up, down)).setParameters(Map.of("greeting", "hi"))).getBody().getInvokeId();
        var run = invocation(invokeId);
        assertThat(run.getCommandId()).isEqualTo(id);
        assertThat(run.getCommandName()).isEqualTo("hello");
        assertThat(run.getInvocationStatus()).isEqualTo("PartialFailed");
        assertThat(run.getTimed()).isFalse();
        assertThat(run.getRepeatMode()).isEqualTo("Once");
        assertThat(run.getParameters()).isEqualTo("{\"greeting\":\"hi\"}");
        assertThat(run.getInvokeInstances().getInvokeInstance()).hasSize(2).allSatisfy(i -> {
            if (i.getInstanceId().equals(up)) {
                assertThat(i.getInvocationStatus()).isEqualTo("Success");
                assertThat(i.getExitCode()).isZero();
                assertThat(i.getErrorCode()).isEmpty();
            } else {
                assertThat(i.getInstanceId()).isEqualTo(down);
                assertThat(i.getInvocationStatus()).isEqualTo("Failed");
                assertThat(i.getErrorCode()).isEqualTo("InstanceNotRunning");
            }
        });

        var results = ecs.describeInvocationResults(new DescribeInvocationResultsRequest().setRegionId(REGION)
                .setInvokeId(invokeId).setInstanceId(up)).getBody().getInvocation();
        assertThat(results.getTotalCount()).isEqualTo(1L);
        assertThat(results.getInvocationResults().getInvocationResult()).singleElement().satisfies(r -> {
            assertThat(r.getInvokeRecordStatus()).isEqualTo("Finished");
            assertThat(r.getInvocationStatus()).isEqualTo("Success");
            assertThat(r.getExitCode()).isZero();
            assertThat(r.getCommandId()).isEqualTo(id);
        });
        assertThat(commands(new DescribeCommandsRequest().setCommandId(id)).get(0).getInvokeTimes()).isEqualTo(1);

        // alicloud_ecs_invocation's delete stops the run; a finished one stays as it ended
        ecs.stopInvocation(new StopInvocationRequest().setRegionId(REGION).setInvokeId(invokeId));
        assertThat(invocation(invokeId).getInvocationStatus()).isEqualTo("PartialFailed");

        ecs.modifyCommand(new ModifyCommandRequest().setRegionId(REGION).setCommandId(id).setName("renamed")
                .setTimeout(120L));
        var changed = commands(new DescribeCommandsRequest().setCommandId(id)).get(0);
        assertThat(changed.getName()).isEqualTo("renamed");
        assertThat(changed.getTimeout()).isEqualTo(120L);
        assertThat(invocation(invokeId).getCommandName()).as("a run keeps what its command was").isEqualTo("hello");

        ecs.deleteCommand(new DeleteCommandRequest().setRegionId(REGION).setCommandId(id));
        assertThat(commands(new DescribeCommandsRequest().setCommandId(id))).isEmpty();
        assertThat(invocation(invokeId).getCommandId()).as("its runs stay").isEqualTo(id);
        var gone = refused(() -> ecs.deleteCommand(new DeleteCommandRequest().setRegionId(REGION).setCommandId(id)));
        assertThat(gone.getCode()).isEqualTo("InvalidCmdId.NotFound");
        assertThat(gone.getStatusCode()).isEqualTo(404);
    }

    @Test
    void aScheduledRunWaitsUntilStoppedAndKeepsItsCommand() throws Exception {
        String up = running(null);
        String id = command("cron", false);
        String invokeId = ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION).setCommandId(id)
                .setInstanceId(List.of(up)).setRepeatMode("Period").setFrequency("0 */20 * * * *")
                .setTimeout(300L)).getBody().getInvokeId();
        var run = invocation(invokeId);
        assertThat(run.getTimeout()).as("this run's own timeout").isEqualTo(300L);
        assertThat(run.getInvocationStatus()).isEqualTo("Scheduled");
        assertThat(run.getTimed()).isTrue();
        assertThat(run.getFrequency()).isEqualTo("0 */20 * * * *");
        assertThat(ecs.describeInvocations(new DescribeInvocationsRequest().setRegionId(REGION).setTimed(true)
                .setCommandId(id)).getBody().getInvocations().getInvocation()).hasSize(1);

        var inUse = refused(() -> ecs.deleteCommand(new DeleteCommandRequest().setRegionId(REGION).setCommandId(id)));
        assertThat(inUse.getCode()).isEqualTo("InvalidStatus.CmdIdInUse");
        assertThat(inUse.getStatusCode()).isEqualTo(403);

        ecs.stopInvocation(new StopInvocationRequest().setRegionId(REGION).setInvokeId(invokeId));
        var stopped = invocation(invokeId);
        assertThat(stopped.getInvocationStatus()).isEqualTo("Stopped");
        assertThat(stopped.getInvokeInstances().getInvokeInstance().get(0).getStopTime()).isNotEmpty();
        ecs.deleteCommand(new DeleteCommandRequest().setRegionId(REGION).setCommandId(id));

        assertThat(refused(() -> ecs.stopInvocation(new StopInvocationRequest().setRegionId(REGION)
                .setInvokeId("t-missing"))).getCode()).isEqualTo("InvalidInvokeId.NotFound");
    }

    @Test
    void aDeletionAndAScheduledRunRacingForOneCommandNeverBothWin() throws Exception {
        String up = running(null);
        for (int round = 0; round < 5; round++) {
            String id = command("race-" + round, false);
            var outcomes = race(racing(),
                    () -> ecs.deleteCommand(new DeleteCommandRequest().setRegionId(REGION).setCommandId(id)),
                    () -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION).setCommandId(id)
                            .setInstanceId(List.of(up)).setRepeatMode("EveryReboot")));
            boolean deleted = commands(new DescribeCommandsRequest().setCommandId(id)).isEmpty();
            long scheduled = ecs.describeInvocations(new DescribeInvocationsRequest().setRegionId(REGION)
                    .setCommandId(id)).getBody().getTotalCount();
            assertThat(deleted && scheduled > 0).as("round %d: %s", round, outcomes).isFalse();
            assertThat(deleted || scheduled > 0).as("round %d: one of them wins: %s", round, outcomes).isTrue();
        }
    }

    @Test
    void runCommandMakesAOneOffCommandUnlessAskedToKeepIt() throws Exception {
        String web = running("web");
        running("db");
        var once = ecs.runCommand(new RunCommandRequest().setRegionId(REGION).setType("RunShellScript")
                .setCommandContent("uptime").setContentEncoding("PlainText").setInstanceId(List.of(web))).getBody();
        assertThat(once.getCommandId()).startsWith("c-");
        assertThat(commands(new DescribeCommandsRequest().setCommandId(once.getCommandId())))
                .as("not kept: not listed").isEmpty();
        var run = ecs.describeInvocations(new DescribeInvocationsRequest().setRegionId(REGION)
                .setInvokeId(once.getInvokeId()).setContentEncoding("PlainText")).getBody().getInvocations()
                .getInvocation().get(0);
        assertThat(run.getCommandContent()).isEqualTo("uptime");
        assertThat(run.getInvocationStatus()).isEqualTo("Success");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId(once.getCommandId()).setInstanceId(List.of(web)))).getCode())
                .isEqualTo("InvalidCmdId.NotFound");

        var kept = ecs.runCommand(new RunCommandRequest().setRegionId(REGION).setType("RunShellScript")
                .setName("kept").setCommandContent(base64("df -h")).setKeepCommand(true)
                .setResourceTag(List.of(new RunCommandRequest.RunCommandRequestResourceTag().setKey("role")
                        .setValue("web")))).getBody();
        assertThat(commands(new DescribeCommandsRequest().setCommandId(kept.getCommandId()))).singleElement()
                .satisfies(c -> assertThat(c.getName()).isEqualTo("kept"));
        assertThat(invocation(kept.getInvokeId()).getInvokeInstances().getInvokeInstance())
                .as("ResourceTag.N: the instances tagged so").extracting(i -> i.getInstanceId()).containsExactly(web);
    }

    @Test
    void theChecksAlibabaMakesAreRefusedAndNothingRuns() throws Exception {
        String up = running(null);
        String plain = command("plain", false);
        String withParameters = command("templated", true);
        long before = invocationCount();
        long commandsBefore = commands(new DescribeCommandsRequest()).size();

        assertThat(refused(() -> ecs.createCommand(new CreateCommandRequest().setRegionId(REGION).setName("x")
                .setType("RunPythonScript").setCommandContent(base64("x")))).getCode())
                .isEqualTo("InvalidCmdType.NotFound");
        assertThat(refused(() -> ecs.createCommand(new CreateCommandRequest().setRegionId(REGION).setName("x")
                .setType("RunShellScript").setCommandContent("not base64!"))).getCode())
                .isEqualTo("CmdContent.DecodeError");
        assertThat(refused(() -> ecs.createCommand(new CreateCommandRequest().setRegionId(REGION).setName("x")
                .setType("RunShellScript").setCommandContent(base64("x".repeat(14_000))))).getCode())
                .isEqualTo("CmdContent.ExceedLimit");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId("c-missing").setInstanceId(List.of(up)))).getCode()).isEqualTo("InvalidCmdId.NotFound");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId(plain).setInstanceId(List.of(up, "i-missing")))).getCode())
                .isEqualTo("InvalidInstance.NotFound");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId(plain))).getCode()).isEqualTo("MissingParam.InstanceId");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId(plain).setInstanceId(List.of(up)).setRepeatMode("Period"))).getCode())
                .isEqualTo("MissingParam.Frequency");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId(plain).setInstanceId(List.of(up)).setRepeatMode("Hourly"))).getCode())
                .isEqualTo("InvalidRepeatMode.NotFound");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId(plain).setInstanceId(List.of(up)).setParameters(Map.of("greeting", "hi")))).getCode())
                .isEqualTo("Parameter.Disabled");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId(withParameters).setInstanceId(List.of(up)))).getCode())
                .isEqualTo("Parameter.MissingValue");
        assertThat(refused(() -> ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION)
                .setCommandId(withParameters).setInstanceId(List.of(up))
                .setParameters(Map.of("greeting", "hi", "other", "x")))).getCode()).isEqualTo("Parameter.NotMatched");

        assertThat(invocationCount()).isEqualTo(before);
        assertThat(commands(new DescribeCommandsRequest())).hasSize((int) commandsBefore);
    }

    @Test
    void commandsAndRunsSurviveTheStateRoundTripAndTakeTags() throws Exception {
        String up = running(null);
        String id = command("exported", true);
        String invokeId = ecs.invokeCommand(new InvokeCommandRequest().setRegionId(REGION).setCommandId(id)
                .setInstanceId(List.of(up)).setParameters(Map.of("greeting", "hey"))).getBody().getInvokeId();
        ecs.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("invocation")
                .setResourceId(List.of(invokeId))
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey("run").setValue("one"))));

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("\"commands\"").contains("\"invocations\"").contains(invokeId);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);

        assertThat(commands(new DescribeCommandsRequest().setCommandId(id)).get(0).getParameterNames()
                .getParameterName()).containsExactly("greeting");
        var run = invocation(invokeId);
        assertThat(run.getInvocationStatus()).isEqualTo("Success");
        assertThat(run.getParameters()).isEqualTo("{\"greeting\":\"hey\"}");
        assertThat(run.getInvokeInstances().getInvokeInstance()).singleElement()
                .satisfies(i -> assertThat(i.getInstanceId()).isEqualTo(up));
        assertThat(ecs.describeInvocations(new DescribeInvocationsRequest().setRegionId(REGION)
                .setTag(List.of(new DescribeInvocationsRequest.DescribeInvocationsRequestTag().setKey("run")
                        .setValue("one")))).getBody().getInvocations().getInvocation())
                .extracting(i -> i.getInvokeId()).containsExactly(invokeId);
        var results = ecs.describeInvocationResults(new DescribeInvocationResultsRequest().setRegionId(REGION)
                .setTag(List.of(new DescribeInvocationResultsRequest.DescribeInvocationResultsRequestTag()
                        .setKey("run").setValue("one")))).getBody().getInvocation();
        assertThat(results.getTotalCount()).as("the runs tagged so, counted before the page").isEqualTo(1L);
        assertThat(results.getInvocationResults().getInvocationResult()).singleElement()
                .satisfies(r -> assertThat(r.getInvokeId()).isEqualTo(invokeId));
    }

    /** Conformance calls: each Cloud Assistant action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static final String CONTENT = Base64.getEncoder().encodeToString("echo hi".getBytes());

        private static String command(AliyunApi api) {
            return api.ecs("CreateCommand", "RegionId", REGION, "Name", "c" + System.nanoTime(), "Type",
                    "RunShellScript", "CommandContent", CONTENT).path("CommandId").asString();
        }

        private static String invocation(AliyunApi api, String repeatMode) {
            return api.ecs("InvokeCommand", "RegionId", REGION, "CommandId", command(api), "InstanceId.1",
                    api.instance(api.group()), "RepeatMode", repeatMode, "Frequency", "rate(5m)").path("InvokeId")
                    .asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreateCommand", api -> AliyunApi.params("RegionId", REGION, "Name", "c", "Type", "RunShellScript",
                    "CommandContent", CONTENT, "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.ecs("DescribeCommands", api -> AliyunApi.params("RegionId", REGION, "CommandId", command(api)));
            r.ecs("ModifyCommand", api -> AliyunApi.params("RegionId", REGION, "CommandId", command(api),
                    "Name", "renamed"));
            r.ecs("DeleteCommand", api -> AliyunApi.params("RegionId", REGION, "CommandId", command(api)));
            r.ecs("InvokeCommand", api -> AliyunApi.params("RegionId", REGION, "CommandId", command(api),
                    "InstanceId.1", api.instance(api.group())));
            r.ecs("RunCommand", api -> AliyunApi.params("RegionId", REGION, "Type", "RunShellScript",
                    "CommandContent", CONTENT, "InstanceId.1", api.instance(api.group())));
            r.ecs("DescribeInvocations", api -> AliyunApi.params("RegionId", REGION, "InvokeId",
                    invocation(api, "Once")));
            r.ecs("DescribeInvocationResults", api -> AliyunApi.params("RegionId", REGION, "InvokeId",
                    invocation(api, "Once")));
            r.ecs("StopInvocation", api -> AliyunApi.params("RegionId", REGION, "InvokeId",
                    invocation(api, "Period")));
        }
    }
}
