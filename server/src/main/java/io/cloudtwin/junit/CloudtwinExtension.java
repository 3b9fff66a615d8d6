package io.cloudtwin.junit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.cloudtwin.CloudtwinApplication;

/** The JUnit 5 side of {@link Cloudtwin}: one server per distinct set of properties, closed when the run ends. */
public class CloudtwinExtension implements ParameterResolver, BeforeEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CloudtwinExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CloudtwinServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Cloudtwin config = annotation(context);
        if (config == null || config.resetBeforeEach()) server(context).reset();
    }

    private static Cloudtwin annotation(ExtensionContext context) {
        for (Class<?> c = context.getRequiredTestClass(); c != null; c = c.getEnclosingClass()) {
            Cloudtwin a = c.getAnnotation(Cloudtwin.class);
            if (a != null) return a;
        }
        return null;
    }

    private static CloudtwinServer server(ExtensionContext context) {
        Cloudtwin config = annotation(context);
        String[] properties = config == null ? new String[0] : config.properties();
        String key = "server:" + Arrays.toString(properties);
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> start(properties), CloudtwinServer.class);
    }

    static CloudtwinServer start(String[] properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "spring.datasource.url=jdbc:h2:mem:cloudtwin-junit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=128",
                "spring.main.banner-mode=off"));
        all.addAll(Arrays.asList(properties));
        // as command-line arguments: they must win over application.yml and the environment
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CloudtwinApplication.class)
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new CloudtwinServer(context, port);
    }
}
