package io.cloudtwin.testcontainers;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;

/**
 * Whether these tests can run: a Docker-compatible engine Testcontainers can reach (DOCKER_HOST, e.g. podman's API
 * socket) and the image under test. Without them the tests are skipped, saying so - unless
 * CLOUDTWIN_REQUIRE_TESTCONTAINERS is set (.ci/image-check sets it, after building the image): then they fail.
 * The image: system property or environment variable CLOUDTWIN_IMAGE, else {@link CloudtwinContainer#defaultImage()}.
 */
final class ContainerRuntime implements ExecutionCondition {
    private static volatile String problem;
    private static volatile boolean checked;

    static boolean required() {
        String v = System.getenv("CLOUDTWIN_REQUIRE_TESTCONTAINERS");
        return v != null && !v.isBlank() && !v.equals("0");
    }

    static DockerImageName image() {
        String name = System.getProperty("CLOUDTWIN_IMAGE", System.getenv("CLOUDTWIN_IMAGE"));
        return name == null || name.isBlank() ? CloudtwinContainer.defaultImage() : DockerImageName.parse(name);
    }

    /** Disables (or, where required, fails) the test class unless containers of the image can run. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!checked) {
            problem = problem();
            checked = true;
        }
        if (problem == null) return ConditionEvaluationResult.enabled("a container engine and " + image());
        if (required()) throw new IllegalStateException("CLOUDTWIN_REQUIRE_TESTCONTAINERS is set, but " + problem);
        String reason = "cloudtwin-testcontainers tests skipped: " + problem
                + " (CLOUDTWIN_REQUIRE_TESTCONTAINERS=1 makes this a failure; .ci/image-check runs them)";
        System.err.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    private static String problem() {
        String problem = null;
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            problem = "no Docker-compatible engine reachable (set DOCKER_HOST, e.g. unix:///tmp/podman.sock from "
                    + "`podman system service --time=0 unix:///tmp/podman.sock`)";
        } else {
            try {
                DockerClientFactory.instance().client().inspectImageCmd(image().asCanonicalNameString()).exec();
            } catch (RuntimeException e) {
                problem = "image " + image().asCanonicalNameString() + " not found by the engine (build it: "
                        + "podman build -t " + image().asCanonicalNameString() + " .; or name one with CLOUDTWIN_IMAGE): "
                        + e.getMessage();
            }
        }
        return problem;
    }
}
