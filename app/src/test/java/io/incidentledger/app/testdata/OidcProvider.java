package io.incidentledger.app.testdata;

import io.incidentledger.oidcprovider.OidcProviderConfiguration;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider for the console's tests: Spring Authorization Server in a context of its own on a
 * random port at {@code localhost} (the app is browsed at 127.0.0.1, so the two never share cookies).
 */
public final class OidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = OidcProviderConfiguration.CLIENT_ID;
    public static final String CLIENT_SECRET = OidcProviderConfiguration.CLIENT_SECRET;
    public static final String PASSWORD = OidcProviderConfiguration.PASSWORD;

    private static OidcProvider shared;

    private final ConfigurableApplicationContext context;

    private OidcProvider() {
        context = new SpringApplicationBuilder(OidcProviderConfiguration.class).web(WebApplicationType.SERVLET)
                .properties(Map.of("server.port", "0", "server.address", "127.0.0.1",
                        "server.servlet.session.cookie.name", "PROVIDER_SESSION", "spring.main.banner-mode", "off",
                        // the ledger's own server settings, so nothing local is started for this context
                        "ledger.db.url", "jdbc:postgresql://127.0.0.1:1/unused", "kafka.bootstrap.servers", "127.0.0.1:1",
                        "elasticsearch.url", "http://127.0.0.1:1", "spring.autoconfigure.exclude", ""))
                .run();
    }

    /** One provider per test JVM, as the app contexts are cached too. */
    public static synchronized OidcProvider shared() {
        if (shared == null) {
            shared = new OidcProvider();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public String issuer() {
        return "http://localhost:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        context.close();
    }
}
