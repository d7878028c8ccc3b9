package io.incidentledger.read.adapter.out.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void aCursorThisClassWroteReadsBackTheSameSortValues() {
        String cursor = SearchCursor.encode(List.of(FieldValue.of(1.5), FieldValue.of(1764000000000L), FieldValue.of("e-1")));

        List<FieldValue> values = SearchCursor.decode(cursor, "dls");

        assertThat(values).extracting(FieldValue::_get).containsExactly(1.5, 1764000000000L, "e-1");
    }

    @Test
    void aRelevanceCursorUsedForATimeSortIsRefusedBeforeElasticsearchSeesIt() {
        String cursor = SearchCursor.encode(List.of(FieldValue.of(1.5), FieldValue.of(1L), FieldValue.of("e-1")));

        assertThatThrownBy(() -> SearchCursor.decode(cursor, "ls")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same q and sort");
    }

    @Test
    void aWellFormedCursorWithValuesOfTheWrongKindIsRefused() {
        assertThatThrownBy(() -> SearchCursor.decode(raw("sabc\nl1"), "ls")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aScoreThatIsNotAFiniteNumberIsRefused() {
        assertThatThrownBy(() -> SearchCursor.decode(raw("dNaN\nl1\nse"), "dls")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SearchCursor.decode(raw("dInfinity\nl1\nse"), "dls")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textThatIsNoCursorAtAllIsRefused() {
        for (String hostile : List.of("", "!!!", raw(""), raw("l"), raw("l99999999999999999999\nsx"), "%00")) {
            assertThatThrownBy(() -> SearchCursor.decode(hostile, "ls")).as(hostile)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a cursor");
        }
    }

    @Test
    void aCursorIsUrlSafeSoItTravelsInAQueryStringUnescaped() {
        String cursor = SearchCursor.encode(List.of(FieldValue.of(0.1234567), FieldValue.of(Long.MAX_VALUE), FieldValue.of("é?&=/+ ☃")));

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(SearchCursor.decode(cursor, "dls")).extracting(FieldValue::_get)
                .containsExactly(0.1234567, Long.MAX_VALUE, "é?&=/+ ☃");
    }

    @Test
    void negativeAndExtremeNumbersAndAnEmptyStringReadBackExactly() {
        var values = List.of(FieldValue.of(-1.0E-300), FieldValue.of(Long.MIN_VALUE), FieldValue.of(""));

        assertThat(SearchCursor.decode(SearchCursor.encode(values), "dls")).extracting(FieldValue::_get)
                .containsExactly(-1.0E-300, Long.MIN_VALUE, "");
    }

    @Test
    void aTimeSortCursorUsedForARelevanceSortIsRefusedToo() {
        String cursor = SearchCursor.encode(List.of(FieldValue.of(1764000000000L), FieldValue.of("e-1")));

        assertThatThrownBy(() -> SearchCursor.decode(cursor, "dls")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + cursor + "' is not a cursor this API gave out for this sort; use the 'next' value of "
                        + "the previous page, with the same q and sort");
    }

    @Test
    void anUnknownKindLetterIsRefusedEvenWhereTheSortExpectsIt() {
        assertThatThrownBy(() -> SearchCursor.decode(raw("x1\nse"), "xs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a cursor");
    }

    private static String raw(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
