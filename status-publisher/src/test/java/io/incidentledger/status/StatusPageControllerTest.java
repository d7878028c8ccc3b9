package io.incidentledger.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.api.json.LedgerJson;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.projections.status.ViewNotReady;
import io.incidentledger.status.http.CachedResponse;
import io.incidentledger.status.testdata.InMemoryDisplayNames;
import io.incidentledger.status.testdata.IncidentScript;
import io.incidentledger.status.testdata.MovableClock;
import io.incidentledger.status.text.PageTexts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import io.incidentledger.api.component.ComponentCatalog;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The live outputs are rendered once per change of what they show, ahead of requests, and a request reads the last
 * finished rendering. Renders run on the caller's thread here unless a test queues them.
 */
class StatusPageControllerTest {

    private static final StatusPageProperties PAGE =
            new StatusPageProperties("acme", "Acme status", "https://status.acme.test");
    private static final ComponentCatalog CATALOG = () -> List.of("API");
    private static final Instant T0 = Instant.parse("2026-11-22T09:00:00Z");

    private final MovableClock clock = new MovableClock(T0.plus(Duration.ofHours(1)));
    private final InMemoryDisplayNames names = new InMemoryDisplayNames();
    private final Map<StatusDocument, Integer> renders = new ConcurrentHashMap<>();
    private final StatusDocuments documents = new StatusDocuments(PAGE, CATALOG, LedgerJson.newMapper()) {
        @Override
        public byte[] render(StatusDocument document, StatusSnapshot snapshot, PageTexts texts) {
            renders.merge(document, 1, Integer::sum);
            return super.render(document, snapshot, texts);
        }
    };
    private final AtomicInteger scans = new AtomicInteger();
    private volatile List<IncidentView> views = List.of();
    private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();
    private volatile boolean queueRenders;
    private final LivePage live = new LivePage(() -> {
        scans.incrementAndGet();
        return views;
    }, names, List::of, documents, CATALOG, clock, render -> {
        if (queueRenders) {
            queued.add(render);
        } else {
            render.run();
        }
    });
    private final StatusPageController controller = new StatusPageController(
            new PastDocuments(new StatusSnapshots(null, null, null, clock), documents, clock), documents, live, clock);

    @Test
    void requestsForAnUnchangedViewAreServedWithoutRenderingAgainOrScanningTheStore() {
        views = List.of(IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0).view());

        var first = page(new HttpHeaders());
        var second = page(new HttpHeaders());
        var revalidated = page(ifNoneMatch(first));
        summary();
        summary();

        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(second.getHeaders().getETag()).isEqualTo(first.getHeaders().getETag());
        assertThat(revalidated.getStatusCode().value()).isEqualTo(304);
        // one render of every document, the page once per offered language (en, de), and one scan of the store
        assertThat(renders).hasSize(StatusDocument.values().length).containsEntry(StatusDocument.PAGE, 2)
                .containsEntry(StatusDocument.SUMMARY, 1);
        assertThat(scans).hasValue(1);
    }

    @Test
    void aRequestDuringARenderGetsThePreviousBytesAndTheNextRequestTheNewOnes() {
        var script = IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0);
        views = List.of(script.view());
        var before = page(new HttpHeaders());
        queueRenders = true;

        changed(script.update("Rolling back the deploy").view());
        var during = page(new HttpHeaders());
        queued.forEach(Runnable::run);
        var after = page(new HttpHeaders());

        assertThat(queued).as("the change's render, queued once").hasSize(1);
        assertThat(during.getBody()).isEqualTo(before.getBody());
        assertThat(text(after)).contains("Rolling back the deploy");
        assertThat(after.getHeaders().getETag()).isNotEqualTo(before.getHeaders().getETag());
        assertThat(scans).as("the change came from the listener, not a scan").hasValue(1);
    }

    @Test
    void aViewWhoseOnlyChangeIsItsLastSequenceRendersNothing() {
        var view = IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0).view();
        views = List.of(view);
        page(new HttpHeaders());
        queueRenders = true;

        live.changed(view.incidentId().value(), new IncidentView(view.incidentId(), view.ref(), view.title(),
                view.severity(), view.status(), view.createdAt(), view.updatedAt(), view.monitoringAt(),
                view.resolvedAt(), view.components(), view.updates(), view.lastSequence() + 1, view.componentHistory()));

        assertThat(queued).as("a chat message's view asks for no render").isEmpty();
    }

    @Test
    void beforeTheFirstRenderFinishesTheViewIsNotReady() {
        queueRenders = true;

        assertThatThrownBy(() -> page(new HttpHeaders())).isInstanceOf(ViewNotReady.class);
        queued.forEach(Runnable::run);

        assertThat(page(new HttpHeaders()).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aCachedResponseIsTheOneRenderingPerRequestGave() {
        views = List.of(IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0).view());
        page(new HttpHeaders());

        ResponseEntity<byte[]> cached = page(new HttpHeaders());

        var snapshot = StatusSnapshot.live(views, clock.instant(), names.all());
        byte[] perRequest = new StatusDocuments(PAGE, CATALOG, LedgerJson.newMapper()).render(StatusDocument.PAGE, snapshot);
        assertThat(cached).isEqualTo(CachedResponse.of(perRequest, CachedResponse.etag(perRequest),
                StatusDocument.PAGE.mediaType(), snapshot.lastChange(), StatusPageController.LIVE_MAX_AGE,
                new HttpHeaders(), List.of(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @Test
    void aChangedViewIsOnTheVeryNextRequestWithANewEtag() {
        var script = IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0);
        views = List.of(script.view());
        var before = page(new HttpHeaders());

        changed(script.update("Rolling back the deploy").view());
        var after = page(ifNoneMatch(before));

        assertThat(after.getStatusCode().value()).isEqualTo(200);
        assertThat(text(after)).contains("Rolling back the deploy");
        assertThat(after.getHeaders().getETag()).isNotEqualTo(before.getHeaders().getETag());
    }

    @Test
    void aChangedDisplayNameIsOnTheVeryNextRequestWithANewEtag() {
        views = List.of(IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0)
                .update("<@U0BOB> is rolling back").view());
        var before = page(new HttpHeaders());
        var summaryBefore = summary();

        names.remember("U0BOB", "Bob Builder");
        live.inputsChanged(new StatusInputsChanged("display name"));
        var after = page(ifNoneMatch(before));

        assertThat(after.getStatusCode().value()).isEqualTo(200);
        assertThat(text(before)).contains("@U0BOB");
        assertThat(text(after)).contains("@Bob Builder").doesNotContain("@U0BOB");
        assertThat(after.getHeaders().getETag()).isNotEqualTo(before.getHeaders().getETag());
        assertThat(text(summary())).contains("@Bob Builder");
        assertThat(text(summaryBefore)).contains("@U0BOB");
    }

    @Test
    void aPastIncidentLeavesThePageWhenTheClockPassesFourteenDaysWhileTheJsonIsNotRenderedAgain() {
        views = List.of(IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0)
                .status(IncidentStatus.RESOLVED, "Fixed").view());
        Instant fourteenDaysAfterResolved = T0.plus(Duration.ofMinutes(1)).plus(Duration.ofDays(14));
        var shown = page(new HttpHeaders());
        summary();

        clock.move(Duration.between(clock.instant(), fourteenDaysAfterResolved.minusSeconds(60)));
        var stillShown = page(new HttpHeaders());
        clock.move(Duration.ofMinutes(2));
        var gone = page(ifNoneMatch(shown));
        summary();

        assertThat(text(shown)).contains("<strong>Checkout errors</strong>");
        assertThat(text(stillShown)).contains("<strong>Checkout errors</strong>");
        assertThat(gone.getStatusCode().value()).isEqualTo(200);
        assertThat(text(gone)).doesNotContain("Checkout errors").contains("No incidents in the last 14 days.");
        assertThat(gone.getHeaders().getETag()).isNotEqualTo(shown.getHeaders().getETag());
        // the page's uptime bars count to the minute, so each new minute renders it (en, de); the JSON has no bars
        assertThat(renders).containsEntry(StatusDocument.PAGE, 6).containsEntry(StatusDocument.SUMMARY, 1);
    }

    @Test
    void withoutAnyIncidentTheJsonShowsTheMomentOfItsRenderingAtMostAMinuteOld() {
        String first = text(summary());

        clock.move(Duration.ofSeconds(5));
        String sameMinute = text(summary());
        clock.move(Duration.ofSeconds(60));
        String nextMinute = text(summary());

        assertThat(first).contains("\"updated_at\":\"2026-11-22T10:00:00Z\"");
        assertThat(sameMinute).isEqualTo(first);
        assertThat(nextMinute).contains("\"updated_at\":\"2026-11-22T10:01:05Z\"");
    }

    @Test
    void eachLanguageIsRenderedAndCachedApartWithItsOwnEtagAndVaryNamesTheLanguage() {
        views = List.of(IncidentScript.declare(1, "Checkout errors", Severity.SEV2, T0).view());
        var german = page(language("de-CH, en;q=0.5"));
        var english = page(language("en-US"));
        var germanAgain = page(language("de"));
        var germanRevalidated = page(ifNoneMatch(german, "de"));
        var englishWithGermanTag = page(ifNoneMatch(german, "en"));

        assertThat(text(german)).contains("<html lang=\"de\">", "Laufende Störung");
        assertThat(text(english)).contains("<html lang=\"en\">", "Ongoing incident");
        assertThat(german.getHeaders().getETag()).isNotEqualTo(english.getHeaders().getETag())
                .isEqualTo(germanAgain.getHeaders().getETag());
        assertThat(german.getHeaders().getVary()).containsExactly("Accept-Encoding", "Accept-Language");
        assertThat(germanRevalidated.getStatusCode().value()).isEqualTo(304);
        assertThat(englishWithGermanTag.getStatusCode().value()).isEqualTo(200);
        assertThat(summary().getHeaders().getVary()).containsExactly("Accept-Encoding");
        assertThat(renders).containsEntry(StatusDocument.PAGE, 2);
    }

    private void changed(IncidentView view) {
        views = List.of(view);
        live.changed(view.incidentId().value(), view);
    }

    private static HttpHeaders language(String acceptLanguage) {
        var request = new HttpHeaders();
        request.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return request;
    }

    private static HttpHeaders ifNoneMatch(ResponseEntity<byte[]> response, String acceptLanguage) {
        var request = language(acceptLanguage);
        request.setIfNoneMatch(response.getHeaders().getETag());
        return request;
    }

    private ResponseEntity<byte[]> page(HttpHeaders request) {
        return controller.page(null, request);
    }

    private ResponseEntity<byte[]> summary() {
        return controller.summary(null, new HttpHeaders());
    }

    private static HttpHeaders ifNoneMatch(ResponseEntity<byte[]> response) {
        var request = new HttpHeaders();
        request.setIfNoneMatch(response.getHeaders().getETag());
        return request;
    }

    private static String text(ResponseEntity<byte[]> response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }
}
