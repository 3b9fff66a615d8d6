package io.cloudtwin.junit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the server's executable jar by its Maven coordinates (this artifact's resource io/cloudtwin/junit/server.properties:
 * io.cloudtwin:cloudtwin-server of the same version, type zip, which Maven downloads as a dependency of cloudtwin-junit
 * but never puts on the test classpath). Looked for, in order: the system property {@code cloudtwin.server.jar}
 * (a path), the test classpath (Gradle puts every dependency there), the local Maven repository of
 * {@code -Dmaven.repo.local}, of {@code <localRepository>} in ~/.m2/settings.xml, and ~/.m2/repository.
 */
final class ServerArtifact {
    static final String JAR_PROPERTY = "cloudtwin.server.jar";

    final String groupId;
    final String artifactId;
    final String version;
    final String type;

    private ServerArtifact(Properties p) {
        this.groupId = p.getProperty("groupId");
        this.artifactId = p.getProperty("artifactId");
        this.version = p.getProperty("version");
        this.type = p.getProperty("type", "zip");
    }

    static ServerArtifact declared() {
        try (InputStream in = ServerArtifact.class.getResourceAsStream("server.properties")) {
            if (in == null) throw new IllegalStateException("io/cloudtwin/junit/server.properties missing from cloudtwin-junit");
            Properties p = new Properties();
            p.load(in);
            return new ServerArtifact(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String coordinates() {
        return groupId + ":" + artifactId + ":" + version + ":" + type;
    }

    String fileName() {
        return artifactId + "-" + version + "." + type;
    }

    /** The path of the artifact inside a local repository. */
    Path inRepository(Path repository) {
        return repository.resolve(groupId.replace('.', File.separatorChar)).resolve(artifactId).resolve(version).resolve(fileName());
    }

    /** The server jar, or an exception that says where it looked and how to get it there. */
    Path locate() {
        String explicit = System.getProperty(JAR_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            if (!Files.isRegularFile(p)) {
                throw new IllegalStateException("cloudtwin: -D" + JAR_PROPERTY + "=" + explicit + " names no file");
            }
            return p;
        }
        for (String entry : System.getProperty("java.class.path", "").split(Pattern.quote(File.pathSeparator))) {
            if (entry.endsWith(File.separator + fileName()) || entry.equals(fileName())) {
                Path p = Path.of(entry);
                if (Files.isRegularFile(p)) return p;
            }
        }
        List<Path> looked = new ArrayList<>();
        for (Path repository : localRepositories()) {
            Path p = inRepository(repository);
            if (Files.isRegularFile(p)) return p;
            looked.add(p);
        }
        throw new IllegalStateException("cloudtwin: the server " + coordinates() + " is not in the local Maven repository."
                + " cloudtwin-junit starts it from there; Maven downloads it with cloudtwin-junit unless the dependency"
                + " excludes it or the build runs offline with an empty repository. Looked at: " + looked
                + ". Fetch it with: mvn dependency:get -Dartifact=" + coordinates()
                + " , or name the server jar with -D" + JAR_PROPERTY + "=/path/to/cloudtwin.jar");
    }

    static Set<Path> localRepositories() {
        Set<Path> out = new LinkedHashSet<>();
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) out.add(Path.of(property));
        Path home = Path.of(System.getProperty("user.home"));
        Path settings = home.resolve(".m2").resolve("settings.xml");
        if (Files.isRegularFile(settings)) {
            try {
                Matcher m = Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>")
                        .matcher(Files.readString(settings));
                if (m.find()) out.add(Path.of(m.group(1).replace("${user.home}", home.toString())));
            } catch (IOException | RuntimeException e) {
                // an unreadable settings file: the default repository is still tried
            }
        }
        out.add(home.resolve(".m2").resolve("repository"));
        return out;
    }
}
