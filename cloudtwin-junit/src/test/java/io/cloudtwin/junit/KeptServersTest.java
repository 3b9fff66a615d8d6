package io.cloudtwin.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupsRequest;
import com.aliyun.teaopenapi.models.Config;

import io.cloudtwin.admin.client.Fault;

/**
 * -Dcloudtwin.reuse=true: a later test JVM takes over the server an earlier one kept, and finds it as a fresh server
 * is; a JVM that finds it held keeps one in the next slot, or with every slot held starts its own; a kept server
 * nobody asks anything of goes by itself.
 */
class KeptServersTest {
    private static final String[] SETTINGS = {"cloudtwin.ids.seed=42"};

    @TempDir
    Path dir;
    private final Map<String, String> before = new HashMap<>();
    private final List<Long> kept = new ArrayList<>();

    @BeforeEach
    void reuse() {
        set(KeptServers.REUSE_PROPERTY, "true");
        set(KeptServers.DIRECTORY_PROPERTY, dir.toString());
    }

    @AfterEach
    void restore() {
        for (long pid : kept) ProcessHandle.of(pid).ifPresent(ServerProcess::stop);
        before.forEach((k, v) -> {
            if (v == null) System.clearProperty(k);
            else System.setProperty(k, v);
        });
    }

    private void set(String key, String value) {
        before.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    @Test
    void aLaterRunTakesTheKeptServerOverAsAFreshServerStarts() throws Exception {
        List<String> freshIds;
        try (CloudtwinServer fresh = CloudtwinServer.start(SETTINGS)) {
            assertThat(fresh.kept()).isFalse();
            freshIds = twoGroups(fresh);
        }

        long pid;
        try (CloudtwinServer first = CloudtwinServer.startOrReuse(SETTINGS)) {
            assertThat(first.kept()).isTrue();
            pid = first.pid();
            kept.add(pid);
            // what a run leaves behind: resources, another seed and delay, a fault rule
            twoGroups(first);
            first.setIdSeed(7L);
            first.setTransitionDelay(Duration.ofSeconds(3));
            first.addFault(Fault.aliyun("CreateSecurityGroup").errorCode("ServiceUnavailable"));
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("the run ended; its kept server did not")
                .contains(true);

        try (CloudtwinServer second = CloudtwinServer.startOrReuse(SETTINGS)) {
            assertThat(second.kept()).isTrue();
            assertThat(second.pid()).as("the same server, taken over").isEqualTo(pid);
            assertThat(second.requests(10)).as("the request log").isEmpty();
            assertThat(aliyun(second).describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId("cn-hangzhou"))
                    .getBody().getTotalCount()).isZero();
            assertThat(second.transitionDelay()).isEqualTo(Duration.ZERO);
            // the fault is gone and the ids come from the seed the server started with, as on a fresh server
            assertThat(twoGroups(second)).isEqualTo(freshIds);

            // a parallel fork (here: another holder while the lease is held) keeps a server of its own in the next slot
            long second2;
            try (CloudtwinServer parallel = CloudtwinServer.startOrReuse(SETTINGS)) {
                assertThat(parallel.kept()).isTrue();
                second2 = parallel.pid();
                kept.add(second2);
                assertThat(second2).isNotEqualTo(pid);
            }
            // ... and with one slot only, a server that goes with the run
            set(KeptServers.SLOTS_PROPERTY, "1");
            try (CloudtwinServer own = CloudtwinServer.startOrReuse(SETTINGS)) {
                assertThat(own.kept()).isFalse();
                assertThat(own.pid()).isNotIn(pid, second2);
            }
        }
    }

    @Test
    void aKeptServerNobodyAsksAnythingGoesByItself() throws Exception {
        set(KeptServers.IDLE_PROPERTY, "2");
        long pid;
        try (CloudtwinServer server = CloudtwinServer.startOrReuse()) {
            assertThat(server.kept()).isTrue();
            pid = server.pid();
            kept.add(pid);
        }
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.onExit().get(60, TimeUnit.SECONDS);
        assertThat(process.isAlive()).isFalse();
        assertThat(Files.readString(logOf(pid))).contains("stopping: no request for PT2S");

        // the next run finds it gone and keeps a new one
        try (CloudtwinServer next = CloudtwinServer.startOrReuse()) {
            assertThat(next.kept()).isTrue();
            assertThat(next.pid()).isNotEqualTo(pid);
            kept.add(next.pid());
        }
    }

    @Test
    void aDamagedOrStaleDescriptionIsNotTakenForAServer() throws Exception {
        // this JVM's own pid, as if the system had given the kept server's pid to another process, and no port
        String key = KeptServers.key(List.of());
        Files.writeString(dir.resolve(key + ".server"), "pid=" + ProcessHandle.current().pid() + "\nport=not-a-port\n");
        try (CloudtwinServer server = CloudtwinServer.startOrReuse()) {
            assertThat(server.kept()).isTrue();
            kept.add(server.pid());
            assertThat(server.pid()).isNotEqualTo(ProcessHandle.current().pid());
            assertThat(server.startMillis()).as("started, not taken over").isPositive();
            assertThat(server.admin().healthy()).isTrue();
        }
    }

    @Test
    void aNewBuildRetiresTheServersKeptForEarlierBuildsOfItsJar() throws Exception {
        Path jar = ServerArtifact.declared().locate().toAbsolutePath();
        // stand-ins for kept servers: one of an earlier build of this jar, one of another jar
        Process earlier = new ProcessBuilder("sleep", "300").start();
        Process otherJar = new ProcessBuilder("sleep", "300").start();
        try {
            describe("server-earlier", jar.toString(), earlier.toHandle());
            describe("server-other", "/elsewhere/cloudtwin.jar", otherJar.toHandle());
            try (CloudtwinServer server = CloudtwinServer.startOrReuse()) {
                kept.add(server.pid());
            }
            earlier.onExit().get(30, TimeUnit.SECONDS);
            assertThat(earlier.isAlive()).isFalse();
            assertThat(dir.resolve("server-earlier.server")).doesNotExist();
            assertThat(otherJar.isAlive()).as("another jar's kept server is not this build's to retire").isTrue();
            assertThat(dir.resolve("server-other.server")).exists();
        } finally {
            earlier.destroyForcibly();
            otherJar.destroyForcibly();
        }
    }

    private void describe(String name, String jar, ProcessHandle process) throws Exception {
        Files.writeString(dir.resolve(name + ".server"), "jar=" + jar + "\nbuild=1|1\npid=" + process.pid()
                + "\nstarted=" + process.info().startInstant().orElseThrow() + "\nport=1\n");
    }

    @Test
    void serversThatStartWithMoreThanAResetGivesBackAreNotKept() {
        assertThat(KeptServers.keepable(List.of("cloudtwin.ids.seed=1", "cloudtwin.signature.verify=false"))).isTrue();
        assertThat(KeptServers.keepable(List.of("cloudtwin.seed=fixtures/two.yaml"))).isFalse();
        assertThat(KeptServers.keepable(List.of("spring.datasource.url=jdbc:h2:file:/tmp/x"))).isFalse();
    }

    private Path logOf(long pid) throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".server")).toList()) {
                var d = new Properties();
                try (var in = Files.newBufferedReader(p)) {
                    d.load(in);
                }
                if (d.getProperty("pid").equals(Long.toString(pid))) return Path.of(d.getProperty("log"));
            }
        }
        throw new AssertionError("no description of server " + pid + " in " + dir);
    }

    private static List<String> twoGroups(CloudtwinServer cloud) throws Exception {
        Client client = aliyun(cloud);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ids.add(client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou"))
                    .getBody().getSecurityGroupId());
        }
        return ids;
    }

    private static Client aliyun(CloudtwinServer cloud) throws Exception {
        return new Client(new Config().setEndpoint(cloud.endpoint()).setProtocol("HTTP").setRegionId("cn-hangzhou")
                .setAccessKeyId(CloudtwinServer.ALIYUN_ACCESS_KEY_ID)
                .setAccessKeySecret(CloudtwinServer.ALIYUN_ACCESS_KEY_SECRET));
    }
}
