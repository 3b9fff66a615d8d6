package io.cloudtwin.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupsRequest;
import com.aliyun.teaopenapi.models.Config;

/**
 * The layout a test run's servers start from is the kind of archive the server's Java maps best: a class-data sharing
 * archive on Java 17 to 24, the AOT cache (as the image's) on Java 25 and later; made once, before the first start,
 * mapped by every start after it without a word in the server's log, and the servers it starts serve the SDK.
 */
class FastLayoutTest {
    @Test
    void theServersJavaIsReadFromItsHome(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertThat(FastLayout.javaVersion(home.resolve("bin").resolve("java").toString())).isEqualTo("25.0.3");
        assertThat(FastLayout.javaVersion(ServerProcess.java())).isEqualTo(System.getProperty("java.version"));
        assertThat(FastLayout.Archive.of(25).use()).isEqualTo("-XX:AOTCache=");
        assertThat(FastLayout.Archive.of(17).use()).isEqualTo("-XX:SharedArchiveFile=");
    }

    @Test
    void onThisJavaEveryServerStartsFromOneClassDataArchive(@TempDir Path cache) throws Exception {
        Assumptions.assumeTrue(Runtime.version().feature() < 25, "the test JVM is Java 25 or later");
        startsTwiceFromOneArchive(cache, ServerProcess.java(), "cloudtwin.jsa", "-XX:SharedArchiveFile=");
    }

    @Test
    void onJava25TheServerStartsFromAnAotCache(@TempDir Path cache) throws Exception {
        Optional<Path> java25 = java25();
        Assumptions.assumeTrue(java25.isPresent(), "no Java 25 under /usr/lib/jvm");
        startsTwiceFromOneArchive(cache, java25.get().toString(), "cloudtwin.aot", "-XX:AOTCache=");
    }

    @Test
    void aServerJarWithoutItsOwnExtractionLeavesItToSpringBootsTool(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("cloudtwin-older.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("BOOT-INF/classes/application.yml"));
        }
        Path app = Files.createDirectories(dir.resolve("app"));
        assertThat(FastLayout.extractedByTheServer(jar, app)).isFalse();
        assertThat(app).isEmptyDirectory();
    }

    private static void startsTwiceFromOneArchive(Path cache, String java, String file, String useOption) throws Exception {
        String[] keys = {"cloudtwin.cache.dir", "cloudtwin.java"};
        String[] saved = {System.getProperty(keys[0]), System.getProperty(keys[1])};
        System.setProperty(keys[0], cache.toString());
        System.setProperty(keys[1], java);
        try {
            FileTime made = null;
            for (int start = 0; start < 2; start++) {
                try (CloudtwinServer server = CloudtwinServer.start()) {
                    Path archive = onlyLayout(cache).resolve(file);
                    assertThat(onlyLayout(cache).resolve("extract.log")).as("extracted in this JVM by the server jar's "
                            + "own extraction, not by Spring Boot's tool in a second JVM").doesNotExist();
                    if (made == null) made = Files.getLastModifiedTime(archive);
                    assertThat(Files.getLastModifiedTime(archive)).as("made once").isEqualTo(made);
                    assertThat(ProcessHandle.of(server.pid()).orElseThrow().info().arguments().orElseThrow())
                            .contains(useOption + archive);
                    serves(server);
                    assertThat(Files.readString(server.log())).doesNotContain("[warning]");
                }
            }
        } finally {
            for (int i = 0; i < keys.length; i++) {
                if (saved[i] == null) System.clearProperty(keys[i]);
                else System.setProperty(keys[i], saved[i]);
            }
        }
    }

    private static void serves(CloudtwinServer cloud) throws Exception {
        Client client = new Client(new Config().setEndpoint(cloud.endpoint()).setProtocol("HTTP").setRegionId("cn-hangzhou")
                .setAccessKeyId(CloudtwinServer.ALIYUN_ACCESS_KEY_ID)
                .setAccessKeySecret(CloudtwinServer.ALIYUN_ACCESS_KEY_SECRET));
        String sg = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId("cn-hangzhou"))
                .getBody().getSecurityGroupId();
        assertThat(client.describeSecurityGroups(new DescribeSecurityGroupsRequest().setRegionId("cn-hangzhou"))
                .getBody().getSecurityGroups().getSecurityGroup()).extracting(g -> g.getSecurityGroupId()).containsExactly(sg);
    }

    private static Path onlyLayout(Path cache) throws IOException {
        try (Stream<Path> dirs = Files.list(cache)) {
            List<Path> layouts = dirs.filter(Files::isDirectory).toList();
            assertThat(layouts).hasSize(1);
            return layouts.get(0);
        }
    }

    private static Optional<Path> java25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) return Optional.empty();
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().matches("(temurin|java)-25.*"))
                    .map(d -> d.resolve("bin").resolve("java")).filter(Files::isExecutable).findFirst();
        }
    }
}
