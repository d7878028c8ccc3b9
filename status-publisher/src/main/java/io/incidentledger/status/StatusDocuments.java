package io.incidentledger.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.projections.status.IncidentView;
import io.incidentledger.status.feed.AtomFeed;
import io.incidentledger.status.feed.RssFeed;
import io.incidentledger.status.html.PageSection;
import io.incidentledger.status.html.StatusPageHtml;
import io.incidentledger.status.statuspage.StatuspageMaintenances;
import io.incidentledger.status.statuspage.StatuspageMapper;
import io.incidentledger.status.text.PageLanguages;
import io.incidentledger.status.text.PageTexts;
import io.incidentledger.api.component.ComponentCatalog;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Renders any {@link StatusDocument} of a snapshot to bytes; the controllers and the static export share it. The page
 * is rendered in a language of {@link #languages()}; JSON and feeds, read by programs, are the same in all.
 */
@Component
public class StatusDocuments {

    private final StatusPageProperties page;
    private final ComponentCatalog catalog;
    private final ObjectMapper json;
    private final PageLanguages languages;
    private final List<PageSection> sections;

    public StatusDocuments(StatusPageProperties page, ComponentCatalog catalog, ObjectMapper mapper) {
        this(page, catalog, mapper, List.of());
    }

    @Autowired
    public StatusDocuments(StatusPageProperties page, ComponentCatalog catalog, ObjectMapper mapper,
                           ObjectProvider<PageSection> sections) {
        this(page, catalog, mapper, sections.orderedStream().toList());
    }

    private StatusDocuments(StatusPageProperties page, ComponentCatalog catalog, ObjectMapper mapper,
                            List<PageSection> sections) {
        this.page = page;
        this.catalog = catalog;
        this.languages = new PageLanguages(page.locale(), page.locales(), page.timeZone());
        this.sections = sections;
        this.json = mapper.copy();
        // <, > and & as \u003c etc.: JSON pasted into a page or a widget's innerHTML can never open a tag
        this.json.getFactory().setCharacterEscapes(new HtmlSafeJsonEscapes());
    }

    public PageLanguages languages() {
        return languages;
    }

    /** In the default language, as the static export writes it. */
    public byte[] render(StatusDocument document, StatusSnapshot snapshot) {
        return render(document, snapshot, languages.fallback());
    }

    public byte[] render(StatusDocument document, StatusSnapshot snapshot, PageTexts texts) {
        return switch (document) {
            case PAGE -> utf8(StatusPageHtml.render(page, catalog, snapshot, texts, sections));
            case SUMMARY -> json(StatuspageMapper.summary(page, catalog, snapshot));
            case STATUS -> json(StatuspageMapper.status(page, snapshot));
            case COMPONENTS -> json(StatuspageMapper.componentList(page, catalog, snapshot));
            case INCIDENTS -> json(StatuspageMapper.incidents(page, catalog, snapshot, false));
            case UNRESOLVED -> json(StatuspageMapper.incidents(page, catalog, snapshot, true));
            case MAINTENANCES -> json(StatuspageMaintenances.all(page, catalog, snapshot));
            case UPCOMING_MAINTENANCES -> json(StatuspageMaintenances.upcoming(page, catalog, snapshot));
            case ACTIVE_MAINTENANCES -> json(StatuspageMaintenances.active(page, catalog, snapshot));
            case ATOM -> utf8(AtomFeed.render(page, catalog, snapshot));
            case RSS -> utf8(RssFeed.render(page, catalog, snapshot));
        };
    }

    /**
     * What of the snapshot's moment the document's bytes depend on: for the same incidents and names, an equal key
     * means equal bytes. Keep it in step with the renderers: the live outputs are cached on it.
     */
    public Object momentKey(StatusDocument document, StatusSnapshot snapshot) {
        if (snapshot.historical()) {
            return snapshot.asOf();
        }
        // every document shows the maintenance windows, in summary.json, the page or the feeds
        return List.of(snapshot.maintenances(), incidentMomentKey(document, snapshot));
    }

    private static Object incidentMomentKey(StatusDocument document, StatusSnapshot snapshot) {
        if (document == StatusDocument.PAGE) {
            // the uptime bars count up to the minute shown
            return List.of(StatusPageHtml.pastIncidents(snapshot).stream().map(IncidentView::incidentId).toList(),
                    snapshot.moment().truncatedTo(ChronoUnit.MINUTES));
        }
        // JSON updated_at, Atom <updated> and RSS <lastBuildDate> show the moment itself when there is no incident
        return snapshot.incidents().isEmpty() ? snapshot.moment() : List.of();
    }

    private byte[] json(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the status JSON", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
