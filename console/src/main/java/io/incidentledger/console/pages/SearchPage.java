package io.incidentledger.console.pages;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.read.application.FlightRecorderSearch;
import io.incidentledger.read.application.SearchCriteria;
import io.incidentledger.read.application.SearchOrder;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The flight recorder: words, filters, facets as links, highlighted hits that open their timeline entry. */
@Controller
class SearchPage {

    private final FlightRecorderSearch search;

    SearchPage(FlightRecorderSearch search) {
        this.search = search;
    }

    @GetMapping("/console/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String incident,
                  @RequestParam(required = false) String author, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) String after, Model model) {
        boolean asked = Stream.of(q, incident, author, kind).anyMatch(v -> v != null && !v.isBlank());
        if (asked) {
            String ref = incident == null || incident.isBlank() ? null : IncidentRef.parse(incident).toString();
            var criteria = new SearchCriteria(blankToNull(q), ref, blankToNull(author), null, blankToNull(kind), null,
                    null, blankToNull(q) == null ? SearchOrder.TIME : SearchOrder.RELEVANCE, 20, blankToNull(after));
            model.addAttribute("result", search.search(criteria));
        }
        model.addAttribute("hits", new Highlights());
        return "console/search";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
