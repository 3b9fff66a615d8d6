package io.cloudtwin.testcontainers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import com.github.dockerjava.api.command.InspectContainerResponse;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

import io.cloudtwin.admin.client.AdminOperations;
import io.cloudtwin.admin.client.CloudtwinAdmin;
import io.cloudtwin.admin.client.Demo;

/**
 * The cloudtwin image as a Testcontainers container, shaped like {@code LocalStackContainer}: one port serves the
 * Aliyun (ECS, VPC, SLB ...) and UCloud APIs and the admin API. It is started once /_cloudtwin/health answers UP.
 *
 * <pre>
 * &#64;Container static CloudtwinContainer cloud = new CloudtwinContainer().withTransitionDelay(Duration.ofSeconds(2));
 *
 * Client ecs = new Client(new Config().setEndpoint(cloud.getAliyunEndpoint()).setProtocol("HTTP")
 *         .setRegionId(cloud.getAliyunRegion())
 *         .setAccessKeyId(cloud.getAliyunAccessKeyId()).setAccessKeySecret(cloud.getAliyunAccessKeySecret()));
 * config.setBaseUrl(cloud.getUcloudBaseUrl());          // UCloud
 * cloud.addFault(Fault.aliyun("LeaveSecurityGroup").errorCode("ServiceUnavailable").times(1));
 * </pre>
 *
 * Settings are the server's environment variables (docs/configuration.md); the admin operations
 * ({@link AdminOperations}: reset, fixtures, faults, security locks, transition delay, id seed, request log) are
 * methods, through the same client as cloudtwin-junit's.
 */
public class CloudtwinContainer extends GenericContainer<CloudtwinContainer> implements AdminOperations {
    /** The port the image listens on. */
    public static final int PORT = 8080;
    /** The image's HTTPS port: the same server, TLS with a certificate from the container's own CA ({@link #getCaCertificatePem}). */
    public static final int TLS_PORT = 8443;
    /** Where a fixture given to {@link #withFixture} is put in the container. */
    public static final String FIXTURE_PATH = "/tmp/cloudtwin-fixture";

    private CloudtwinAdmin admin;
    /** The fixture given to {@link #withFixture} (null: none), on the host: a reused container imports it again. */
    private Path fixture;
    private boolean fixtureYaml;

    /** This build's image, {@code cloudtwin:<version>} (as {@code podman build -t cloudtwin:<version> .} makes it). */
    public CloudtwinContainer() {
        this(defaultImage());
    }

    /** Another image or tag, e.g. "cloudtwin:latest". */
    public CloudtwinContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public CloudtwinContainer(DockerImageName image) {
        super(image);
        withExposedPorts(PORT, TLS_PORT);
        waitingFor(Wait.forHttp("/_cloudtwin/health").forPort(PORT).forStatusCode(200)
                .forResponsePredicate(body -> body.contains("\"UP\"")).withStartupTimeout(Duration.ofMinutes(3)));
    }

    /** The default image's name, from this module's build: cloudtwin:&lt;version&gt;. */
    public static DockerImageName defaultImage() {
        try (InputStream in = CloudtwinContainer.class.getResourceAsStream("image.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return DockerImageName.parse(p.getProperty("image", "cloudtwin:latest"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void configure() {
        // the admin API answers only Host names it knows: loopback names, IP literals, and these
        withEnv("CLOUDTWIN_ADMIN_HOSTS", getHost());
        // ... and the HTTPS certificate names it besides loopback
        withEnv("CLOUDTWIN_TLS_HOSTS", getHost());
    }

    // ---- settings (environment of the server, docs/configuration.md) ----

    /** false: requests are not checked for signatures, timestamps or nonces (CLOUDTWIN_VERIFY_SIGNATURES). */
    public CloudtwinContainer withSignatures(boolean verify) {
        return withEnv("CLOUDTWIN_VERIFY_SIGNATURES", String.valueOf(verify));
    }

    /** How long Pending/Starting/Stopping last from the start (CLOUDTWIN_TRANSITION_DELAY); settable later too. */
    public CloudtwinContainer withTransitionDelay(Duration delay) {
        if (delay.isNegative()) throw new IllegalArgumentException("delay < 0: " + delay);
        return withEnv("CLOUDTWIN_TRANSITION_DELAY", delay.toMillis() + "ms");
    }

    /** Every generated id and request id reproducible from this seed (CLOUDTWIN_ID_SEED; docs/admin-api.md). */
    public CloudtwinContainer withIdSeed(long seed) {
        return withEnv("CLOUDTWIN_ID_SEED", String.valueOf(seed));
    }

    /** A fixture from the class path (.yaml/.yml as YAML, else JSON) imported at startup (CLOUDTWIN_SEED). */
    public CloudtwinContainer withFixture(String classpathResource) {
        return withFixture(MountableFile.forClasspathResource(classpathResource, 0644), classpathResource);
    }

    /** A fixture file imported at startup. */
    public CloudtwinContainer withFixture(Path file) {
        return withFixture(MountableFile.forHostPath(file, 0644), file.getFileName().toString());
    }

    private CloudtwinContainer withFixture(MountableFile file, String name) {
        String target = FIXTURE_PATH + (name.endsWith(".yaml") || name.endsWith(".yml") ? ".yaml" : ".json");
        fixture = Path.of(file.getResolvedPath());
        fixtureYaml = target.endsWith(".yaml");
        return withCopyFileToContainer(file, target).withEnv("CLOUDTWIN_SEED", target);
    }

    /**
     * A container Testcontainers reused ({@code withReuse(true)} with reuse enabled) still holds what the last run
     * made in it. It is reset, and its fixture imported again, so that every run starts from what a new container
     * starts from, as a server cloudtwin-junit keeps between runs does (a reset keeps the id seed and starts it over).
     */
    @Override
    protected void containerIsStarted(InspectContainerResponse info, boolean reused) {
        super.containerIsStarted(info, reused);
        if (!reused) return;
        reset();
        if (fixture == null) return;
        try {
            admin().importState(Files.readString(fixture, StandardCharsets.UTF_8), fixtureYaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- where to point the SDKs ----

    /** host:port, as the Aliyun SDKs take their endpoint (with protocol HTTP). */
    public String getAliyunEndpoint() {
        return getHost() + ":" + getMappedPort(PORT);
    }

    /** host:port of the HTTPS port, as the Aliyun SDKs take their endpoint with protocol HTTPS (the Terraform provider's). */
    public String getAliyunTlsEndpoint() {
        return getHost() + ":" + getMappedPort(TLS_PORT);
    }

    /**
     * The CA certificate (PEM) that signs the HTTPS port's certificate, from /_cloudtwin/tls/ca.pem: trust it (tea
     * SDK {@code Config.setCa}, a Java trust store, {@code SSL_CERT_FILE}) to call {@link #getAliyunTlsEndpoint}.
     */
    public String getCaCertificatePem() {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(getBaseUrl() + "/_cloudtwin/tls/ca.pem")).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IllegalStateException("no CA certificate: HTTP " + r.statusCode());
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** http://host:port, UCloud's Config.setBaseUrl. */
    public String getUcloudBaseUrl() {
        return getBaseUrl();
    }

    /** http://host:port: both clouds' APIs, the admin API, the console (/_cloudtwin/ui). */
    public String getBaseUrl() {
        return "http://" + getAliyunEndpoint();
    }

    public String getAliyunAccessKeyId() {
        return Demo.ALIYUN_ACCESS_KEY_ID;
    }

    public String getAliyunAccessKeySecret() {
        return Demo.ALIYUN_ACCESS_KEY_SECRET;
    }

    public String getUcloudPublicKey() {
        return Demo.UCLOUD_PUBLIC_KEY;
    }

    public String getUcloudPrivateKey() {
        return Demo.UCLOUD_PRIVATE_KEY;
    }

    /** The UCloud project every demo request lands in when it names none. */
    public String getUcloudProjectId() {
        return Demo.UCLOUD_PROJECT_ID;
    }

    /** cn-hangzhou (any Aliyun region works). */
    public String getAliyunRegion() {
        return Demo.ALIYUN_REGION;
    }

    /** cn-bj2 (any documented UCloud region works). */
    public String getUcloudRegion() {
        return Demo.UCLOUD_REGION;
    }

    // ---- admin operations ----

    /** The admin API of this container (every admin operation is also a method here, from AdminOperations). */
    @Override
    public synchronized CloudtwinAdmin admin() {
        if (!isRunning()) throw new IllegalStateException("cloudtwin: the container is not running");
        String base = getBaseUrl();
        if (admin == null || !admin.baseUrl().equals(base)) {
            admin = new CloudtwinAdmin(base, () -> "container " + getContainerName() + ", image " + getDockerImageName());
        }
        return admin;
    }
}
