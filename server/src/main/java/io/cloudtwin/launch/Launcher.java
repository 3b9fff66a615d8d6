package io.cloudtwin.launch;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.Set;

/**
 * The executable jar's Main-Class, copied to the jar's root by the build (server/pom.xml, after Spring Boot's
 * repackaging), so that it runs on the JDK's own class loader before anything of Spring Boot's is loaded. A plain
 * {@code java -jar} re-launches the server from here ({@link FastStart}); every other launch, or one whose re-launch
 * is not possible, goes on to Spring Boot's {@code JarLauncher}, which starts the server in this JVM as before.
 *
 * <p>Only JDK classes may be used here and in {@link FastStart}: nothing else is on the class path at the jar's root.
 */
public final class Launcher {
    private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";
    /** The commands the jar answers and exits (the health check, print-config): never worth a re-launch. */
    private static final Set<String> COMMANDS = Set.of("healthcheck", "print-config");

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        boolean command = args.length > 0 && COMMANDS.contains(args[0]);
        if (!command && System.getProperty("jarmode") == null) {
            Optional<Integer> relaunched = FastStart.relaunch(args);
            if (relaunched.isPresent()) System.exit(relaunched.get());
        }
        try {
            Class.forName(BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
