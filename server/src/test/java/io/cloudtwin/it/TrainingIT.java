package io.cloudtwin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The training run that the image build (and bench/run) uses to fill the AOT cache: the jar drives both clouds'
 * calls through itself and exits 0; when a call does not answer as it should, it exits 1, which fails the build.
 */
class TrainingIT {
    private static Result train(String name, String... args) throws Exception {
        Path log = Path.of("target", "it-logs", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ServerProcess.java(), "-Xmx256m", "-jar",
                ServerProcess.jar().toString(), "--cloudtwin.training=true"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        pb.environment().keySet().removeIf(k -> k.startsWith("CLOUDTWIN_"));
        pb.environment().put("CLOUDTWIN_PORT", "0");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("training ends by itself").isTrue();
        return new Result(p.exitValue(), Files.readString(log));
    }

    record Result(int exit, String log) {}

    @Test
    void trainingDrivesBothCloudsAndExitsZero() throws Exception {
        Result r = train("training");
        assertThat(r.log()).contains("training: 30 rounds of both clouds' calls answered as expected, over HTTP and HTTPS");
        assertThat(r.exit()).isZero();
    }

    @Test
    void withTheHttpsPortOffTheTrainingUsesHttpAlone() throws Exception {
        Result r = train("training-no-tls", "--cloudtwin.tls.port=-1");
        assertThat(r.log()).contains("training: 30 rounds of both clouds' calls answered as expected, over HTTP\n");
        assertThat(r.exit()).isZero();
    }

    @Test
    void aCallThatDoesNotAnswerAsExpectedFailsTheTraining() throws Exception {
        // one group per instance: the training's JoinSecurityGroup of a second group is refused
        Result r = train("training-broken", "--cloudtwin.limits.groups-per-instance=1");
        assertThat(r.log()).contains("training: unexpected answers").contains("JoinSecurityGroup");
        assertThat(r.exit()).isEqualTo(1);
    }
}
