package io.cloudtwin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The launcher's own extraction gives the layout Spring Boot's {@code extract} tool gives, from the built jar: the
 * same nested jars, the same application entries with the same bytes, the same start class and class path order.
 */
class ExtractionIT {
    private static final Path JAR = Path.of(System.getProperty("cloudtwin.jar", "target/cloudtwin.jar"));

    @Test
    void theLayoutIsSpringBootsExtractLayout() throws Exception {
        Path ours = Files.createTempDirectory("cloudtwin-extraction-ours");
        Path boots = Files.createTempDirectory("cloudtwin-extraction-boot");
        Extraction.extract(JAR, ours);
        Process tool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djarmode=tools", "-jar", JAR.toString(), "extract", "--force", "--destination", boots.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(tool.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(tool.exitValue()).isZero();

        assertThat(files(ours.resolve("lib"))).isNotEmpty().isEqualTo(files(boots.resolve("lib")));
        String name = JAR.getFileName().toString();
        try (JarFile mine = new JarFile(ours.resolve(name).toFile());
                JarFile theirs = new JarFile(boots.resolve(name).toFile())) {
            assertThat(entries(mine)).contains("application.yml", "io/cloudtwin/CloudtwinApplication.class")
                    .isEqualTo(entries(theirs));
            for (String entry : List.of("application.yml", "io/cloudtwin/CloudtwinApplication.class")) {
                assertThat(mine.getInputStream(mine.getJarEntry(entry)).readAllBytes())
                        .isEqualTo(theirs.getInputStream(theirs.getJarEntry(entry)).readAllBytes());
            }
            Attributes a = mine.getManifest().getMainAttributes();
            Attributes b = theirs.getManifest().getMainAttributes();
            for (String attribute : List.of("Main-Class", "Class-Path", "Spring-Boot-Version", "Implementation-Version")) {
                assertThat(a.getValue(attribute)).as(attribute).isNotBlank().isEqualTo(b.getValue(attribute));
            }
            assertThat(a.getValue("Start-Class")).isNull();
        }
    }

    private static Set<String> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** The entries that hold bytes (a directory entry carries nothing a class loader reads). */
    private static Set<String> entries(JarFile jar) {
        return new TreeSet<>(jar.stream().filter(e -> !e.isDirectory()).map(JarEntry::getName).toList());
    }
}
