package io.incidentledger.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springdoc.core.properties.SwaggerUiConfigParameters;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.webmvc.ui.SwaggerIndexPageTransformer;
import org.springdoc.webmvc.ui.SwaggerWelcomeCommon;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Swagger UI's page is open to anyone (it is Swagger UI's own files and holds no data), while the API document it
 * shows stays closed like the APIs ({@link ReaderAccessFilter}). A browser cannot send a header with a page it
 * navigates to, so springdoc's {@code swagger-initializer.js} gains {@code swagger-ui-token.js}: the page asks for the
 * document with the token given to Authorize, and until it has one it shows a placeholder with that Authorize button.
 */
@Component
class SwaggerUiTokenPage extends SwaggerIndexPageTransformer {

    private static final String PRESETS = "presets: [";
    private static final String PLUGINS = "SwaggerUIBundle.plugins.DownloadUrl";

    private final String script;

    SwaggerUiTokenPage(SwaggerUiConfigProperties config, SwaggerUiOAuthProperties oauth, SwaggerWelcomeCommon welcome,
            ObjectMapperProvider json) throws IOException {
        super(config, oauth, welcome, json);
        this.script = new ClassPathResource("swagger-ui-token.js").getContentAsString(StandardCharsets.UTF_8);
    }

    @Override
    protected String defaultTransformations(SwaggerUiConfigParameters parameters, InputStream initializer) throws IOException {
        String page = super.defaultTransformations(parameters, initializer);
        if (!page.contains(PRESETS) || !page.contains(PLUGINS)) {
            // a Swagger UI whose initializer changed shape: fail loudly rather than serve a page that cannot authorize
            throw new IllegalStateException("swagger-initializer.js has no presets or plugins to extend");
        }
        return script + page.replace(PRESETS, "...LedgerToken.options,\n    " + PRESETS)
                .replace(PLUGINS, PLUGINS + ", LedgerToken.plugin");
    }
}
