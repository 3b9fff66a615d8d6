package io.cloudtwin;

import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import io.cloudtwin.launch.FastStart;
import io.cloudtwin.tools.ToolConfig;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CloudtwinApplication {
    /**
     * Starts the server. {@code healthcheck} as the first argument instead asks a running server on CLOUDTWIN_PORT
     * (8080) for /_cloudtwin/health and exits 0 or 1: the container health check, with no curl in the image.
     * {@code print-config [--endpoint URL] [--tls-endpoint URL]} prints the Terraform provider blocks and the aliyun / ucloud CLI settings
     * for a server at that URL (default http://127.0.0.1:CLOUDTWIN_PORT) and exits (tools/ToolConfig).
     * CLOUDTWIN_DATA_DIR (when CLOUDTWIN_DB_URL is not set) keeps the store in an H2 file there.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("healthcheck")) System.exit(HealthCheck.run(System.getenv("CLOUDTWIN_PORT")));
        if (args.length > 0 && args[0].equals("print-config")) {
            System.exit(ToolConfig.run(args, System.getenv("CLOUDTWIN_PORT"), System.getenv("CLOUDTWIN_TLS_PORT")));
        }
        FastStart.watchLauncherIfChild();
        String dataDir = System.getenv("CLOUDTWIN_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank() && System.getenv("CLOUDTWIN_DB_URL") == null
                && System.getProperty("spring.datasource.url") == null) {
            System.setProperty("spring.datasource.url", fileUrl(dataDir));
        }
        if (System.getProperty("spring.aot.enabled") == null && runsFromAotProcessedJar()) {
            System.setProperty("spring.aot.enabled", "true");
        }
        SpringApplication.run(CloudtwinApplication.class, args);
    }

    /**
     * True when this class comes from the packaged jar, whose build ran Spring's AOT processing: then the context is
     * built from the generated initializers (about 0.5 s less to start for a plain {@code java -jar}), as the image
     * does. Classes from a directory (an IDE, {@code spring-boot:run}, tests) start as ordinary Spring; an explicit
     * {@code -Dspring.aot.enabled=false} is respected.
     */
    static boolean runsFromAotProcessedJar() {
        var source = CloudtwinApplication.class.getProtectionDomain().getCodeSource();
        if (source == null || !source.getLocation().toString().contains(".jar")) return false;
        try {
            Class.forName(CloudtwinApplication.class.getName() + "__ApplicationContextInitializer", false,
                    CloudtwinApplication.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The durable H2 store: every commit reaches the file before the request is answered (WRITE_DELAY=0). */
    public static String fileUrl(String dataDir) {
        return "jdbc:h2:file:" + Path.of(dataDir).toAbsolutePath().resolve("cloudtwin")
                + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128";
    }
}
