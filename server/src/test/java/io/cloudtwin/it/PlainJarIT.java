package io.cloudtwin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A plain {@code java -jar} of the packaged server builds its context from Spring's AOT-generated initializers (as the
 * image does with its explicit flag), and an explicit {@code -Dspring.aot.enabled=false} turns that off.
 */
class PlainJarIT {
    @Test
    void thePackagedJarStartsAotProcessedUnlessToldOtherwise() throws Exception {
        for (String name : List.of("plain-jar", "plain-jar-no-aot")) {
            Files.deleteIfExists(java.nio.file.Path.of("target", "it-logs", name + ".log"));
        }
        try (ServerProcess plain = ServerProcess.start("plain-jar", Map.of())) {
            assertThat(Files.readString(plain.log)).contains("Starting AOT-processed CloudtwinApplication");
        }
        try (ServerProcess off = ServerProcess.start("plain-jar-no-aot", Map.of(), List.of("-Dspring.aot.enabled=false"))) {
            assertThat(Files.readString(off.log)).contains("Starting CloudtwinApplication")
                    .doesNotContain("AOT-processed");
        }
    }
}
