import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.cloudtwin.junit.CloudtwinServer;

/**
 * cloudtwin-junit's own start, in a fresh JVM: from this JVM's start to the first answer of a server started as
 * {@code @Cloudtwin} starts it (CloudtwinServer.startOrReuse, which the extension calls: a start, or with
 * -Dcloudtwin.reuse=true a kept server), and the server's resident memory.
 * bench/run compiles and runs it with cloudtwin-junit and the JUnit API on the class path:
 *   java -cp target/bench-classes:cloudtwin-junit.jar:junit-jupiter-api.jar -Dcloudtwin.server.jar=server/target/cloudtwin.jar ExtensionStart
 */
public class ExtensionStart {
    public static void main(String[] args) throws Exception {
        // bench/run passes the wall-clock time at which it launched this JVM (date +%s%3N); ProcessHandle's start
        // instant is not usable here: Linux gives the boot time in whole seconds (/proc/stat btime), so every process's
        // start instant is off by the same fraction of a second (0.7 s on the machine that found it)
        String launched = System.getProperty("bench.launched");
        Instant jvmStart = launched != null ? Instant.ofEpochMilli(Long.parseLong(launched))
                : ProcessHandle.current().info().startInstant().orElseThrow();
        long t0 = System.nanoTime();
        // -Dcloudtwin.reuse=true: what @Cloudtwin does then (CloudtwinServer.startOrReuse): the first run starts and keeps
        // the server, a later one takes it over; -Dbench.stop-kept=true stops the kept server afterwards
        try (CloudtwinServer server = CloudtwinServer.startOrReuse()) {
            long startMs = (System.nanoTime() - t0) / 1_000_000;
            long sinceJvm = Duration.between(jvmStart, Instant.now()).toMillis();
            server.reset();
            String how = !server.kept() ? "CloudtwinServer.start" : server.startMillis() == 0
                    ? "CloudtwinServer.startOrReuse, the kept server taken over" : "CloudtwinServer.startOrReuse, a server started and kept";
            System.out.printf("cloudtwin-junit start: %d ms in %s, %d ms from a fresh JVM to the first"
                    + " answer; server resident memory %d MB (%s)%n", startMs, how, sinceJvm, rssKb(server.pid()) / 1024,
                    System.getProperty("cloudtwin.jvm.options", "default JVM options"));
            if (Boolean.getBoolean("bench.stop-kept")) ProcessHandle.of(server.pid()).ifPresent(ProcessHandle::destroy);
        }
    }

    static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        return -1;
    }
}
