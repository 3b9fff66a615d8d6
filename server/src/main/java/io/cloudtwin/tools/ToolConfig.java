package io.cloudtwin.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cloudtwin.spec.aliyun.AliyunProduct;

/**
 * {@code java -jar cloudtwin.jar print-config [--endpoint http://127.0.0.1:8080] [--tls-endpoint https://127.0.0.1:8443]}:
 * the settings that point each cloud's own tools at a running cloudtwin - the Terraform provider blocks (alicloud,
 * ucloud), the aliyun CLI and ucloud-cli commands - with the demo account and default regions. Runs without starting
 * the server. The alicloud provider gets the HTTPS port (its SLB listener calls are HTTPS whatever its protocol):
 * --tls-endpoint, else an https --endpoint, else the --endpoint's host on CLOUDTWIN_TLS_PORT (8443); with
 * CLOUDTWIN_TLS_PORT -1 or empty (no HTTPS), the HTTP port. The providers' argument and endpoint keys come from
 * tools/provider-keys.txt (its source named there); every Aliyun product the server serves gets its endpoints key.
 */
public final class ToolConfig {
    public static final String ALIYUN_REGION = "cn-hangzhou";
    public static final String UCLOUD_REGION = "cn-bj2";
    public static final String UCLOUD_ZONE = "cn-bj2-02";
    public static final String UCLOUD_PROJECT = "org-default";
    public static final String ACCOUNT_ID = "1000000000000001";
    public static final String ALIYUN_ACCESS_KEY_ID = "cloudtwin-demo";
    public static final String ALIYUN_ACCESS_KEY_SECRET = "cloudtwin-demo-secret";
    public static final String UCLOUD_PUBLIC_KEY = "cloudtwin-demo-public";
    public static final String UCLOUD_PRIVATE_KEY = "cloudtwin-demo-private";

    private ToolConfig() {}

    /** The command: prints to standard output; answers the exit code (2 for a bad argument, with the usage). */
    public static int run(String[] args, String port, String tlsPort) {
        String endpoint = "http://127.0.0.1:" + (port == null || port.isBlank() ? "8080" : port.strip());
        String tlsEndpoint = null;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--endpoint") && i + 1 < args.length) {
                endpoint = args[++i];
            } else if (a.startsWith("--endpoint=")) {
                endpoint = a.substring("--endpoint=".length());
            } else if (a.equals("--tls-endpoint") && i + 1 < args.length) {
                tlsEndpoint = args[++i];
            } else if (a.startsWith("--tls-endpoint=")) {
                tlsEndpoint = a.substring("--tls-endpoint=".length());
            } else {
                System.err.println("unknown argument: " + a);
                System.err.println("usage: java -jar cloudtwin.jar print-config [--endpoint http://host:port]"
                        + " [--tls-endpoint https://host:port]");
                return 2;
            }
        }
        try {
            if (tlsEndpoint == null) tlsEndpoint = defaultTlsEndpoint(endpoint, tlsPort);
            System.out.print(print(endpoint, tlsEndpoint));
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }

    /** The HTTPS URL of the server at this URL: itself if https, else its host on the TLS port; null: no HTTPS. */
    public static String defaultTlsEndpoint(String endpointUrl, String tlsPort) {
        URI uri = URI.create(endpointUrl.strip());
        if ("https".equalsIgnoreCase(uri.getScheme())) return endpointUrl;
        if (tlsPort != null && (tlsPort.isBlank() || tlsPort.strip().equals("-1"))) return null;
        String port = tlsPort == null || tlsPort.strip().equals("0") ? "8443" : tlsPort.strip();
        return "https://" + (uri.getHost() == null ? "127.0.0.1" : uri.getHost()) + ":" + port;
    }

    /** The whole text for the emulator at this URL (http://host:port), HTTPS on the default port (8443). */
    public static String print(String endpointUrl) {
        return print(endpointUrl, defaultTlsEndpoint(endpointUrl, null));
    }

    /**
     * The whole text for the emulator at this URL (http://host:port) and this HTTPS URL, which the alicloud provider
     * is given; a null HTTPS URL gives it the HTTP port (its SLB listener calls then cannot reach the server).
     */
    public static String print(String endpointUrl, String tlsEndpointUrl) {
        URI uri = url(endpointUrl, "--endpoint");
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String hostPort = hostPort(uri);
        String base = scheme + "://" + hostPort;
        URI tls = tlsEndpointUrl == null ? uri : url(tlsEndpointUrl, "--tls-endpoint");
        String aliyunScheme = tls.getScheme().toLowerCase(Locale.ROOT);
        ProviderKeys keys = ProviderKeys.load();
        StringBuilder out = new StringBuilder();
        out.append("# cloudtwin at ").append(base).append(": the clouds' own tools pointed at it, demo account\n");
        out.append("# (java -jar cloudtwin.jar print-config --endpoint ").append(base);
        if (tlsEndpointUrl != null && !tls.equals(uri)) out.append(" --tls-endpoint ").append(aliyunScheme).append("://").append(hostPort(tls));
        out.append(")\n");
        if (aliyunScheme.equals("https")) {
            out.append("# HTTPS: trust the emulator's CA, e.g. curl -o cloudtwin-ca.pem ").append(base)
                    .append("/_cloudtwin/tls/ca.pem,\n# then SSL_CERT_FILE=cloudtwin-ca.pem terraform apply"
                            + " (terraform init without it: it fetches the providers)\n");
        }
        out.append("\n");
        out.append(terraform(keys, hostPort(tls), aliyunScheme.toUpperCase(Locale.ROOT), base));
        out.append("\n").append(aliyunCli(hostPort, scheme.equals("http")));
        out.append("\n").append(ucloudCli(base));
        return out.toString();
    }

    private static URI url(String text, String option) {
        URI uri = URI.create(text.strip());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(option + " must be an http:// or https:// URL, e.g. http://127.0.0.1:8080");
        }
        return uri;
    }

    private static String hostPort(URI uri) {
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /** The endpoints {} keys, one per Aliyun product the server serves, in AliyunProduct's order. */
    public static List<String> endpointKeys(ProviderKeys keys) {
        List<String> out = new ArrayList<>();
        for (AliyunProduct p : AliyunProduct.values()) {
            String key = keys.productKeys().get(p.cloudName());
            if (key == null) {
                throw new IllegalStateException("tools/provider-keys.txt names no alicloud endpoints key for " + p.cloudName());
            }
            out.add(key);
        }
        return out;
    }

    static String terraform(ProviderKeys keys, String hostPort, String protocol, String base) {
        StringBuilder t = new StringBuilder();
        t.append("# ---- Terraform: provider blocks (a Terraform file). account_type spares the start-up BssOpenApi\n");
        t.append("# call, account_id the STS one; the endpoints keep the provider off its Location lookup.\n");
        t.append("provider \"alicloud\" {\n");
        assignments(t, "  ", "access_key", ALIYUN_ACCESS_KEY_ID, "secret_key", ALIYUN_ACCESS_KEY_SECRET,
                "region", ALIYUN_REGION, "protocol", protocol, "account_type", "Domestic", "account_id", ACCOUNT_ID);
        t.append("  endpoints {\n");
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (String k : endpointKeys(keys)) endpoints.put(k, hostPort);
        assignments(t, "    ", endpoints);
        t.append("  }\n}\n\n");
        t.append("provider \"ucloud\" {\n");
        assignments(t, "  ", "public_key", UCLOUD_PUBLIC_KEY, "private_key", UCLOUD_PRIVATE_KEY, "region", UCLOUD_REGION,
                "project_id", UCLOUD_PROJECT, "base_url", base);
        t.append("}\n");
        return t.toString();
    }

    /** Key, value, key, value ...: written in that order. */
    private static void assignments(StringBuilder t, String indent, String... keysAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) values.put(keysAndValues[i], keysAndValues[i + 1]);
        assignments(t, indent, values);
    }

    private static void assignments(StringBuilder t, String indent, Map<String, String> values) {
        int width = values.keySet().stream().mapToInt(String::length).max().orElse(0);
        values.forEach((k, v) -> t.append(indent).append(k).append(" ".repeat(width - k.length())).append(" = \"")
                .append(v).append("\"\n"));
    }

    static String aliyunCli(String hostPort, boolean http) {
        return "# ---- aliyun CLI: a profile, then every call with --endpoint" + (http ? " (--insecure: plain HTTP)" : "")
                + "\n"
                + "aliyun configure set --profile cloudtwin --mode AK --region " + ALIYUN_REGION
                + " --access-key-id " + ALIYUN_ACCESS_KEY_ID + " --access-key-secret " + ALIYUN_ACCESS_KEY_SECRET + "\n"
                + "aliyun ecs DescribeSecurityGroups --profile cloudtwin --endpoint " + hostPort + (http ? " --insecure" : "")
                + " --RegionId " + ALIYUN_REGION + "\n";
    }

    static String ucloudCli(String base) {
        return "# ---- ucloud-cli: a profile with its base URL (or --base-url on any command)\n"
                + "ucloud config add --profile cloudtwin --active true --public-key " + UCLOUD_PUBLIC_KEY
                + " --private-key " + UCLOUD_PRIVATE_KEY + " --base-url " + base + "/ --region " + UCLOUD_REGION
                + " --zone " + UCLOUD_ZONE + " --project-id " + UCLOUD_PROJECT + "\n"
                + "ucloud uhost list --profile cloudtwin\n";
    }

    /** tools/provider-keys.txt: the providers' argument and endpoint keys, and each product's endpoints key. */
    public record ProviderKeys(List<String> alicloudArguments, List<String> alicloudEndpoints,
                               Map<String, String> productKeys, List<String> ucloudArguments,
                               Map<String, List<String>> values) {
        public static ProviderKeys load() {
            Map<String, List<String>> sections = new LinkedHashMap<>();
            try (InputStream in = ToolConfig.class.getResourceAsStream("/tools/provider-keys.txt")) {
                if (in == null) throw new IllegalStateException("tools/provider-keys.txt missing from the jar");
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) continue;
                    int colon = l.indexOf(':');
                    List<String> words = sections.computeIfAbsent(l.substring(0, colon).strip(), k -> new ArrayList<>());
                    for (String w : l.substring(colon + 1).strip().split("\\s+")) if (!w.isEmpty()) words.add(w);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, String> products = new LinkedHashMap<>();
            for (String pair : sections.getOrDefault("alicloud.product-keys", List.of())) {
                String[] kv = pair.split("=", 2);
                products.put(kv[0], kv[1]);
            }
            return new ProviderKeys(sections.getOrDefault("alicloud.arguments", List.of()),
                    sections.getOrDefault("alicloud.endpoints", List.of()), products,
                    sections.getOrDefault("ucloud.arguments", List.of()), sections);
        }
    }
}
