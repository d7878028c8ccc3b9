package io.incidentledger.read.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.http.ApiException;
import io.incidentledger.api.http.ErrorCode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
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

    @Test
    void noTimeZoneMeansUtc() {
        for (String none : new String[] {null, "", "   "}) {
            assertThat(Params.zone(none)).as("'" + none + "'").isEqualTo(ZoneId.of("UTC"));
        }
    }

    @Test
    void fixedOffsetsAreTimeZonesToo() {
        assertThat(Params.zone("+05:30")).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(Params.zone("UTC+01:00")).isEqualTo(ZoneId.of("UTC+01:00"));
    }

    @Test
    void theZoneRefusalNamesTheValueAndSaysWhatFits() {
        assertThatThrownBy(() -> Params.zone("Paris")).isInstanceOf(ApiException.class)
                .hasMessage("'Paris' is not a time zone; use an IANA name such as Europe/Paris or America/New_York, or UTC");
    }

    @Test
    void aMissingInstantIsNoBoundRatherThanAnError() {
        assertThat(Params.instant("from", null)).isNull();
        assertThat(Params.instant("from", "  ")).isNull();
    }

    @Test
    void anInstantWithAnOffsetIsTheSameMomentInUtc() {
        assertThat(Params.instant("at", "2026-11-22T10:00:00+01:00")).isEqualTo(Instant.parse("2026-11-22T09:00:00Z"));
    }

    @Test
    void theFirstAndLastMillisecondOfFourDigitYearsAreAcceptedAndOneMillisecondPastIsNot() {
        assertThat(Params.instant("from", "0001-01-01T00:00:00Z")).isEqualTo(Params.EARLIEST);
        assertThat(Params.instant("to", "9999-12-31T23:59:59.999Z")).isEqualTo(Params.LATEST);
        assertThatThrownBy(() -> Params.instant("to", "9999-12-31T23:59:59.9991Z")).isInstanceOf(ApiException.class)
                .hasMessage("to must lie between years 0001 and 9999, not '9999-12-31T23:59:59.9991Z'");
        assertThatThrownBy(() -> Params.instant("from", "0000-12-31T23:59:59.999Z")).isInstanceOf(ApiException.class)
                .hasMessageContaining("between years 0001 and 9999");
    }

    @Test
    void theInstantRefusalNamesTheParameterAndTheValue() {
        assertThatThrownBy(() -> Params.instant("at", "2026-11-22 09:00")).isInstanceOf(ApiException.class)
                .hasMessage("at must be an ISO-8601 instant such as 2026-11-22T09:00:00Z, not '2026-11-22 09:00'")
                .extracting(e -> ((ApiException) e).code()).isEqualTo(ErrorCode.BAD_PARAMETER);
    }

    @Test
    void aReferenceIsReadWhateverItsCaseAndSurroundingSpaces() {
        assertThat(Params.ref(" INC-7 ").toString()).isEqualTo("INC-7");
        assertThatThrownBy(() -> Params.ref(null)).isInstanceOf(ApiException.class)
                .hasMessage("'null' is not an incident reference; expected INC-<number>, for example INC-42");
    }

    @Test
    void blankTextIsNoValueAndOtherTextIsStripped() {
        assertThat(Params.blankToNull(null)).isNull();
        assertThat(Params.blankToNull(" \t ")).isNull();
        assertThat(Params.blankToNull(" checkout  ")).isEqualTo("checkout");
    }
}
