package io.incidentledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.incidentledger.app.testdata.SubscribersApp;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole e-mail path on a real SMTP server: the page's form, the confirmation mail whose link confirms nothing by
 * itself, the POST that does, a mail for a chosen component (headers and both parts), none for another, and none
 * after a one-click unsubscribe, which also erases the address.
 */
class SubscribersIT extends SubscribersApp {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Pattern CONFIRM = Pattern.compile("https?://\\S+/subscriptions/confirm\\?s=([0-9a-f-]{36})&t=(\\S+)");
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"(\\w+)\" value=\"([^\"]*)\">");

    @Test
    void anAddressConfirmedByPostGetsItsComponentsIncidentsOnlyUntilItUnsubscribesInOneClick() throws Exception {
        String page = await().atMost(WAIT).until(() -> getPage("/"), response -> response.statusCode() == 200).body();
        assertThat(page).contains("<form method=\"post\" action=\"subscriptions\">", "name=\"address\"",
                "name=\"component\" value=\"checkout\"");

        String ada = freshAddress("ada");
        var subscribed = postForm("/subscriptions", Map.of("address", List.of(ada), "component", List.of("checkout")),
                freshClient());
        assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(202);
        assertThat(subscribed.body()).contains("Check your inbox");
        MimeMessage confirmation = awaitMail(ada, 1).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Confirm your subscription to " + PAGE_NAME);
        Matcher link = CONFIRM.matcher(part(confirmation, "text/plain"));
        assertThat(link.find()).isTrue();
        String subscriber = link.group(1);

        var opened = getPage(link.group());
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("<button type=\"submit\">Confirm</button>");
        assertThat(events(subscriber, "SubscriptionConfirmed")).as("a GET confirms nothing").isZero();
        assertThat(events(subscriber, "SubscriptionRequested")).isEqualTo(1);

        var confirmed = postForm("/subscriptions/confirm", hiddenFields(opened.body()), freshClient());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("You are subscribed");
        assertThat(events(subscriber, "SubscriptionConfirmed")).isEqualTo(1);
        await().atMost(WAIT).until(() -> "confirmed".equals(status(subscriber)));
        String control = subscribeAndConfirm(freshAddress("control"));

        String chosen = declare("Checkout down " + subscriber, "checkout");
        MimeMessage incident = awaitMail(ada, 2).get(1);
        assertThat(incident.getSubject()).contains(PAGE_NAME, "Checkout down " + subscriber);
        String unsubscribe = incident.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<http://\\S+/subscriptions/unsubscribe\\?s=" + subscriber + "&sig=\\S+>");
        assertThat(incident.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(incident.getFrom()[0].toString()).isEqualTo("status@ledger.test");
        String text = part(incident, "text/plain");
        String html = part(incident, "text/html");
        for (String body : List.of(text, html)) {
            assertThat(body).contains(PAGE_NAME, "Checkout down " + subscriber, "Investigating",
                    "/#" + chosen.toLowerCase(), "/subscriptions/manage?s=" + subscriber);
        }
        assertThat(html).contains("<h1>");
        awaitMail(control, 2);

        String other = declare("Search slow " + subscriber, "search");
        awaitMail(control, 3);
        String later = declare("Checkout again " + subscriber, "checkout");
        // planned in ledger order: once the later incident's mail is there, the search one was passed over
        assertThat(awaitMail(ada, 3).get(2).getSubject()).contains("Checkout again " + subscriber);
        awaitMail(control, 4);
        assertThat(mailTo(ada)).as("nothing about " + other).hasSize(3);
        assertThat(deliveries(subscriber)).isEqualTo(2);

        var left = postForm(unsubscribe.substring(1, unsubscribe.length() - 1),
                Map.of("List-Unsubscribe", List.of("One-Click")), freshClient());
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(events(subscriber, "Unsubscribed")).isEqualTo(1);
        await().atMost(WAIT).until(() -> status(subscriber) == null);
        assertThat(jdbc.queryForObject("select count(*) from subscriber_key where subscriber_id = ?", Integer.class,
                subscriber)).as("the address key is destroyed").isZero();
        assertThat(jdbc.queryForList("select convert_from(payload, 'UTF8') from domainevententry "
                + "where aggregateidentifier = ?", String.class, subscriber)).isNotEmpty()
                .noneMatch(payload -> payload.contains(ada.substring(0, ada.indexOf('@'))));

        declare("Checkout after leaving " + subscriber + " " + later, "checkout");
        awaitMail(control, 5);
        assertThat(mailTo(ada)).as("nothing after the unsubscribe").hasSize(3);
        assertThat(deliveries(subscriber)).isEqualTo(2);
    }

    private String subscribeAndConfirm(String address) throws Exception {
        assertThat(postForm("/subscriptions", Map.of("address", List.of(address)), freshClient()).statusCode()).isEqualTo(202);
        Matcher link = CONFIRM.matcher(part(awaitMail(address, 1).get(0), "text/plain"));
        assertThat(link.find()).isTrue();
        var opened = getPage(link.group());
        assertThat(postForm("/subscriptions/confirm", hiddenFields(opened.body()), freshClient()).statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> "confirmed".equals(status(link.group(1))));
        return address;
    }

    private static Map<String, List<String>> hiddenFields(String page) {
        var fields = new java.util.LinkedHashMap<String, List<String>>();
        Matcher hidden = HIDDEN.matcher(page);
        while (hidden.find()) {
            fields.put(hidden.group(1), List.of(org.springframework.web.util.HtmlUtils.htmlUnescape(hidden.group(2))));
        }
        return fields;
    }

    private int events(String subscriber, String type) {
        Integer count = jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = ? "
                + "and payloadtype = ?", Integer.class, subscriber, "io.incidentledger.api.subscriber." + type);
        return count == null ? 0 : count;
    }

    private int deliveries(String subscriber) {
        Integer count = jdbc.queryForObject("select count(*) from subscriber_delivery where subscriber_id = ?",
                Integer.class, subscriber);
        return count == null ? 0 : count;
    }

    private String status(String subscriber) {
        return jdbc.queryForList("select status from subscriber_list where subscriber_id = ?", String.class, subscriber)
                .stream().findFirst().orElse(null);
    }

    private List<MimeMessage> awaitMail(String address, int count) throws Exception {
        await().atMost(WAIT).alias("mail to " + address).conditionEvaluationListener(condition -> {
            if (condition.getRemainingTimeInMS() < 1_000) {
                System.err.println("Outbox while waiting: " + outbox());
            }
        }).until(() -> mailTo(address).size() >= count);
        return mailTo(address);
    }

    static List<MimeMessage> mailTo(String address) throws Exception {
        var received = new ArrayList<MimeMessage>();
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address))) {
                received.add(message);
            }
        }
        return received;
    }

    /** The first part of this type anywhere in the message's multipart tree. */
    static String part(MimeMessage message, String type) throws Exception {
        String found = find(message.getContent(), type);
        assertThat(found).as(type + " part").isNotNull();
        return found;
    }

    private static String find(Object content, String type) throws Exception {
        if (content instanceof MimeMultipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                var part = multipart.getBodyPart(i);
                if (part.isMimeType(type)) {
                    return (String) part.getContent();
                }
                String inner = find(part.getContent(), type);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
