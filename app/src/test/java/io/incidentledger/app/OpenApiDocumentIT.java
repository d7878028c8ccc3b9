package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.http.ErrorCode;
import io.incidentledger.app.testdata.AppOnLocalServers;
import io.incidentledger.app.testdata.RunningApp;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /v3/api-docs as served, parsed and validated by swagger-parser (the reference OpenAPI parser), then held to the
 * Redocly recommended rules that a generated document can break.
 */
@AppOnLocalServers
class OpenApiDocumentIT extends RunningApp {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    // the token the read APIs (and, where closed, the API docs) ask for; blank: they are open in this context
    @Autowired
    AppProperties properties;
    OpenAPI api;
    Map<String, Object> raw;

    @BeforeEach
    void parse() throws Exception {
        String json = get("/v3/api-docs").body();
        var options = new ParseOptions();
        options.setValidateInternalRefs(true);
        var result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).as("swagger-parser's findings").isEmpty();
        api = result.getOpenAPI();
        raw = new ObjectMapper().readValue(json, Map.class);
    }

    @Test
    void everyOperationSaysWhoMayCallItWithASchemeTheDocumentDefines() {
        var schemes = api.getComponents().getSecuritySchemes().keySet();
        each((path, operation) -> {
            List<SecurityRequirement> security = operation.getSecurity();
            assertThat(security).as("security-defined: " + path).isNotNull().isNotEmpty();
            security.forEach(requirement -> assertThat(schemes).as(path).containsAll(requirement.keySet()));
            String expected = path.startsWith("/api/admin") ? OpenApiConfiguration.ADMIN_TOKEN
                    : path.startsWith("/api/search") || path.startsWith("/api/incidents") || path.startsWith("/api/metrics")
                    ? OpenApiConfiguration.API_TOKEN : null;
            if (expected != null) {
                assertThat(security).as(path).containsExactly(new SecurityRequirement().addList(expected));
            }
        });
        assertThat(api.getPaths().get("/api/v2/summary.json").getGet().getSecurity())
                .as("the public status JSON is marked public").containsExactly(new SecurityRequirement());
        assertThat(api.getComponents().getSecuritySchemes().get(OpenApiConfiguration.API_TOKEN).getScheme()).isEqualTo("bearer");
    }

    @Test
    void everyOperationHasASummaryAUniqueUrlSafeIdAndDocumentedErrorsAsApiError() {
        var ids = new HashSet<String>();
        each((path, operation) -> {
            assertThat(operation.getSummary()).as("operation-summary: " + path).isNotBlank();
            assertThat(operation.getOperationId()).as("operation-operationId-url-safe: " + path).matches("[A-Za-z0-9_.~-]+");
            assertThat(ids.add(operation.getOperationId())).as("operation-operationId-unique: " + path).isTrue();
            var errors = operation.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("4")).toList();
            assertThat(errors).as("operation-4xx-response: " + path).isNotEmpty();
            assertThat(operation.getResponses()).as("headers over the limit, on every path: " + path).containsKey("431");
            errors.forEach(error -> assertThat(error.getValue().getContent().get("application/json").getSchema().get$ref())
                    .as(path + " " + error.getKey()).isEqualTo("#/components/schemas/ApiError"));
        });
        assertThat(api.getComponents().getSchemas().get("ApiError").getRequired()).containsExactly("error", "message");
        Schema<?> apiError = api.getComponents().getSchemas().get("ApiError");
        Schema<?> code = apiError.getProperties().get("error");
        assertThat(code.getEnum().stream().map(String::valueOf).toList()).as("the catalogue's codes")
                .containsExactlyElementsOf(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
    }

    @Test
    void pathsAndServersAreWellFormedAndTheInfoNamesItsLicenseAndContact() {
        assertThat(api.getInfo().getLicense().getName()).as("info-license").isEqualTo("Apache License 2.0");
        assertThat(api.getInfo().getLicense().getIdentifier()).as("info-license-strict").isEqualTo("Apache-2.0");
        assertThat(api.getInfo().getContact().getName()).isNotBlank();
        assertThat(api.getServers()).as("no-server-example.com, no-empty-servers").isNotEmpty()
                .allSatisfy(server -> assertThat(server.getUrl()).doesNotContain("example.com", "localhost"));
        api.getPaths().forEach((path, item) -> {
            assertThat(path.length() == 1 || !path.endsWith("/")).as("no-path-trailing-slash: " + path).isTrue();
            assertThat(path).as("path-not-include-query").doesNotContain("?");
        });
        each((path, operation) -> {
            List<String> declared = new ArrayList<>();
            Matcher names = PATH_PARAMETER.matcher(path);
            while (names.find()) {
                declared.add(names.group(1));
            }
            List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
            assertThat(parameters.stream().filter(p -> "path".equals(p.getIn())).map(Parameter::getName))
                    .as("path-parameters-defined: " + path).containsExactlyInAnyOrderElementsOf(declared);
            assertThat(parameters.stream().map(p -> p.getIn() + ":" + p.getName()).distinct().count())
                    .as("operation-parameters-unique: " + path).isEqualTo(parameters.size());
        });
        assertThat(raw).containsKey("openapi");
    }

    @Test
    void swaggerUiKeepsTheTokenItIsGiven() throws Exception {
        var config = new ObjectMapper().readTree(get("/v3/api-docs/swagger-config").body());

        assertThat(config.path("persistAuthorization").asBoolean()).isTrue();
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private void each(BiConsumer<String, Operation> check) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                check.accept(path + " " + method, operation)));
    }

    private HttpResponse<String> get(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        String apiToken = properties.apiToken();
        if (apiToken != null && !apiToken.isBlank()) {
            request.header("Authorization", "Bearer " + apiToken);
        }
        var response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response;
    }
}
