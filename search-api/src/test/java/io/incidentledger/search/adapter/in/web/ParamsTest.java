package io.incidentledger.search.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void anInstantWithinFourDigitYearsIsRead() {
        assertThat(Params.instant("from", " 2026-11-22T09:00:00Z ")).isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
    }

    @Test
    void instantsThatJavaAcceptsButElasticsearchRefusesAreBadRequests() {
        for (String far : new String[] {"+1000000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> Params.instant("from", far)).as(far).isInstanceOf(BadRequest.class)
                    .hasMessageContaining("between years 0001 and 9999")
                    .extracting(e -> ((BadRequest) e).code()).isEqualTo("bad_time");
        }
    }

    @Test
    void textThatIsNoInstantIsABadRequest() {
        assertThatThrownBy(() -> Params.instant("to", "tomorrow")).isInstanceOf(BadRequest.class)
                .hasMessageContaining("ISO-8601");
    }

    @Test
    void incidentZeroAndNumbersPastALongAreBadReferences() {
        for (String ref : new String[] {"INC-0", "INC-99999999999999999999", "INC--1", "INC-", "42"}) {
            assertThatThrownBy(() -> Params.ref(ref)).as(ref).isInstanceOf(BadRequest.class)
                    .extracting(e -> ((BadRequest) e).code()).isEqualTo("bad_reference");
        }
        assertThat(Params.ref("inc-42").toString()).isEqualTo("INC-42");
    }

    @Test
    void anUnknownOrMalformedTimeZoneIsABadRequest() {
        for (String tz : new String[] {"Mars/Olympus", "+99:00", "UTC+25", "../../etc", "\u0000"}) {
            assertThatThrownBy(() -> Params.zone(tz)).as(tz).isInstanceOf(BadRequest.class)
                    .extracting(e -> ((BadRequest) e).code()).isEqualTo("bad_time_zone");
        }
        assertThat(Params.zone(" Europe/Paris ")).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
