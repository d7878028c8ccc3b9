package io.incidentledger.ingest.adapter.in.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.RoleTypes;
import com.sun.net.httpserver.HttpServer;
import io.incidentledger.ingest.teams.TeamsProperties;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's Bot Framework JWT validation, offline: the OpenID metadata and the signing keys are served locally,
 * and tokens are signed here, with the issuer, audience, service URL and endorsement the SDK checks.
 */
class TeamsAuthenticationTest {

    private static final String APP_ID = "2f9c3a1e-0000-4000-8000-00000000b0b1";
    private static final String SERVICE_URL = "https://smba.example.test/teams/";
    private static final String ISSUER = "https://api.botframework.com";
    private static HttpServer openId;
    private static KeyPair teamsKey;
    private static KeyPair webchatKey;
    private static KeyPair strangerKey;
    private final AtomicInteger turns = new AtomicInteger();
    private BotFrameworkHttpAdapter adapter;

    @BeforeAll
    static void publishKeys() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        teamsKey = generator.generateKeyPair();
        webchatKey = generator.generateKeyPair();
        strangerKey = generator.generateKeyPair();
        openId = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String base = "http://127.0.0.1:" + openId.getAddress().getPort();
        serve("/openid", "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base + "/keys\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}");
        serve("/keys", "{\"keys\":[" + jwk("teams-key", teamsKey, "msteams") + "," + jwk("webchat-key", webchatKey, "webchat") + "]}");
        openId.start();
    }

    @AfterAll
    static void stop() {
        openId.stop(0);
    }

    @BeforeEach
    void setUp() {
        String metadata = "http://127.0.0.1:" + openId.getAddress().getPort() + "/openid";
        adapter = new TeamsConfiguration().teamsAdapter(new TeamsProperties(APP_ID, "secret", null, null, List.of(), null,
                SERVICE_URL, metadata, List.of()));
    }

    @Test
    void aTokenSignedByAnEndorsedKeyForThisBotIsAccepted() {
        adapter.processIncomingActivity("Bearer " + token(teamsKey, "teams-key", APP_ID, SERVICE_URL, 300), activity(), bot()).join();

        assertThat(turns).hasValue(1);
    }

    @Test
    void noTokenIsRefused() {
        assertRefused(null);
        assertRefused("");
    }

    @Test
    void aTokenForAnotherBotIsRefused() {
        assertRefused("Bearer " + token(teamsKey, "teams-key", "another-app", SERVICE_URL, 300));
    }

    @Test
    void aTokenWithAForgedSignatureIsRefused() {
        assertRefused("Bearer " + token(strangerKey, "teams-key", APP_ID, SERVICE_URL, 300));
    }

    @Test
    void aKeyNotEndorsedForTeamsIsRefused() {
        assertRefused("Bearer " + token(webchatKey, "webchat-key", APP_ID, SERVICE_URL, 300));
    }

    @Test
    void anExpiredTokenOrAnotherServiceUrlIsRefused() {
        assertRefused("Bearer " + token(teamsKey, "teams-key", APP_ID, SERVICE_URL, -3600));
        assertRefused("Bearer " + token(teamsKey, "teams-key", APP_ID, "https://evil.example.test/", 300));
    }

    private void assertRefused(String authorization) {
        assertThatThrownBy(() -> adapter.processIncomingActivity(authorization, activity(), bot()).join())
                .isInstanceOf(java.util.concurrent.CompletionException.class).hasCauseInstanceOf(AuthenticationException.class);
        assertThat(turns).hasValue(0);
    }

    private Bot bot() {
        return turn -> {
            turns.incrementAndGet();
            return CompletableFuture.completedFuture(null);
        };
    }

    private static Activity activity() {
        Activity activity = Activity.createMessageActivity();
        activity.setId("1700000000001");
        activity.setChannelId("msteams");
        activity.setServiceUrl(SERVICE_URL);
        activity.setText("hello");
        activity.setFrom(new ChannelAccount("29:ada", "Ada"));
        ChannelAccount bot = new ChannelAccount("28:" + APP_ID, "IncidentBot");
        bot.setRole(RoleTypes.BOT);
        activity.setRecipient(bot);
        activity.setConversation(new ConversationAccount("19:general@thread.tacv2"));
        return activity;
    }

    private static String token(KeyPair key, String keyId, String audience, String serviceUrl, long validSeconds) {
        Instant now = Instant.now();
        return JWT.create().withKeyId(keyId).withIssuer(ISSUER).withAudience(audience)
                .withClaim("serviceurl", serviceUrl)
                .withNotBefore(java.util.Date.from(now.minusSeconds(600)))
                .withIssuedAt(java.util.Date.from(now.minusSeconds(600)))
                .withExpiresAt(java.util.Date.from(now.plusSeconds(validSeconds)))
                .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
    }

    private static String jwk(String kid, KeyPair key, String endorsement) {
        var publicKey = (RSAPublicKey) key.getPublic();
        var url = Base64.getUrlEncoder().withoutPadding();
        return "{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\""
                + url.encodeToString(unsigned(publicKey.getModulus().toByteArray())) + "\",\"e\":\""
                + url.encodeToString(unsigned(publicKey.getPublicExponent().toByteArray())) + "\",\"endorsements\":[\""
                + endorsement + "\"]}";
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static void serve(String path, String json) {
        openId.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
