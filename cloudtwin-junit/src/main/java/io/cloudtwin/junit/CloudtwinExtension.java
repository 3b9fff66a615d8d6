package io.cloudtwin.junit;

import java.util.Arrays;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit 5 side of {@link Cloudtwin}: one server per distinct set of properties, kept in the root context's store
 * so that every test class of the run shares it, and closed by JUnit when the run ends (with
 * {@code -Dcloudtwin.reuse=true}, a server kept between runs: {@link CloudtwinServer#startOrReuse}).
 */
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
                .getOrComputeIfAbsent(key, k -> CloudtwinServer.startOrReuse(properties), CloudtwinServer.class);
    }
}
