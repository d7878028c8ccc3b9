package io.incidentledger.app.testdata;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app with subscriptions on, mailing through a real SMTP server (GreenMail) in this JVM, components to choose
 * from, quick retries, and client IPs taken from X-Forwarded-For (as behind a proxy), so each test counts its rate
 * limits under fresh addresses. The subscriber ITs share this one context; nothing else runs subscriptions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir=",
        "subscribers.enabled=true", "subscribers.secret-key=" + SubscribersApp.KEY,
        "ledger.core.components=checkout,search,payments", "status-page.name=" + SubscribersApp.PAGE_NAME,
        "spring.mail.host=127.0.0.1", "subscribers.mail.from=status@ledger.test",
        "subscribers.delivery.poll-interval=100ms", "subscribers.delivery.first-retry=200ms",
        "subscribers.delivery.max-retry=1s", "subscribers.delivery.max-attempts=3", "subscribers.delivery.per-second=200",
        "subscribers.limits.per-address=3", "subscribers.limits.per-client=5", "server.forward-headers-strategy=native",
        "ledger.rbac.groups.responders=" + SubscribersApp.MAINTAINER})
public abstract class SubscribersApp extends RunningApp {

    public static final String KEY = "subscribers-it-key";
    public static final String PAGE_NAME = "Acme status";
    // may schedule and move maintenance windows (a responder); nobody else in these tests needs to
    public static final String MAINTAINER = "U0MAINT";
    public static final GreenMail MAIL = startMail();
    private static final Pattern REF = Pattern.compile("INC-\\d+");

    protected final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    private static GreenMail startMail() {
        try (var probe = new ServerSocket(0)) {
            var mail = new GreenMail(new ServerSetup(probe.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            probe.close();
            mail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
            return mail;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A client address of its own, so no other test's subscriptions count against this one's limits. */
    protected static String freshClient() {
        var random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    protected static String freshAddress(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }

    protected HttpResponse<String> postForm(String pathAndQuery, Map<String, List<String>> fields, String client,
                                            String... headers) throws Exception {
        String body = fields.entrySet().stream().flatMap(field -> field.getValue().stream()
                        .map(value -> enc(field.getKey()) + "=" + enc(value)))
                .collect(Collectors.joining("&"));
        var request = HttpRequest.newBuilder(local(pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> getPage(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(local(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A link from a message, sent to this app's random port: the page URL setting cannot know it. */
    protected URI local(String linkOrPath) {
        URI link = URI.create(linkOrPath);
        String path = link.getRawPath() + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery());
        return URI.create("http://127.0.0.1:" + port + path);
    }

    protected String declare(String title, String components) {
        var reply = client.slashCommandAs("U0ADA", "C0SUBS", "declare " + title + " severity=2 components=" + components);
        Matcher matcher = REF.matcher(reply.body());
        if (reply.statusCode() != 200 || !matcher.find()) {
            throw new AssertionError("declare failed: " + reply.statusCode() + " " + reply.body());
        }
        return matcher.group();
    }

    /** What the outbox and the list hold, for a failure's message. */
    protected String outbox() {
        return "messages " + jdbc.queryForList("select event_id, kind from subscriber_message") + ", deliveries "
                + jdbc.queryForList("select subscriber_id, state, attempts, last_error from subscriber_delivery order by id")
                + ", list " + jdbc.queryForList("select subscriber_id, kind, components::text, status from subscriber_list")
                + ", dead letters " + jdbc.queryForList("select * from dead_letter");
    }

    protected static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
