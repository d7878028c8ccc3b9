package io.incidentledger.read.application.review;

import static io.incidentledger.read.testdata.Timelines.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimelineMarkdownTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String HEAD = "| Date | Time | Who | Where | What | Text |\n|---|---|---|---|---|---|\n";

    @Test
    void aTimelineIsAHeadingTheZoneAndOneTableRowPerEntry() {
        var timeline = timeline("Checkout errors", entry(T0, "incident_declared", "U0ADA", "ada", "slack", "Checkout errors"),
                entry(T0.plusSeconds(65), "incident_status_changed", "29:1bob", "bob", "teams", "identified: db"));

        assertThat(TimelineMarkdown.render(timeline, UTC)).isEqualTo("# INC-42 Checkout errors: timeline\n\n"
                + "Times are UTC (UTC).\n\n" + HEAD
                + "| 2026-11-22 | 09:00:00 | ada | slack | incident declared | Checkout errors |\n"
                + "| 2026-11-22 | 09:01:05 | bob | teams | incident status changed | identified: db |\n");
    }

    @Test
    void anEmptyTimelineIsTheTableHeaderAlone() {
        assertThat(TimelineMarkdown.render(timeline("Quiet"), UTC))
                .isEqualTo("# INC-42 Quiet: timeline\n\nTimes are UTC (UTC).\n\n" + HEAD);
    }

    @Test
    void anEntryPastTheReadersMidnightIsOnTheReadersNextDay() {
        var late = timeline("Late", said(Instant.parse("2026-11-22T23:30:00Z"), "still down"));

        assertThat(TimelineMarkdown.render(late, ZoneId.of("Europe/Paris")))
                .contains("| 2026-11-23 | 00:30:00 | ada |");
        assertThat(TimelineMarkdown.render(late, ZoneId.of("America/New_York")))
                .contains("Times are America/New_York (ET).").contains("| 2026-11-22 | 18:30:00 | ada |");
    }

    @Test
    void summerTimeIsAppliedForTheDayOfTheEntryNotForToday() {
        var summer = timeline("Summer", said(Instant.parse("2026-07-01T12:00:00Z"), "hot"));
        var winter = timeline("Winter", said(Instant.parse("2026-01-01T12:00:00Z"), "cold"));

        assertThat(TimelineMarkdown.render(summer, ZoneId.of("Europe/Paris"))).contains("| 2026-07-01 | 14:00:00 |");
        assertThat(TimelineMarkdown.render(winter, ZoneId.of("Europe/Paris"))).contains("| 2026-01-01 | 13:00:00 |");
    }

    @Test
    void anEditedMessageShowsItsEarlierTextsEscapedToo() {
        var timeline = timeline("Edits", edited(said(T0, "db is down"), "db is slow", "db <b>|</b> slow"));

        assertThat(TimelineMarkdown.render(timeline, UTC))
                .endsWith("| db is down _(edited; was: db is slow / db &lt;b&gt;\\|&lt;/b&gt; slow)_ |\n");
    }

    @Test
    void aDeletedMessageIsStruckThroughAndMarkedWhetherOrNotItWasEdited() {
        var timeline = timeline("Deletes", deleted(said(T0, "key AKIA1")), deleted(edited(said(T0, "key AKIA2"), "key")));

        assertThat(TimelineMarkdown.render(timeline, UTC))
                .contains("| ~~key AKIA1~~ _(deleted)_ |\n").contains("| ~~key AKIA2~~ _(deleted)_ |\n")
                .doesNotContain("edited");
    }

    @Test
    void chatTextAndNamesCannotBreakOutOfTheirCellOrIntoHtml() {
        var timeline = timeline("<img src=x onerror=alert(1)> | [x](javascript:alert(1))",
                entry(T0, "chat_message_recorded", "U0EVE", "eve | <b>", "slack", "line one\nline | two <script>"));

        assertThat(TimelineMarkdown.render(timeline, UTC))
                .startsWith("# INC-42 &lt;img src=x onerror=alert(1)&gt; \\| \\[x\\](javascript:alert(1)): timeline\n")
                .endsWith("| eve \\| &lt;b&gt; | slack | chat message recorded | line one<br>line \\| two &lt;script&gt; |\n");
    }

    @Test
    void anEntryWithoutTextHasAnEmptyCell() {
        assertThat(TimelineMarkdown.render(timeline("No text", said(T0, null)), UTC))
                .endsWith("| ada | slack | chat message recorded |  |\n");
    }
}
