package io.cloudtwin;

/** Test access to the package-private health check. */
public final class HealthCheckAccess {
    private HealthCheckAccess() {}

    public static int run(String port) {
        return HealthCheck.run(port);
    }
}
