package io.cloudtwin.junit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.springframework.context.ConfigurableApplicationContext;

/** A running in-process cloudtwin: where to point the SDKs, and the admin operations tests need. */
public final class CloudtwinServer implements AutoCloseable {
    public static final String ALIYUN_ACCESS_KEY_ID = "cloudtwin-demo";
    public static final String ALIYUN_ACCESS_KEY_SECRET = "cloudtwin-demo-secret";
    public static final String UCLOUD_PUBLIC_KEY = "cloudtwin-demo-public";
    public static final String UCLOUD_PRIVATE_KEY = "cloudtwin-demo-private";

    private final ConfigurableApplicationContext context;
    private final int port;

    CloudtwinServer(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    public int port() {
        return port;
    }

    /** host:port, for Aliyun's Config.setEndpoint / request.setSysEndpoint (with protocol HTTP). */
    public String endpoint() {
        return "127.0.0.1:" + port;
    }

    /** http://host:port, for UCloud's Config.setBaseUrl. */
    public String baseUrl() {
        return "http://" + endpoint();
    }

    /** Forgets every resource, nonce and fault rule. */
    public void reset() {
        admin("POST", "/_cloudtwin/reset", "");
    }

    /** Calls the admin API (JSON body) and returns the response body; see docs/admin-api.md. */
    public String admin(String method, String path, String json) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 400) throw new IllegalStateException(method + " " + path + ": " + r.body());
            return r.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spring beans of the running server, for white-box assertions. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
