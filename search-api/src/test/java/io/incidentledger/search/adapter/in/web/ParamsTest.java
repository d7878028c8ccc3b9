package io.incidentledger.search.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
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
            assertThatThrownBy(() -> Params.instant("from", far)).as(far).isInstanceOf(ApiException.class)
                    .hasMessageContaining("between years 0001 and 9999")
                    .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.BAD_PARAMETER);
        }
    }

    @Test
    void textThatIsNoInstantIsABadRequest() {
        assertThatThrownBy(() -> Params.instant("to", "tomorrow")).isInstanceOf(ApiException.class)
                .hasMessageContaining("ISO-8601");
    }

    @Test
    void incidentZeroAndNumbersPastALongAreBadReferences() {
        for (String ref : new String[] {"INC-0", "INC-99999999999999999999", "INC--1", "INC-", "42"}) {
            assertThatThrownBy(() -> Params.ref(ref)).as(ref).isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.BAD_PARAMETER);
        }
        assertThat(Params.ref("inc-42").toString()).isEqualTo("INC-42");
    }

    @Test
    void anUnknownOrMalformedTimeZoneIsABadRequest() {
        for (String tz : new String[] {"Mars/Olympus", "+99:00", "UTC+25", "../../etc", "\u0000"}) {
            assertThatThrownBy(() -> Params.zone(tz)).as(tz).isInstanceOf(ApiException.class)
                    .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.BAD_PARAMETER);
        }
        assertThat(Params.zone(" Europe/Paris ")).isEqualTo(ZoneId.of("Europe/Paris"));
    }
}
