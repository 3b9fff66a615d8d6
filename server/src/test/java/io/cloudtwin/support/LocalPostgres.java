package io.cloudtwin.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A throwaway PostgreSQL cluster from Debian's postgresql package, on a free loopback port, in a temporary
 * directory. As root it runs the server as the postgres user (PostgreSQL refuses root). Without the binaries the
 * tests are skipped, unless CLOUDTWIN_REQUIRE_PG is set (as .ci/run does), then they fail.
 */
public final class LocalPostgres implements AutoCloseable {
    private final int port;
    private final Path bin;
    private final Path dir;
    private final boolean asPostgresUser;

    private LocalPostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public static LocalPostgres start() throws Exception {
        Path bin = findBin();
        if (System.getenv("CLOUDTWIN_REQUIRE_PG") != null && bin == null) {
            throw new IllegalStateException("PostgreSQL binaries not found (Debian package postgresql)");
        }
        Assumptions.assumeTrue(bin != null, "no PostgreSQL here: .ci/run installs it");
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dir = Files.createTempDirectory("cloudtwin-pg");
        if (root) run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
        LocalPostgres pg = new LocalPostgres(bin, dir, freePort(), root);
        pg.pg(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--no-sync"));
        pg.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60",
                "-l", dir.resolve("server.log").toString(), "-o",
                "-p " + pg.port + " -c listen_addresses=127.0.0.1 -k " + dir + " -c max_connections=200 -c fsync=off",
                "start"));
        return pg;
    }

    public int port() {
        return port;
    }

    static Path findBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return null;
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.naturalOrder()).orElse(null);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Runs SQL as the superuser, through psql. */
    public void sql(String statement) throws Exception {
        pg(List.of(bin.resolve("psql").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres",
                "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", statement));
    }

    private void pg(List<String> command) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) full.addAll(List.of("runuser", "-u", "postgres", "--"));
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"));
    }
}
