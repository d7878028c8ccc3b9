package io.incidentledger.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AsOfParameterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:30:00Z");

    @Test
    void aPastInstantWithAnOffsetIsRead() {
        assertThat(AsOfParameter.parse("2026-11-22T10:00:00+01:00", NOW)).isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
    }

    @Test
    void anInstantFromTheFarPastThatJavaAcceptsIsRefused() {
        assertThatThrownBy(() -> AsOfParameter.parse("-999999999-01-01T00:00:00Z", NOW)).isInstanceOf(BadAsOf.class)
                .hasMessageContaining("before 1970");
    }

    @Test
    void anInstantFromTheFarFutureIsRefused() {
        assertThatThrownBy(() -> AsOfParameter.parse("+999999999-12-31T23:59:59Z", NOW)).isInstanceOf(BadAsOf.class)
                .hasMessageContaining("in the future");
    }

    @Test
    void textThatIsNoInstantIsRefusedWithAnExample() {
        assertThatThrownBy(() -> AsOfParameter.parse("yesterday", NOW)).isInstanceOf(BadAsOf.class)
                .hasMessageContaining("?at=2026-11-22T09:30:00Z");
    }
}
