package io.cloudtwin.dialect;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The servlet container's own answers in the cloud's format: Tomcat's error report valve replaced by
 * CloudErrorValve, and TRACE let through to the dialects (which refuse it as UnsupportedHTTPMethod) instead of
 * Tomcat's 405. Spring's /error page is switched off in application.yml (spring.autoconfigure.exclude).
 */
@Component
class ContainerConfig implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {
    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
        factory.addContextCustomizers(context -> {
            if (!(context.getParent() instanceof StandardHost host)) return;
            host.setErrorReportValveClass(CloudErrorValve.class.getName());
            for (Valve v : host.getPipeline().getValves()) {
                if (v instanceof ErrorReportValve && !(v instanceof CloudErrorValve)) host.getPipeline().removeValve(v);
            }
            boolean present = false;
            for (Valve v : host.getPipeline().getValves()) present |= v instanceof CloudErrorValve;
            if (!present) host.getPipeline().addValve(new CloudErrorValve());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
