package io.incidentledger.read.application.review;

import static io.incidentledger.read.testdata.Timelines.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.projections.timeline.FollowUpAction;
import io.incidentledger.projections.timeline.IncidentTimeline;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewMarkdownTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aReviewHasItsSectionsInTheOrderAReviewMeetingWalksThem() {
        assertThat(review().lines().filter(line -> line.startsWith("#"))).containsExactly(
                "# Post-incident review (draft): INC-42 Checkout errors", "## Summary", "## Impact", "## Participants",
                "## Metrics", "## Timeline", "## Decisions (pinned messages)", "## Follow-up actions");
    }

    @Test
    void theFactsFollowTheSummaryWithTimesInTheReadersZone() {
        assertThat(review()).contains("## Summary\n\nPayments failed\nfor EU cards\n\n- Severity: SEV2\n- Status: resolved\n"
                + "- Declared: 2026-11-22 10:00:00 Europe/Paris\n- Resolved: 2026-11-22 11:01:05 Europe/Paris\n\n## Impact\n");
    }

    @Test
    void theMetricsTableSaysWhichMilestoneWasNotReached() {
        assertThat(review()).contains("| Measure | Time |\n|---|---|\n| Time to acknowledge | 2m 00s |\n"
                + "| Time to mitigate | not reached |\n| Time to resolve | 1h 01m 05s |\n\n## Timeline\n\nTimes are Europe/Paris");
    }

    @Test
    void pinnedMessagesAreTheDecisionsAndEachActionShowsWhetherItIsDone() {
        assertThat(review()).endsWith("| 2026-11-22 | 10:06:00 | bob | slack | message pinned | fail over to the replica |\n\n"
                + "## Decisions (pinned messages)\n\n- 2026-11-22 10:06:00 Europe/Paris: fail over to the replica\n\n"
                + "## Follow-up actions\n\n- [x] 1. add an alert\n- [ ] 2. write the runbook\n");
    }

    @Test
    void withoutMetricsNoMilestoneIsReachedAndNoResolvedLineIsInvented() {
        String review = ReviewMarkdown.render(timeline("New"), null, PARIS);

        assertThat(review).contains("| Time to acknowledge | not reached |", "| Time to mitigate | not reached |",
                "| Time to resolve | not reached |").doesNotContain("- Resolved:");
        assertThat(ReviewMarkdown.render(timeline("Open"), metrics(T0.plusSeconds(30), null, null), PARIS))
                .contains("| Time to acknowledge | 30s |").doesNotContain("- Resolved:");
    }

    @Test
    void whatTheLedgerDoesNotKnowIsLeftMarkedForPeopleToWrite() {
        String review = ReviewMarkdown.render(timeline("Quiet"), null, PARIS);

        assertThat(review).contains("## Summary\n\n_To be written._\n", "## Impact\n\n_To be written._\n",
                "## Decisions (pinned messages)\n\n_None pinned._\n", "## Follow-up actions\n\n_None recorded._\n");
    }

    @Test
    void aPersonFirstSeenOnlyByIdIsListedOnceUnderTheNameSeenLater() {
        IncidentTimeline timeline = timeline("Names", entry(T0, "chat_message_recorded", "U0BOB", "U0BOB", "slack", "hi"),
                said(T0.plusSeconds(1), "hello"), entry(T0.plusSeconds(2), "message_pinned", "U0BOB", "bob", "slack", "x"),
                entry(T0.plusSeconds(3), "chat_message_recorded", "U0BOB", "U0BOB", "slack", "again"));

        assertThat(ReviewMarkdown.render(timeline, null, PARIS))
                .contains("## Participants\n\n- bob (slack)\n- ada (slack)\n\n## Metrics").doesNotContain("- U0BOB");
    }

    @Test
    void textFromChatIsEscapedInEverySectionThatQuotesIt() {
        var timeline = timeline("<b>Title</b>", "[summary](javascript:alert(1))", "<script>impact</script>",
                List.of(entry(T0, "message_pinned", "U0EVE", "eve | <i>", "slack", "![](https://tracker.test/p.gif)")),
                List.of(new FollowUpAction(1, "<img src=x> [a](b)", false)));

        assertThat(ReviewMarkdown.render(timeline, null, PARIS)).contains(
                "# Post-incident review (draft): INC-42 &lt;b&gt;Title&lt;/b&gt;\n",
                "## Summary\n\n\\[summary\\](javascript:alert(1))\n",
                "## Impact\n\n&lt;script&gt;impact&lt;/script&gt;\n",
                "- eve \\| &lt;i&gt; (slack)\n",
                "Europe/Paris: !\\[\\](https://tracker.test/p.gif)\n",
                "- [ ] 1. &lt;img src=x&gt; \\[a\\](b)\n").doesNotContain("<b>", "<script>", "<img", "<i>");
    }

    @Test
    void durationsReadAsSecondsMinutesOrHoursWithTwoDigitsBelowTheLargestUnit() {
        assertThat(ReviewMarkdown.duration(Duration.ZERO)).isEqualTo("0s");
        assertThat(ReviewMarkdown.duration(Duration.ofSeconds(59))).isEqualTo("59s");
        assertThat(ReviewMarkdown.duration(Duration.ofSeconds(60))).isEqualTo("1m 00s");
        assertThat(ReviewMarkdown.duration(Duration.ofSeconds(3599))).isEqualTo("59m 59s");
        assertThat(ReviewMarkdown.duration(Duration.ofSeconds(3600))).isEqualTo("1h 00m 00s");
        assertThat(ReviewMarkdown.duration(Duration.ofHours(49).plusSeconds(7))).isEqualTo("49h 00m 07s");
        assertThat(ReviewMarkdown.duration(Duration.ofMillis(1999))).isEqualTo("1s");
        assertThat(ReviewMarkdown.duration(null)).isEqualTo("not reached");
    }

    /** Declared by ada at T0, a decision pinned by bob, acknowledged after 2 minutes, resolved after 1h 01m 05s. */
    private static String review() {
        var timeline = timeline("Checkout errors", "Payments failed\nfor EU cards", null, List.of(
                entry(T0, "incident_declared", "U0ADA", "ada", "slack", "Checkout errors"),
                entry(T0.plusSeconds(360), "message_pinned", "U0BOB", "bob", "slack", "fail over to the replica")),
                List.of(new FollowUpAction(1, "add an alert", true), new FollowUpAction(2, "write the runbook", false)));
        return ReviewMarkdown.render(timeline, metrics(T0.plusSeconds(120), null, T0.plusSeconds(3665)), PARIS);
    }
}
