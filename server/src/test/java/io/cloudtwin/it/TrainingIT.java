package io.cloudtwin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The training run that the image build (and bench/run) uses to fill the AOT cache: the server starts, exits 0 once
 * ready, and the JVM writes what the start loaded into its archive.
 */
class TrainingIT {
    private static Result train(String name, List<String> jvm, String... args) throws Exception {
        Path log = Path.of("target", "it-logs", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ServerProcess.java(), "-Xmx256m"));
        command.addAll(jvm);
        command.addAll(List.of("-jar", ServerProcess.jar().toString(), "--cloudtwin.training=true"));
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
    void trainingStartsBothPortsThenExitsZero() throws Exception {
        Result r = train("training", List.of(), "--cloudtwin.tls.port=0");
        assertThat(r.log()).contains("Tomcat started on ports").contains("HTTPS on port")
                .contains("training: the server is ready; it exits");
        assertThat(r.exit()).isZero();
    }

    @Test
    void withTheHttpsPortOffTheTrainingStartsHttpAlone() throws Exception {
        Result r = train("training-no-tls", List.of(), "--cloudtwin.tls.port=-1");
        assertThat(r.log()).contains("training: the server is ready; it exits").doesNotContain("HTTPS on port");
        assertThat(r.exit()).isZero();
    }

    @Test
    void theJvmWritesItsArchiveAtTheTrainingsExit() throws Exception {
        Path archive = Path.of("target", "it-logs", "training.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        Result r = train("training-archive", List.of("-XX:ArchiveClassesAtExit=" + archive), "--cloudtwin.tls.port=-1");
        assertThat(r.exit()).isZero();
        assertThat(archive).as("the class-data archive written at the training's exit").exists();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
    }
}
