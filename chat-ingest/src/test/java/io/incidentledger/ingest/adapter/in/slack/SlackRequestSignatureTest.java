package io.incidentledger.ingest.adapter.in.slack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.incidentledger.ingest.adapter.in.slack.SlackBoltDriver.NON_ASCII;
import static io.incidentledger.ingest.adapter.in.slack.SlackBoltDriver.SECRET;
import static io.incidentledger.ingest.adapter.in.slack.SlackBoltDriver.messageEvent;
import static io.incidentledger.ingest.adapter.in.slack.SlackBoltDriver.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlackRequestSignatureTest {

    private static final long NOW_MILLIS = 1_800_000_000_000L;
    private static final long NOW = NOW_MILLIS / 1000;

    private final SlackRequestSignature signature = new SlackRequestSignature(SECRET);

    @Test
    void aBodySignedNowWithTheSecretIsValid() throws Exception {
        byte[] body = messageEvent(eventId(), "db is down");

        assertThat(signature.verifies(Long.toString(NOW), body, sign(SECRET, NOW, body), NOW_MILLIS)).isTrue();
    }

    @Test
    void aNonAsciiBodyIsVerifiedOverItsUtf8Bytes() throws Exception {
        byte[] body = messageEvent(eventId(), NON_ASCII);
        String signed = sign(SECRET, NOW, body);

        assertThat(signature.verifies(Long.toString(NOW), body, signed, NOW_MILLIS)).isTrue();
        assertThat(signature.isValid(Long.toString(NOW), new String(body, StandardCharsets.UTF_8), signed, NOW_MILLIS)).isTrue();
    }

    @Test
    void theSameTextSignedInAnotherEncodingIsRefused() throws Exception {
        String text = new String(messageEvent(eventId(), "Gr\u00f6\u00dfe"), StandardCharsets.UTF_8);
        String signedAsLatin1 = sign(SECRET, NOW, text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(signature.isValid(Long.toString(NOW), text, signedAsLatin1, NOW_MILLIS)).isFalse();
    }

    @Test
    void aTimestampMoreThanFiveMinutesInTheFutureIsRefusedThoughCorrectlySigned() throws Exception {
        byte[] body = messageEvent(eventId(), "from the future");
        long ahead = NOW + 5 * 60 + 1;
        long anHourAhead = NOW + 3600;

        assertThat(signature.verifies(Long.toString(ahead), body, sign(SECRET, ahead, body), NOW_MILLIS)).isFalse();
        assertThat(signature.verifies(Long.toString(anHourAhead), body, sign(SECRET, anHourAhead, body), NOW_MILLIS)).isFalse();
    }

    @Test
    void aTimestampMoreThanFiveMinutesOldIsRefusedThoughCorrectlySigned() throws Exception {
        byte[] body = messageEvent(eventId(), "replayed");
        long old = NOW - 5 * 60 - 1;

        assertThat(signature.verifies(Long.toString(old), body, sign(SECRET, old, body), NOW_MILLIS)).isFalse();
    }

    @Test
    void fiveMinutesEitherSideIsStillInsideTheWindow() throws Exception {
        byte[] body = messageEvent(eventId(), "clock skew");
        long ahead = NOW + 5 * 60;
        long behind = NOW - 5 * 60;

        assertThat(signature.verifies(Long.toString(ahead), body, sign(SECRET, ahead, body), NOW_MILLIS)).isTrue();
        assertThat(signature.verifies(Long.toString(behind), body, sign(SECRET, behind, body), NOW_MILLIS)).isTrue();
    }

    @Test
    void aWrongSecretAMissingHeaderOrAMalformedTimestampIsRefused() throws Exception {
        byte[] body = messageEvent(eventId(), "forged");

        assertThat(signature.verifies(Long.toString(NOW), body, sign("other-secret", NOW, body), NOW_MILLIS)).isFalse();
        assertThat(signature.verifies(Long.toString(NOW), body, null, NOW_MILLIS)).isFalse();
        assertThat(signature.verifies(null, body, sign(SECRET, NOW, body), NOW_MILLIS)).isFalse();
        assertThat(signature.verifies("-" + NOW, body, sign(SECRET, NOW, body), NOW_MILLIS)).isFalse();
        assertThat(signature.verifies("99999999999999999999", body, sign(SECRET, NOW, body), NOW_MILLIS)).isFalse();
    }

    @Test
    void withoutASecretNothingVerifies() throws Exception {
        byte[] body = messageEvent(eventId(), "anything");

        assertThat(new SlackRequestSignature(" ").verifies(Long.toString(NOW), body, sign(" ", NOW, body), NOW_MILLIS)).isFalse();
    }

    @Test
    void theSignatureIsComparedInConstantTimeAndNeverAsAString() {
        var verifier = new ClassFileImporter().importClasses(SlackRequestSignature.class);

        classes().should().callMethod(MessageDigest.class, "isEqual", byte[].class, byte[].class).check(verifier);
        noClasses().should().callMethod(String.class, "equals", Object.class)
                .orShould().callMethod(String.class, "equalsIgnoreCase", String.class)
                .orShould().callMethod(String.class, "contentEquals", CharSequence.class)
                .orShould().callMethod(Arrays.class, "equals", byte[].class, byte[].class)
                .orShould().callMethod(Objects.class, "equals", Object.class, Object.class)
                .check(verifier);
    }

    @Test
    void boltAnswers401ToAFutureDatedRequestAnd200ToANonAsciiOneWhoseTextArrivesIntact() throws Exception {
        var slack = new SlackBoltDriver();
        long now = System.currentTimeMillis() / 1000;
        byte[] future = messageEvent(eventId(), "from the future");
        byte[] nonAscii = messageEvent(eventId(), NON_ASCII);

        assertThat(slack.post(future, now + 3600, sign(SECRET, now + 3600, future))).isEqualTo(401);
        assertThat(slack.recordedText()).isNull();
        assertThat(slack.post(nonAscii, now, sign(SECRET, now, nonAscii))).isEqualTo(200);
        assertThat(slack.recordedText()).isEqualTo(NON_ASCII);
    }

    private static String eventId() {
        return "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
