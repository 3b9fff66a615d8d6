package io.cloudtwin.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What ArchUnit cannot see in class files: no class is named by its full name inline in server/src/main (imports name
 * them), outside comments and string literals (the code generator writes names into strings on purpose).
 */
class SourceStyleTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|jakarta|org|io|tools|com)(?:\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");

    @Test
    void noFullyQualifiedClassNamesInline() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                boolean inComment = false;
                int n = 0;
                for (String line : Files.readAllLines(f)) {
                    n++;
                    String s = line.strip();
                    if (inComment) {
                        if (s.contains("*/")) inComment = false;
                        continue;
                    }
                    if (s.startsWith("/*")) {
                        inComment = !s.contains("*/");
                        continue;
                    }
                    if (s.startsWith("*") || s.startsWith("//") || s.startsWith("import ") || s.startsWith("package ")) continue;
                    String code = s.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*", "");
                    var m = QUALIFIED.matcher(code);
                    if (m.find()) found.add(MAIN.relativize(f) + ":" + n + " " + m.group());
                }
            }
        }
        assertThat(found).as("fully qualified names inline (import them)").isEmpty();
    }
}
