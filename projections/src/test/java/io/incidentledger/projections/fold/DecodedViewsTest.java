package io.incidentledger.projections.fold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedViewsTest {

    private final DecodedViews<String> decoded = DecodedViews.upTo(DecodedViews.BUDGET_BYTES);

    @Test
    void aViewIsAnsweredOnlyForTheBytesItWasDecodedFrom() {
        decoded.put("incident-1", bytes("{\"title\":\"one\"}"), "one");

        assertThat(decoded.get("incident-1", bytes("{\"title\":\"one\"}"))).as("an equal copy").isEqualTo("one");
        assertThat(decoded.get("incident-1", bytes("{\"title\":\"repaired\"}"))).as("changed elsewhere").isNull();
        assertThat(decoded.get("incident-2", bytes("{\"title\":\"one\"}"))).as("another key").isNull();
    }

    @Test
    void theLeastRecentlyUsedViewsGoPastTheBudgetButTheLatestStaysEvenIfLarger() {
        byte[] half = new byte[(int) (DecodedViews.BUDGET_BYTES / 2)];
        decoded.put("old", half, "old");
        decoded.put("used", half, "used");
        decoded.get("old", half);

        decoded.put("new", new byte[16], "new");

        assertThat(decoded.get("used", half)).isNull();
        assertThat(decoded.get("old", half)).isEqualTo("old");
        byte[] huge = new byte[(int) DecodedViews.BUDGET_BYTES + 1];
        decoded.put("huge", huge, "huge");
        assertThat(decoded.get("huge", huge)).isEqualTo("huge");
        assertThat(decoded.get("old", half)).isNull();
    }

    @Test
    void noneKeepsNothing() {
        DecodedViews<String> none = DecodedViews.none();
        byte[] stored = bytes("{}");

        none.put("incident-1", stored, "view");

        assertThat(none.get("incident-1", stored)).isNull();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
