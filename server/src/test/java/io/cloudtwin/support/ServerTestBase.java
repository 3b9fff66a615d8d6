package io.cloudtwin.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.aliyuncs.AcsRequest;
import com.aliyuncs.http.ProtocolType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every server test shares one running server (one Spring context) on a random port, with two accounts, and starts
 * from an empty store.
 * <p>
 * With CLOUDTWIN_EXTERNAL_URL (environment variable or system property) set, the tests drive the server at that URL
 * instead, through the same clients (the image check runs the SDK workflow tests against the container this way):
 * the store is reset through its admin API and read back through its state export. Only tests that use the demo
 * account and nothing but baseUrl()/endpoint(), admin(), storeSnapshot() and groupsOf() can run so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "cloudtwin.accounts[0].id=1000000000000001",
        "cloudtwin.accounts[0].name=demo",
        "cloudtwin.accounts[0].aliyun.access-key-id=cloudtwin-demo",
        "cloudtwin.accounts[0].aliyun.access-key-secret=cloudtwin-demo-secret",
        "cloudtwin.accounts[0].ucloud.public-key=cloudtwin-demo-public",
        "cloudtwin.accounts[0].ucloud.private-key=cloudtwin-demo-private",
        "cloudtwin.accounts[0].ucloud.projects[0]=org-default",
        "cloudtwin.accounts[0].ucloud.projects[1]=org-second",
        "cloudtwin.accounts[1].id=2000000000000002",
        "cloudtwin.accounts[1].name=other",
        "cloudtwin.accounts[1].aliyun.access-key-id=other-ak",
        "cloudtwin.accounts[1].aliyun.access-key-secret=other-secret",
        "cloudtwin.accounts[1].ucloud.public-key=other-public",
        "cloudtwin.accounts[1].ucloud.private-key=other-private",
        "cloudtwin.limits.groups-per-instance=10",
        // a read-only transaction that would settle power-state transitions fails the test instead of putting it off
        "cloudtwin.transitions.strict=true",
        "spring.datasource.url=jdbc:h2:mem:cloudtwin-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128",
        "logging.level.cn.ucloud=WARN",
        // the HTTPS port's certificate authority: kept in the build directory, not the user's ~/.cloudtwin/tls
        "cloudtwin.tls.dir=target/tls",
})
public abstract class ServerTestBase {
    public static final String REGION = "cn-hangzhou";
    public static final String AK = "cloudtwin-demo";
    public static final String SECRET = "cloudtwin-demo-secret";
    public static final String UCLOUD_PUBLIC = "cloudtwin-demo-public";
    public static final String UCLOUD_PRIVATE = "cloudtwin-demo-private";

    /** The server to drive instead of the in-process one, or null. */
    public static final String EXTERNAL_URL = externalUrl();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The store under the shared server: "postgres" (cloudtwin.test.store) for a throwaway cluster, else H2. */
    public static final String STORE = System.getProperty("cloudtwin.test.store", "h2");

    @LocalServerPort
    protected int port;

    /**
     * With cloudtwin.test.store=postgres (the build's postgres-store run of the SDK suites), the shared server keeps its
     * state in a throwaway PostgreSQL cluster, migrated by Flyway, instead of in-memory H2: what passes on one store
     * must pass on the other, as the clouds' clients see it.
     */
    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) throws Exception {
        if (!"postgres".equals(STORE)) return;
        LocalPostgres pg = SharedPostgres.CLUSTER;
        registry.add("spring.datasource.url", () -> pg.jdbcUrl("postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    /** One cluster for the test JVM, stopped when it exits. */
    private static final class SharedPostgres {
        static final LocalPostgres CLUSTER = start();

        private static LocalPostgres start() {
            try {
                LocalPostgres pg = LocalPostgres.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (Exception e) {
                        System.err.println("stopping the test PostgreSQL: " + e);
                    }
                }));
                return pg;
            } catch (Exception e) {
                throw new IllegalStateException("cloudtwin.test.store=postgres, but no PostgreSQL cluster: " + e, e);
            }
        }
    }

    @Autowired
    protected JdbcClient jdbc;

    /** The two threads a race test runs its calls on; made on first use, stopped after each test. */
    private ExecutorService racing;

    @BeforeEach
    void resetServer() throws Exception {
        admin("POST", "/_cloudtwin/reset", null);
        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":0}");
    }

    @AfterEach
    void stopRacing() {
        if (racing != null) racing.shutdownNow();
        racing = null;
    }

    /** Two threads to run calls at once on (a race test's), stopped after the test. */
    protected ExecutorService racing() {
        if (racing == null) racing = Executors.newFixedThreadPool(2);
        return racing;
    }

    protected String baseUrl() {
        return EXTERNAL_URL != null ? EXTERNAL_URL : "http://127.0.0.1:" + port;
    }

    /** host:port of the server under test, as the Aliyun SDKs take their endpoint. */
    protected String endpoint() {
        return URI.create(baseUrl()).getAuthority();
    }

    /** A request of the classic SDK (aliyun-java-sdk-core) sent to this server, over HTTP. */
    protected <T extends AcsRequest<?>> T local(T request) {
        request.setSysEndpoint(endpoint());
        request.setSysProtocol(ProtocolType.HTTP);
        return request;
    }

    private static String externalUrl() {
        String url = System.getProperty("CLOUDTWIN_EXTERNAL_URL", System.getenv("CLOUDTWIN_EXTERNAL_URL"));
        return url == null || url.isBlank() ? null : url.replaceAll("/+$", "");
    }

    /** Calls the admin API; returns the status code and body. */
    protected HttpResponse<String> admin(String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every row of every resource table, to show that a refused request changed nothing. */
    protected List<Map<String, Object>> storeSnapshot() {
        if (EXTERNAL_URL != null) {
            Map<String, Object> state = exportedState();
            List<Map<String, Object>> rows = new java.util.ArrayList<>();
            for (String part : new String[] {"securityGroups", "instances"}) rows.addAll(list(state.get(part)));
            return rows;
        }
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String q : new String[] {
                "SELECT * FROM security_group ORDER BY id",
                "SELECT * FROM instance ORDER BY id",
                "SELECT instance_id, group_id, priority, created_at FROM membership ORDER BY instance_id, group_id"}) {
            rows.addAll(jdbc.sql(q).query().listOfRows());
        }
        return rows;
    }

    protected List<String> groupsOf(String instanceId) {
        if (EXTERNAL_URL != null) {
            List<String> groups = new java.util.ArrayList<>();
            for (Map<String, Object> host : list(exportedState().get("instances"))) {
                if (instanceId.equals(host.get("id"))) {
                    for (Map<String, Object> b : list(host.get("securityGroups"))) groups.add((String) b.get("id"));
                }
            }
            groups.sort(null);
            return groups;
        }
        return jdbc.sql("SELECT group_id FROM membership WHERE instance_id = :i ORDER BY group_id")
                .param("i", instanceId).query(String.class).list();
    }

    /** GET /_cloudtwin/state of the server under test. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> exportedState() {
        HttpResponse<String> r;
        try {
            r = admin("GET", "/_cloudtwin/state", null);
        } catch (Exception e) {
            throw new IllegalStateException("state export of " + EXTERNAL_URL, e);
        }
        if (r.statusCode() != 200) throw new IllegalStateException("state export: " + r.statusCode() + " " + r.body());
        return JSON.readValue(r.body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
