package io.cloudtwin.it;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

import io.cloudtwin.support.LocalPostgres;

/** Reads docker-compose.yml and the Dockerfile, so the tests run the jar with exactly the settings they give. */
final class ComposeFile {
    private ComposeFile() {}

    /** A file of the checkout's root (failsafe names it; the tests run in server/). */
    static Path repoFile(String name) {
        return Path.of(System.getProperty("cloudtwin.repo.dir", "..")).resolve(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws Exception {
        try (Reader r = Files.newBufferedReader(repoFile("docker-compose.yml"))) {
            Map<String, Object> doc = new Yaml().load(r);
            Map<String, Object> services = (Map<String, Object>) doc.get("services");
            Map<String, Object> s = (Map<String, Object>) services.get(name);
            if (s == null) throw new IllegalStateException("no service " + name + " in docker-compose.yml");
            return s;
        }
    }

    /**
     * The environment of docker-compose.yml's cloudtwin-pg service, pointed at this cluster, after making the role and
     * database of its postgres service there; without CLOUDTWIN_PORT, so that each process takes a port of its own.
     */
    static Map<String, String> serverEnvironment(LocalPostgres pg) throws Exception {
        Map<String, String> compose = environment("cloudtwin-pg");
        Map<String, String> pgService = environment("postgres");
        pg.sql("CREATE ROLE " + pgService.get("POSTGRES_USER") + " LOGIN PASSWORD '" + pgService.get("POSTGRES_PASSWORD") + "'");
        pg.sql("CREATE DATABASE " + pgService.get("POSTGRES_DB") + " OWNER " + pgService.get("POSTGRES_USER"));
        Map<String, String> env = new HashMap<>(compose);
        env.remove("CLOUDTWIN_PORT");
        env.put("CLOUDTWIN_DB_URL", compose.get("CLOUDTWIN_DB_URL").replace("postgres:5432", "127.0.0.1:" + pg.port()));
        return env;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> environment(String serviceName) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        Object env = service(serviceName).get("environment");
        if (env instanceof Map<?, ?> m) m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        return out;
    }

    /** host path -> container path of the service's bind mounts. */
    @SuppressWarnings("unchecked")
    static Map<String, String> volumes(String serviceName) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        Object vols = service(serviceName).get("volumes");
        if (vols instanceof List<?> l) {
            for (Object v : l) {
                String[] parts = String.valueOf(v).split(":");
                out.put(parts[0], parts[1]);
            }
        }
        return out;
    }

    /** The value of an ENV line of the Dockerfile's final stage (quotes removed). */
    static String dockerfileEnv(String name) throws Exception {
        String value = null;
        for (String line : Files.readAllLines(repoFile("Dockerfile"))) {
            if (line.startsWith("ENV " + name + "=")) value = line.substring(("ENV " + name + "=").length());
        }
        if (value == null) throw new IllegalStateException("no ENV " + name + " in Dockerfile");
        return value.replaceAll("^\"|\"$", "");
    }

    /** The command of the Dockerfile's HEALTHCHECK. */
    static String healthcheckCommand() throws Exception {
        for (String line : Files.readAllLines(repoFile("Dockerfile"))) {
            if (line.startsWith("HEALTHCHECK")) return line.substring(line.indexOf(" CMD ") + 5).trim();
        }
        throw new IllegalStateException("no HEALTHCHECK in Dockerfile");
    }
}
