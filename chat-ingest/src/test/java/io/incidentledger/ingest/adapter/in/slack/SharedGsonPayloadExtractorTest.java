package io.incidentledger.ingest.adapter.in.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.util.JsonPayloadExtractor;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared-Gson extractor decides every body as Bolt's own does: the same payload, or the same failure. */
class SharedGsonPayloadExtractorTest {

    static Stream<String> bodies() {
        return Stream.of(
                "{\"type\":\"event_callback\",\"event\":{\"type\":\"message\",\"text\":\"db pool exhausted\"}}",
                "  {\"type\":\"url_verification\",\"challenge\":\"c-1\"}",
                "{\"type\":\"block_actions\",\"actions\":[]}",
                "{\"token\":\"t\"}",
                "{\"type\":null}",
                "{\"type\":{\"nested\":true}}",
                "{\"type\":[\"event_callback\"]}",
                "{\"type\":17}",
                "[{\"type\":\"event_callback\"}]",
                "[]",
                "{\"type\":\"event_callback\"",
                "{not json at all",
                "{}",
                "payload=%7B%22type%22%3A%22block_actions%22%7D&x=1",
                "command=%2Fincident&text=status",
                "a=b=c&payload",
                "   ",
                "");
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void givenABody_whenExtracted_thenTheAnswerIsBoltsOwn(String body) {
        assertThat(outcome(new SharedGsonPayloadExtractor(), body)).isEqualTo(outcome(new JsonPayloadExtractor(), body));
    }

    @org.junit.jupiter.api.Test
    void givenNoBody_whenExtracted_thenNothing() {
        assertThat(new SharedGsonPayloadExtractor().extractIfExists(null)).isNull();
    }

    private static Object outcome(JsonPayloadExtractor extractor, String body) {
        try {
            return Optional.ofNullable(extractor.extractIfExists(body));
        } catch (RuntimeException failed) {
            return failed.getClass();
        }
    }
}
