package io.cloudtwin.it;

import static io.cloudtwin.it.Clients.aliyun;
import static io.cloudtwin.it.Clients.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.cloudtwin.launch.FastStart;

/**
 * A plain {@code java -jar} with no JVM options re-launches the server as a child that starts from a class-data archive
 * kept in the cache (io.cloudtwin.launch.FastStart, run by the jar's Main-Class before Spring Boot's loader): the first
 * run writes the archive when it stops, the next one starts from it, both serve the clouds' calls, and the child never
 * outlives its launcher, not even a {@code kill -9} of it.
 */
class FastStartIT {
    @Test
    void aPlainJarRelaunchesFromAnArchiveItKeeps() throws Exception {
        Path cache = Files.createTempDirectory("cloudtwin-fast-start");
        Map<String, String> env = Map.of("CLOUDTWIN_CACHE_DIR", cache.toString());

        Path archive = firstRunLeaves(cache, "fast-start-first", ServerProcess.java(), "-XX:ArchiveClassesAtExit=",
                "cloudtwin.jsa");

        ServerProcess second = ServerProcess.start("fast-start-second", env, List.of());
        ProcessHandle child = second.handle().children().findFirst().orElseThrow();
        assertThat(childCommand(second)).contains("-XX:SharedArchiveFile=" + archive);
        serves(second);
        second.kill9();
        child.onExit().get(60, TimeUnit.SECONDS);
        assertThat(child.isAlive()).isFalse();
        assertThat(listening(second.port)).isFalse();
    }

    /**
     * On Java 25 and later the child starts from the AOT cache the image uses, written when the first run stops. Runs
     * where a Java 25 is installed beside the default one (this project's machines have Temurin 25), else skipped.
     */
    @Test
    void onJava25TheChildStartsFromAnAotCache() throws Exception {
        Optional<Path> java25 = java25();
        Assumptions.assumeTrue(java25.isPresent(), "no Java 25 under /usr/lib/jvm");
        Path cache = Files.createTempDirectory("cloudtwin-fast-start-aot");
        String java = java25.get().toString();
        Path aot = firstRunLeaves(cache, "fast-start-aot-first", java, "-XX:AOTCacheOutput=", "cloudtwin.aot");
        try (ServerProcess second = ServerProcess.start("fast-start-aot-second",
                Map.of("CLOUDTWIN_CACHE_DIR", cache.toString()), java, List.of())) {
            assertThat(childCommand(second)).contains("-XX:AOTCache=" + aot);
            serves(second);
            assertThat(second.output()).as("the cache is mapped without a word on the console")
                    .doesNotContain("[warning]");
        }
    }

    /**
     * A first plain run with that java: re-launched with the option that writes the archive (and the image's JIT and
     * GC), serving, stopped with 143; the archive file it leaves in the cache.
     */
    private static Path firstRunLeaves(Path cache, String name, String java, String writeOption, String file)
            throws Exception {
        try (ServerProcess first = ServerProcess.start(name, Map.of("CLOUDTWIN_CACHE_DIR", cache.toString()), java,
                List.of())) {
            assertThat(childCommand(first)).contains(writeOption).contains("-XX:+UseSerialGC")
                    .contains("-XX:TieredStopAtLevel=1");
            serves(first);
            assertThat(first.stop(Duration.ofMinutes(3))).isEqualTo(143);
        }
        Path archive;
        try (Stream<Path> dirs = Files.list(cache)) {
            archive = dirs.map(d -> d.resolve(file)).filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        assertThat(Files.size(archive)).isPositive();
        return archive;
    }

    private static Optional<Path> java25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return Optional.empty();
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().matches("(temurin|java)-25.*"))
                    .map(d -> d.resolve("bin").resolve("java")).filter(Files::isExecutable).sorted().findFirst();
        }
    }

    @Test
    void theJarStartsAtItsLauncherWhichNeedsNothingButTheJdk() throws Exception {
        try (JarFile jar = new JarFile(ServerProcess.jar().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("io.cloudtwin.launch.Launcher");
            assertThat(jar.getManifest().getMainAttributes().getValue("Start-Class")).isEqualTo("io.cloudtwin.CloudtwinApplication");
            assertThat(jar.getEntry("io/cloudtwin/launch/Launcher.class")).isNotNull();
            assertThat(jar.getEntry("io/cloudtwin/launch/FastStart.class")).isNotNull();
            List<JarEntry> nested = jar.stream().filter(e -> e.getName().startsWith("BOOT-INF/lib/") && e.getName().endsWith(".jar"))
                    .toList();
            assertThat(nested).isNotEmpty().allSatisfy(e -> assertThat(e.getMethod()).as(e.getName()).isEqualTo(ZipEntry.STORED));
        }
        Path cache = Files.createTempDirectory("cloudtwin-fast-start-launcher");
        try (ServerProcess s = ServerProcess.start("fast-start-launcher", Map.of("CLOUDTWIN_CACHE_DIR", cache.toString()), List.of())) {
            assertThat(childCommand(s)).contains("-D" + FastStart.CHILD + "=true");
            serves(s);
            assertThat(loadedByLauncher(s)).as("classes the launcher JVM loaded").contains("io.cloudtwin.launch.Launcher")
                    .noneMatch(name -> name.startsWith("org.springframework."));
        }
    }

    /** The classes the launcher's JVM has loaded, by {@code jcmd VM.class_hierarchy} from the JDK running the tests. */
    private static List<String> loadedByLauncher(ServerProcess s) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(s.handle().pid()), "VM.class_hierarchy")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().map(String::strip).map(l -> l.replaceFirst("^[|\\-]+", ""))
                .map(l -> l.split("[ /]", 2)[0]).filter(l -> l.contains(".")).toList();
    }

    @Test
    void optionsOfItsOwnOrTheSwitchKeepTheServerInItsJvm() throws Exception {
        Path cache = Files.createTempDirectory("cloudtwin-fast-start-off");
        try (ServerProcess tuned = ServerProcess.start("fast-start-tuned", Map.of("CLOUDTWIN_CACHE_DIR", cache.toString()))) {
            assertThat(tuned.handle().children().count()).isZero();
            serves(tuned);
        }
        try (ServerProcess off = ServerProcess.start("fast-start-off",
                Map.of("CLOUDTWIN_CACHE_DIR", cache.toString(), "CLOUDTWIN_FAST_START", "false"), List.of())) {
            assertThat(off.handle().children().count()).isZero();
            serves(off);
        }
        try (Stream<Path> left = Files.list(cache)) {
            assertThat(left).isEmpty();
        }
    }

    /** Signed calls of both clouds: an Aliyun security group and instance, a UCloud VPC. */
    private static void serves(ServerProcess s) throws Exception {
        String group = field(aliyun(s.baseUrl(), "Action", "CreateSecurityGroup", "RegionId", "cn-hangzhou"),
                "SecurityGroupId");
        assertThat(group).startsWith("sg-");
        String run = aliyun(s.baseUrl(), "Action", "RunInstances", "RegionId", "cn-hangzhou", "ImageId",
                "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId", group);
        assertThat(field(run, "InstanceIdSet")).startsWith("i-");
        var vpc = Clients.ucloud(s.baseUrl(), "Action", "CreateVPC", "Name", "fast", "Network.0", "10.9.0.0/16");
        assertThat(vpc.get("RetCode").asInt()).isZero();
        assertThat(vpc.get("VPCId").asString()).startsWith("uvnet-");
    }

    private static String childCommand(ServerProcess s) {
        List<ProcessHandle> children = s.handle().children().toList();
        assertThat(children).hasSize(1);
        return String.join(" ", children.get(0).info().arguments().orElseThrow());
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
