package io.cloudtwin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * docs/terraform.md and docs/cli.md show what print-config prints: their code blocks are its output for
 * http://127.0.0.1:8080, so the provider blocks a user copies from the docs carry the keys ToolConfigTest checks
 * against the providers' schemas and the served products.
 */
class TerraformDocTest {
    private static final String ENDPOINT = "http://127.0.0.1:8080";

    private static List<String> codeBlocks(String doc) throws Exception {
        String text = Files.readString(Path.of(System.getProperty("cloudtwin.repo.dir", "..")).resolve("docs").resolve(doc));
        List<String> out = new ArrayList<>();
        int at = 0;
        while ((at = text.indexOf("```", at)) >= 0) {
            int start = text.indexOf('\n', at) + 1;
            int end = text.indexOf("```", start);
            out.add(text.substring(start, end));
            at = end + 3;
        }
        return out;
    }

    /** The lines that are not comments (print-config's comments say where they come from; the docs say it in prose). */
    private static String withoutComments(String block) {
        StringBuilder out = new StringBuilder();
        for (String line : block.split("\n")) if (!line.strip().startsWith("#")) out.append(line).append('\n');
        return out.toString().strip();
    }

    @Test
    void theTerraformPageShowsThePrintedProviderBlocks() throws Exception {
        String printed = ToolConfig.terraform(ToolConfig.ProviderKeys.load(), "127.0.0.1:8443", "HTTPS", ENDPOINT);
        assertThat(codeBlocks("terraform.md")).first().satisfies(b ->
                assertThat(withoutComments(b)).isEqualTo(withoutComments(printed)));
        assertThat(withoutComments(printed)).contains("endpoints {", "slb", "location", "sts", "bssopenapi", "base_url");
    }

    @Test
    void theCliPageShowsThePrintedCommands() throws Exception {
        List<String> blocks = codeBlocks("cli.md");
        assertThat(withoutComments(blocks.get(0))).isEqualTo(withoutComments(ToolConfig.aliyunCli("127.0.0.1:8080", true)));
        assertThat(withoutComments(blocks.get(1))).isEqualTo(withoutComments(ToolConfig.ucloudCli(ENDPOINT)));
    }
}
