package io.cloudtwin.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * A test JVM killed with SIGKILL runs no shutdown hook and no JUnit cleanup: the server child must still go, since
 * it watches the pid of the JVM that started it.
 */
class ServerOutlivesNoTestRunTest {
    /** The "test run" that gets killed: starts a server, says which, waits. */
    public static final class StartAndWait {
        public static void main(String[] args) throws Exception {
            CloudtwinServer server = CloudtwinServer.start();
            System.out.println("server-pid " + server.pid());
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(10));
        }
    }

    @Test
    void theServerStopsWhenTheTestJvmIsKilled() throws Exception {
        Process run = new ProcessBuilder(List.of(ServerProcess.java(), "-cp", System.getProperty("java.class.path"),
                "-D" + ServerArtifact.JAR_PROPERTY + "=" + System.getProperty(ServerArtifact.JAR_PROPERTY),
                "-Dcloudtwin.log.dir=" + Path.of("target", "cloudtwin-killed").toAbsolutePath(),
                StartAndWait.class.getName())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("server-pid ")) { /* the run's own output */ }
            assertThat(line).as("the run printed its server's pid").isNotNull();
            long serverPid = Long.parseLong(line.substring("server-pid ".length()).trim());
            ProcessHandle server = ProcessHandle.of(serverPid).orElseThrow();
            assertThat(server.isAlive()).isTrue();

            run.destroyForcibly().waitFor();
            server.onExit().get(60, TimeUnit.SECONDS);
            assertThat(server.isAlive()).isFalse();
        } finally {
            run.destroyForcibly();
        }
    }
}
