package vn.nghedan.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, before any filter or controller runs: an address it cannot read
 * ({@code %2F}, {@code %00}, a raw {@code <} in the query), a request header too large (a
 * runaway Basic credential). Its own report is an English HTML page naming Tomcat; under
 * {@code /api} and the webhooks ({@link ApiPaths}) this one is the API's JSON error body,
 * elsewhere a short Vietnamese page. Errors that reach Spring keep Spring's handling: this valve
 * writes only when nothing was written.
 */
final class PlainErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        boolean api = ApiPaths.isApi(request.getRequestURI());
        try {
            response.setContentType(api ? "application/json" : "text/html");
            response.setCharacterEncoding("utf-8");
            response.setHeader("Cache-Control", "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? PlainErrors.json(status, null) : PlainErrors.html(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the response cannot take a body: nothing more to tell.
        }
    }

    /**
     * Installed on the host in place of Tomcat's report (and of the one Spring Boot adds), after
     * Spring Boot's own customizers.
     */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers((TomcatContextCustomizer) context -> install(context.getParent()));
        }

        static void install(Container parent) {
            if (!(parent instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(PlainErrorReportValve.class.getName());
            host.getPipeline().addValve(new PlainErrorReportValve());
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
