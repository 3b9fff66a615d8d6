package io.cloudtwin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** `java -jar cloudtwin.jar healthcheck`: 0 if the local server answers /_cloudtwin/health with UP, else 1. */
final class HealthCheck {
    private HealthCheck() {}

    static int run(String port) {
        String p = port == null || port.isBlank() ? "8080" : port.trim();
        try {
            HttpResponse<String> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + p + "/_cloudtwin/health"))
                            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains("UP") ? 0 : 1;
        } catch (Exception e) {
            return 1;
        }
    }
}
