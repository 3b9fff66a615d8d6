package io.cloudtwin.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.cloudtwin.spec.aliyun.AliyunProduct;

/**
 * print-config: its Terraform blocks use only the providers' own argument and endpoint keys (tools/provider-keys.txt,
 * read from the providers' provider.go), give every Aliyun product the server serves its endpoints key, and point
 * every tool at the given server.
 */
class ToolConfigTest {
    private static final ToolConfig.ProviderKeys KEYS = ToolConfig.ProviderKeys.load();
    private final String text = ToolConfig.print("http://127.0.0.1:4566");

    /** The assignments of one block, by the block's opening line; nested blocks are read on their own. */
    private Map<String, String> block(String opening) {
        int start = text.indexOf(opening);
        assertThat(start).as("block " + opening + " in\n" + text).isNotNegative();
        Map<String, String> out = new LinkedHashMap<>();
        int depth = 0;
        for (String line : text.substring(start).split("\n")) {
            String l = line.strip();
            if (l.endsWith("{")) {
                depth++;
                if (depth == 2) out.put(l.substring(0, l.length() - 1).strip(), "{block}");
                continue;
            }
            if (l.equals("}")) {
                if (--depth == 0) break;
                continue;
            }
            Matcher m = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"").matcher(l);
            if (depth == 1 && m.matches()) out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void theKeyListIsTheProvidersWhole() {
        // provider.go's endpointsSchema() holds 160 keys (with the deprecated aliases); the file must not lose any
        assertThat(KEYS.alicloudEndpoints()).hasSize(160).doesNotHaveDuplicates().contains("ecs", "vpc", "slb", "sts",
                "location", "bssopenapi");
        assertThat(KEYS.ucloudArguments()).contains("base_url", "project_id", "region");
    }

    @Test
    void alicloudBlockUsesTheProvidersKeysOnly() {
        Map<String, String> provider = block("provider \"alicloud\" {");
        assertThat(KEYS.alicloudArguments()).containsAll(provider.keySet());
        // HTTPS on the TLS port: the provider sends its SLB listener calls over HTTPS whatever its protocol
        assertThat(provider).containsEntry("protocol", "HTTPS").containsEntry("account_type", "Domestic")
                .containsEntry("access_key", "cloudtwin-demo").containsEntry("secret_key", "cloudtwin-demo-secret")
                .containsEntry("endpoints", "{block}");
        assertThat(KEYS.values().get("alicloud.protocol.values")).contains(provider.get("protocol"));
        assertThat(KEYS.values().get("alicloud.account_type.values")).contains(provider.get("account_type"));

        Map<String, String> endpoints = block("  endpoints {");
        assertThat(KEYS.alicloudEndpoints()).containsAll(endpoints.keySet());
        assertThat(endpoints.values()).containsOnly("127.0.0.1:8443");
        assertThat(text).contains("curl -o cloudtwin-ca.pem http://127.0.0.1:4566/_cloudtwin/tls/ca.pem", "SSL_CERT_FILE=");

        // HTTPS off: the HTTP port; an HTTPS port of its own
        String off = ToolConfig.print("http://127.0.0.1:4566", ToolConfig.defaultTlsEndpoint("http://127.0.0.1:4566", "-1"));
        assertThat(off).containsPattern("protocol +=  ?\"HTTP\"").containsPattern("ecs +=  ?\"127.0.0.1:4566\"")
                .doesNotContain("SSL_CERT_FILE");
        assertThat(ToolConfig.print("http://127.0.0.1:4566", ToolConfig.defaultTlsEndpoint("http://127.0.0.1:4566", "9443")))
                .containsPattern("ecs +=  ?\"127.0.0.1:9443\"");
        assertThat(ToolConfig.print("http://10.0.0.5:8080", "https://cloudtwin.internal:443"))
                .containsPattern("ecs +=  ?\"cloudtwin.internal:443\"").contains("--tls-endpoint https://cloudtwin.internal:443");
    }

    @Test
    void everyProductTheServerServesHasItsEndpoint() {
        Map<String, String> endpoints = block("  endpoints {");
        for (AliyunProduct p : AliyunProduct.values()) {
            String key = KEYS.productKeys().get(p.cloudName());
            assertThat(key).as("endpoints key of " + p.cloudName()).isNotNull().isIn(KEYS.alicloudEndpoints());
            assertThat(endpoints).as(p.cloudName()).containsKey(key);
            // served: its metadata is in the jar, and the server routes its host label to it
            assertThat(ToolConfigTest.class.getResource(p.resource())).as(p.resource()).isNotNull();
            assertThat(AliyunProduct.byHostLabel(p.hostPrefix())).isEqualTo(p);
        }
        assertThat(endpoints).hasSize(AliyunProduct.values().length);
    }

    @Test
    void ucloudBlockUsesTheProvidersKeysOnly() {
        Map<String, String> provider = block("provider \"ucloud\" {");
        assertThat(KEYS.ucloudArguments()).containsAll(provider.keySet());
        // region and project_id are Required in the provider's schema
        assertThat(provider).containsEntry("base_url", "http://127.0.0.1:4566").containsEntry("region", "cn-bj2")
                .containsEntry("project_id", "org-default").containsEntry("public_key", "cloudtwin-demo-public");
    }

    @Test
    void cliSettingsPointAtTheServer() {
        assertThat(text).contains("aliyun configure set --profile cloudtwin --mode AK --region cn-hangzhou "
                        + "--access-key-id cloudtwin-demo --access-key-secret cloudtwin-demo-secret")
                .contains("--endpoint 127.0.0.1:4566 --insecure")
                .contains("ucloud config add --profile cloudtwin --active true --public-key cloudtwin-demo-public "
                        + "--private-key cloudtwin-demo-private --base-url http://127.0.0.1:4566/ --region cn-bj2");
        String https = ToolConfig.print("https://cloudtwin.internal");
        assertThat(https).containsPattern("protocol +=  ?\"HTTPS\"").containsPattern("ecs +=  ?\"cloudtwin.internal\"")
                .doesNotContain("--insecure");
    }

    @Test
    void theCommandPrintsForItsEndpointAndRefusesOtherArguments() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            assertThat(ToolConfig.run(new String[] {"print-config"}, "9090", null)).isZero();
            assertThat(ToolConfig.run(new String[] {"print-config", "--endpoint=http://10.0.0.5:8080"}, null, null)).isZero();
            assertThat(ToolConfig.run(new String[] {"print-config", "--port", "1"}, null, null)).isEqualTo(2);
            assertThat(ToolConfig.run(new String[] {"print-config", "--endpoint", "localhost:8080"}, null, null)).isEqualTo(2);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String printed = buf.toString(StandardCharsets.UTF_8);
        assertThat(printed).containsPattern("base_url +=  ?\"http://127.0.0.1:9090\"")
                .containsPattern("base_url +=  ?\"http://10.0.0.5:8080\"");
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("usage: java -jar cloudtwin.jar print-config")
                .contains("--endpoint must be an http:// or https:// URL");
        assertThat(List.of(printed.split("\n"))).filteredOn(l -> l.startsWith("provider ")).hasSize(4);
    }
}
