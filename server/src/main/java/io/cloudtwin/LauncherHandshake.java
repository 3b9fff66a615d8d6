package io.cloudtwin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * For a server started by another process (cloudtwin-junit's child JVM): {@code cloudtwin.launcher.port-file}
 * receives the port once the server is ready (store migrated, listening), written whole or not at all, so the
 * launcher can use {@code server.port=0} without racing for a free port; {@code cloudtwin.launcher.parent-pid}
 * makes the server exit when that process ends, so a test run that is killed leaves no server behind. Both unset
 * (every other way of running the server): nothing happens.
 */
@Component
public class LauncherHandshake {
    private static final Logger log = LoggerFactory.getLogger(LauncherHandshake.class);

    private final String portFile;
    private final long parentPid;

    public LauncherHandshake(@Value("${cloudtwin.launcher.port-file:}") String portFile,
                             @Value("${cloudtwin.launcher.parent-pid:0}") long parentPid) {
        this.portFile = portFile;
        this.parentPid = parentPid;
    }

    @EventListener
    public void ready(ApplicationReadyEvent event) {
        if (parentPid > 0) {
            var parent = ProcessHandle.of(parentPid);
            if (parent.isEmpty()) exit("the launching process " + parentPid + " is gone");
            parent.ifPresent(p -> p.onExit().thenRun(() -> exit("the launching process " + parentPid + " ended")));
        }
        if (!portFile.isBlank() && event.getApplicationContext() instanceof WebServerApplicationContext web) {
            Path file = Path.of(portFile);
            try {
                Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "port", ".tmp");
                Files.writeString(tmp, String.valueOf(web.getWebServer().getPort()), StandardCharsets.US_ASCII);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the port to " + file, e);
            }
        }
    }

    static void exit(String why) {
        log.info("stopping: {}", why);
        // System.exit runs Spring's shutdown hook: the web server and the store close as on SIGTERM
        new Thread(() -> System.exit(0), "launcher-gone").start();
    }
}
