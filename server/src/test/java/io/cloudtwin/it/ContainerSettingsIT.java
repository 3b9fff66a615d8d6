package io.cloudtwin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What the container relies on, without a Docker engine: the jar started with the Dockerfile's JVM options and
 * docker-compose.yml's environment (its seed file mounted where the compose file mounts it) serves the seeded
 * state, and the Dockerfile's
 * HEALTHCHECK command reports healthy while it runs and unhealthy once it is gone.
 */
class ContainerSettingsIT {
    @Test
    void defaultServiceWithItsSeedAndHealthcheck() throws Exception {
        Map<String, String> env = new HashMap<>(ComposeFile.environment("cloudtwin"));
        env.remove("CLOUDTWIN_PORT");
        ComposeFile.volumes("cloudtwin").forEach((host, container) -> env.replaceAll((k, v) ->
                v.equals(container) ? ComposeFile.repoFile(host).toAbsolutePath().normalize().toString() : v));
        env.put("MALLOC_ARENA_MAX", ComposeFile.dockerfileEnv("MALLOC_ARENA_MAX"));
        // the image's JVM options, but for those of the AOT cache, which only the image build makes (and Java 25 reads)
        List<String> imageOptions = Arrays.stream(ComposeFile.dockerfileEnv("JAVA_OPTS").split("\\s+"))
                .filter(o -> !o.startsWith("-XX:") || !o.contains("AOT")).toList();
        assertThat(imageOptions).contains("-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        int port;
        try (ServerProcess s = ServerProcess.start("compose-default", env, imageOptions)) {
            port = s.port;
            String groups = Clients.aliyun(s.baseUrl(), "Action", "DescribeInstances", "RegionId", "cn-hangzhou");
            assertThat(groups).contains("i-demoinstance0000001").contains("sg-demoweb00000000000");
            assertThat(Clients.ucloud(s.baseUrl(), "Action", "DescribeSecGroup").toString()).contains("secgroup-demo0001");
            assertThat(healthcheck(port)).isZero();
        }
        assertThat(healthcheck(port)).isEqualTo(1);
    }

    /** Runs the Dockerfile's HEALTHCHECK command with the jar's real path, as the container user would. */
    private static int healthcheck(int port) throws Exception {
        String command = ComposeFile.healthcheckCommand()
                .replace("/app/cloudtwin.jar", ServerProcess.jar().toAbsolutePath().toString())
                .replaceFirst("^java ", ServerProcess.java() + " ");
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true);
        pb.environment().put("CLOUDTWIN_PORT", String.valueOf(port));
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
