package io.incidentledger.status;

import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.status.badge.StatusBadge;
import io.incidentledger.status.badge.StatusBadges;
import io.incidentledger.status.components.BoardEntry;
import io.incidentledger.status.components.ComponentBoard;
import io.incidentledger.status.text.PageTexts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Renders every live output of one snapshot: each document, the page in each offered language, and the badges. */
final class PageRenderer {

    private final StatusDocuments documents;
    private final LiveDocuments live;
    private final ComponentCatalog catalog;

    PageRenderer(StatusDocuments documents, ComponentCatalog catalog) {
        this.documents = documents;
        this.live = new LiveDocuments(documents);
        this.catalog = catalog;
    }

    RenderedPage render(StatusSnapshot snapshot, Instant minute) {
        var rendered = new HashMap<RenderedPage.Key, RenderedDocument>();
        PageTexts fallback = documents.languages().fallback();
        for (StatusDocument document : StatusDocument.values()) {
            if (document != StatusDocument.PAGE) {
                rendered.put(new RenderedPage.Key(document, null), live.render(document, snapshot, fallback));
                continue;
            }
            for (Locale locale : documents.languages().offered()) {
                PageTexts texts = documents.languages().preferred(locale.toLanguageTag());
                rendered.put(new RenderedPage.Key(document, texts.locale()), live.render(document, snapshot, texts));
            }
        }
        // badges speak the default language, so one URL is one image for every reader
        var board = ComponentBoard.of(catalog, snapshot);
        var badges = new HashMap<String, RenderedDocument>();
        for (BoardEntry entry : board.flat()) {
            StatusBadges.component(board, entry.id(), fallback).ifPresent(badge -> badges.put(entry.id(), svg(badge)));
        }
        return new RenderedPage(snapshot.lastChange(), minute, rendered,
                svg(StatusBadges.page(board, snapshot.unresolved(), fallback)), badges);
    }

    private static RenderedDocument svg(StatusBadge badge) {
        return RenderedDocument.of(badge.svg().getBytes(StandardCharsets.UTF_8));
    }
}
