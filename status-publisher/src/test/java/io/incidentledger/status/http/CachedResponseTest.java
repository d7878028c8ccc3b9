package io.incidentledger.status.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class CachedResponseTest {

    private static final byte[] BODY = "page".getBytes(StandardCharsets.UTF_8);
    private static final Instant CHANGED = Instant.parse("2026-11-22T09:00:00.250Z");

    @Test
    void aFreshRequestGetsTheBodyWithValidators() {
        ResponseEntity<byte[]> response = respond(new HttpHeaders());

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getETag()).isEqualTo(CachedResponse.etag(BODY));
        assertThat(response.getHeaders().getLastModified()).isEqualTo(Instant.parse("2026-11-22T09:00:00Z").toEpochMilli());
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("max-age=10, must-revalidate, public");
    }

    @Test
    void aMatchingIfNoneMatchGets304WithoutBody() {
        var request = new HttpHeaders();
        request.setIfNoneMatch(CachedResponse.etag(BODY));

        ResponseEntity<byte[]> response = respond(request);

        assertThat(response.getStatusCode().value()).isEqualTo(304);
        assertThat(response.getBody()).isNull();
        assertThat(response.getHeaders().getETag()).isEqualTo(CachedResponse.etag(BODY));
    }

    @Test
    void aStaleEtagGetsTheNewBodyEvenIfTheDateLooksFresh() {
        var request = new HttpHeaders();
        request.setIfNoneMatch("\"old\"");
        request.setIfModifiedSince(CHANGED.plusSeconds(60));

        assertThat(respond(request).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void ifModifiedSinceAloneGets304WhenNothingChanged() {
        var request = new HttpHeaders();
        request.setIfModifiedSince(Instant.parse("2026-11-22T09:00:00Z"));

        assertThat(respond(request).getStatusCode().value()).isEqualTo(304);
    }

    @Test
    void aMalformedIfNoneMatchIsRefusedWithASentenceNotAnException() {
        var request = new HttpHeaders();
        request.set(HttpHeaders.IF_NONE_MATCH, "\"unterminated, W/");

        assertThatThrownBy(() -> respond(request)).isInstanceOf(MalformedConditional.class)
                .hasMessageContaining("quoted entity tags");
    }

    @Test
    void anIfModifiedSinceThatIsNotADateIsIgnored() {
        var request = new HttpHeaders();
        request.set(HttpHeaders.IF_MODIFIED_SINCE, "yesterday-ish");

        assertThat(respond(request).getStatusCode().value()).isEqualTo(200);
    }

    private static ResponseEntity<byte[]> respond(HttpHeaders request) {
        return CachedResponse.of(BODY, MediaType.TEXT_HTML, CHANGED, Duration.ofSeconds(10), request);
    }
}
