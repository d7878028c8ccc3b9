package io.incidentledger.app.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a Teams test signs and looks up: the outgoing webhook's HMAC, an answer's ref, an incident's Teams thread. */
public final class TeamsRequests {

    private static final Pattern REF = Pattern.compile("INC-\\d+");

    private TeamsRequests() {
    }

    /** The outgoing webhook's HMAC-SHA256 over the raw body, keyed with the base64 secret Teams shows once. */
    public static String signature(String base64Secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(base64Secret), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first incident ref in {@code text}, failing the test when there is none. */
    public static String refIn(String text) {
        var matcher = REF.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group();
    }

    /** The thread the ledger opened for {@code ref} in the incident channel, once it exists. */
    public static String awaitThreadOf(JdbcTemplate jdbc, String ref, Duration wait) {
        String[] thread = new String[1];
        await().atMost(wait).untilAsserted(() -> {
            thread[0] = jdbc.query("select c.channel_id from incident_channel c join incident_directory d on "
                    + "d.incident_id = c.incident_id where d.number = ? and c.channel_id like '19:incidents%'",
                    (row, n) -> row.getString(1), Long.parseLong(ref.substring(4))).stream().findFirst().orElse(null);
            assertThat(thread[0]).isNotNull();
        });
        return thread[0];
    }
}
