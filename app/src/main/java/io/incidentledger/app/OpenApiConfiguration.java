package io.incidentledger.app;

import io.incidentledger.api.http.ApiError;
import io.incidentledger.api.http.ErrorCode;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * The document at /v3/api-docs, lint-clean under Redocly's recommended rules: who may call what (the two bearer
 * tokens, the chat platforms' signatures, or anyone for the public status page), every error answer as the one
 * {@link ApiError}, and summaries for the chat endpoints, whose controllers carry no API-doc annotations.
 */
@Configuration
@PropertySource("classpath:openapi.properties")
class OpenApiConfiguration {

    static final String API_TOKEN = "apiToken";
    static final String ADMIN_TOKEN = "adminToken";
    private static final String ERROR = "ApiError";
    private static final List<String> INTERNAL = List.of("/api/search", "/api/incidents", "/api/metrics");
    private static final Map<String, Chat> CHAT = Map.of(
            "/slack/events", new Chat("slackEvents", "Receive Slack events, commands and interactivity", "slackSignature"),
            "/api/messages", new Chat("teamsBotActivity", "Receive a Teams bot activity (Bot Framework)", "botFrameworkJwt"),
            "/teams/webhook", new Chat("teamsWebhook", "Receive a Teams outgoing-webhook message", "teamsWebhookHmac"));

    @Bean
    OpenAPI ledgerOpenApi(AppProperties properties) {
        AppProperties.OpenApi document = properties.openapi();
        String version = OpenApiConfiguration.class.getPackage().getImplementationVersion();
        var info = new Info().title("Incident ledger API").version(version == null ? "0.1.0" : version)
                .description("The public status page with its Statuspage v2 JSON and feeds; the flight recorder, "
                        + "timelines, reviews and metrics (internal chat: LEDGER_API_TOKEN); the admin API "
                        + "(LEDGER_ADMIN_TOKEN); and the endpoints that Slack and Teams call.")
                .contact(new Contact().name("The team that runs this ledger")
                        .url(document.hasContact() ? document.contactUrl() : null))
                .license(license());
        var schemes = new Components()
                .addSecuritySchemes(API_TOKEN, bearer("LEDGER_API_TOKEN: search, incidents, timelines, reviews, metrics"))
                .addSecuritySchemes(ADMIN_TOKEN, bearer("LEDGER_ADMIN_TOKEN: the admin API (replay)"))
                .addSecuritySchemes("slackSignature", header("X-Slack-Signature",
                        "v0=HMAC-SHA256 of v0:<X-Slack-Request-Timestamp>:<body> under SLACK_SIGNING_SECRET"))
                .addSecuritySchemes("botFrameworkJwt", bearer("A Bot Framework token issued for TEAMS_APP_ID").bearerFormat("JWT"))
                .addSecuritySchemes("teamsWebhookHmac", header("Authorization",
                        "HMAC <base64 of HMAC-SHA256 of the body under TEAMS_WEBHOOK_SECRET>"));
        // a relative server: Swagger UI calls the instance it was loaded from, whatever its public URL
        return new OpenAPI().info(info).components(schemes).servers(List.of(new Server().url("/").description("This ledger")))
                .addTagsItem(new Tag().name("Chat").description("What Slack and Teams send; each platform signs its requests"));
    }

    /** The LICENSE at the repository root, by its SPDX id (OpenAPI 3.1 takes an identifier or a url, not both). */
    static License license() {
        return new License().name("Apache License 2.0").identifier("Apache-2.0");
    }

    @Bean
    OpenApiCustomizer accessAndErrors() {
        return openApi -> {
            Schema<?> error = ModelConverters.getInstance().readAllAsResolvedSchema(ApiError.class).schema;
            codes(error.getProperties().get("error"));
            openApi.getComponents().addSchemas(ERROR, error.type("object").required(List.of("error", "message"))
                    .description("The one body of every 4xx answer: a stable code for programs, a sentence for people"));
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    describe(path, method, operation)));
        };
    }

    // the catalogue, so that a client can switch over every code it may get
    @SuppressWarnings("unchecked")
    private static void codes(Schema<?> code) {
        ((Schema<String>) code).description("A stable code from the catalogue; each has one HTTP status")
                .setEnum(Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList());
    }

    private static void describe(String path, HttpMethod method, Operation operation) {
        Chat chat = CHAT.get(path);
        if (chat != null) {
            operation.operationId(chat.operationId()).summary(chat.summary()).tags(List.of("Chat"));
        }
        String scheme = path.startsWith("/api/admin") ? ADMIN_TOKEN
                : INTERNAL.stream().anyMatch(path::startsWith) ? API_TOKEN : chat == null ? null : chat.scheme();
        // the status page, its JSON and feeds are public: an empty requirement says so rather than leaving it unsaid
        operation.security(List.of(scheme == null ? new SecurityRequirement() : new SecurityRequirement().addList(scheme)));
        if (operation.getRequestBody() != null || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            error(operation, "400", "The request is not valid: the body says which parameter and why");
        }
        if (scheme != null) {
            error(operation, "401", "The credential is missing or wrong");
        }
        if (ADMIN_TOKEN.equals(scheme)) {
            error(operation, "403", "The admin API is off: LEDGER_ADMIN_TOKEN is not set");
        }
        if (path.contains("{ref}")) {
            error(operation, "404", "There is no such incident");
        }
        if (ADMIN_TOKEN.equals(scheme) && method == HttpMethod.POST) {
            error(operation, "409", "A replay is already running on another instance");
        }
        if (chat != null) {
            error(operation, "413", "The body is over the endpoint's limit");
        }
        // RequestHeaderLimitFilter stands before every path, so every operation can answer it
        error(operation, "431", "The request's headers are over ledger.request-limits.headers (16 KB by default) together");
    }

    private static void error(Operation operation, String status, String description) {
        if (operation.getResponses().get(status) == null) {
            var body = new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR));
            operation.getResponses().addApiResponse(status,
                    new ApiResponse().description(description).content(new Content().addMediaType("application/json", body)));
        }
    }

    private static SecurityScheme bearer(String description) {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(description);
    }

    private static SecurityScheme header(String name, String description) {
        return new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(name)
                .description(description);
    }

    private record Chat(String operationId, String summary, String scheme) {
    }
}
