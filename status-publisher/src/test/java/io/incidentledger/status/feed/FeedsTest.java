package io.incidentledger.status.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.StatusPageProperties;
import io.incidentledger.status.StatusSnapshot;
import io.incidentledger.status.testdata.IncidentScript;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Both feeds, read back with Rome, a real feed parser. */
class FeedsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");
    private static final StatusPageProperties PAGE =
            new StatusPageProperties("acme", "Acme & Co status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("Checkout");
    private final IncidentView open = IncidentScript.declare(1, "Checkout <b>errors</b> é", Severity.SEV2, T0)
            .update("<script>alert(1)</script> see <https://x.test|runbook>").view();
    private final IncidentView resolved = IncidentScript.declare(2, "DNS", Severity.SEV3, T0.minusSeconds(3600))
            .status(IncidentStatus.RESOLVED, "Fixed").view();
    private final StatusSnapshot snapshot = StatusSnapshot.live(List.of(open, resolved), T0.plusSeconds(600), Map.of());

    @Test
    void atomParsesWithOneEntryPerIncidentWithStableIdsAndUpdatesInTheContent() throws Exception {
        SyndFeed feed = parse(AtomFeed.render(PAGE, CATALOG, snapshot));

        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isEqualTo("Acme & Co status history");
        assertEntries(feed, feed.getEntries().get(0).getContents().get(0).getValue());
        assertThat(parse(AtomFeed.render(PAGE, CATALOG, snapshot)).getEntries().get(0).getUri())
                .isEqualTo(feed.getEntries().get(0).getUri());
    }

    @Test
    void rssParsesWithTheSameEntries() throws Exception {
        SyndFeed feed = parse(RssFeed.render(PAGE, CATALOG, snapshot));

        assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
        assertEntries(feed, feed.getEntries().get(0).getDescription().getValue());
    }

    private void assertEntries(SyndFeed feed, String firstContent) {
        List<SyndEntry> entries = feed.getEntries();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).getTitle()).isEqualTo("INC-1: Checkout <b>errors</b> é (investigating)");
        assertThat(entries.get(0).getUri()).isEqualTo("urn:uuid:" + open.incidentId().value());
        assertThat(entries.get(0).getLink()).isEqualTo("https://status.acme.test/#inc-1");
        assertThat(entries.get(1).getUri()).isEqualTo("urn:uuid:" + resolved.incidentId().value());
        // the content is HTML in which the script is text, and updates come newest first
        assertThat(firstContent).doesNotContain("<script>").containsSubsequence("&lt;script&gt;alert(1)&lt;/script&gt;",
                "<a href=\"https://x.test\" rel=\"nofollow noopener\">runbook</a>", "We are investigating");
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new StringReader(xml));
    }
}
