package io.cloudtwin.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the extension finds the server, and what a user reads when it is not there or does not start. */
class ServerArtifactTest {
    private final Properties saved = new Properties();

    @BeforeEach
    void save() {
        saved.putAll(System.getProperties());
    }

    @AfterEach
    void restore() {
        System.setProperties(saved);
    }

    @Test
    void namesTheServerOfItsOwnVersion() {
        ServerArtifact a = ServerArtifact.declared();
        assertThat(a.coordinates()).matches("io\\.cloudtwin:cloudtwin-server:[0-9][^:]*:zip");
        assertThat(a.inRepository(Path.of("/repo")).toString().replace('\\', '/'))
                .isEqualTo("/repo/io/cloudtwin/cloudtwin-server/" + a.version + "/cloudtwin-server-" + a.version + ".zip");
    }

    @Test
    void findsItInTheRepositoryOfMavenRepoLocal(@TempDir Path repo) throws Exception {
        System.clearProperty(ServerArtifact.JAR_PROPERTY);
        ServerArtifact a = ServerArtifact.declared();
        Path file = a.inRepository(repo);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[] {'P', 'K'});
        System.setProperty("maven.repo.local", repo.toString());
        assertThat(a.locate()).isEqualTo(file);
    }

    @Test
    void saysWhereItLookedAndHowToGetItWhenItIsMissing(@TempDir Path repo, @TempDir Path home) {
        System.clearProperty(ServerArtifact.JAR_PROPERTY);
        System.setProperty("maven.repo.local", repo.toString());
        System.setProperty("user.home", home.toString());
        assertThatThrownBy(() -> ServerArtifact.declared().locate()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not in the local Maven repository")
                .hasMessageContaining(repo.toString())
                .hasMessageContaining("mvn dependency:get -Dartifact=io.cloudtwin:cloudtwin-server:")
                .hasMessageContaining("-Dcloudtwin.server.jar=");
    }

    @Test
    void aServerThatCannotStartIsReportedWithItsLog() {
        // an unknown JDBC driver: Spring fails before the port is ready
        assertThatThrownBy(() -> CloudtwinServer.start("spring.datasource.url=jdbc:nosuchdb:x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the server exited with code")
                .hasMessageContaining("log: ")
                .hasMessageContaining("jdbc:nosuchdb:x");
    }
}
