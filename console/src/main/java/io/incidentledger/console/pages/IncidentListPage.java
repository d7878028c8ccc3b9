package io.incidentledger.console.pages;

import io.incidentledger.api.id.IncidentStatus;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.status.IncidentView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Open and past incidents, filtered by status, severity, component, lead and declared date, a page at a time. */
@Controller
class IncidentListPage {

    static final int PAGE = 20;

    private final Incidents incidents;

    IncidentListPage(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping({"/console", "/console/incidents"})
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String severity,
                @RequestParam(required = false) String component, @RequestParam(required = false) String lead,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "0") int page, Model model) {
        IncidentStatus wantedStatus = blank(status) ? null : IncidentStatus.parse(status).orElseThrow(() ->
                new IllegalArgumentException("status must be investigating, identified, monitoring, resolved or closed"));
        Severity wantedSeverity = blank(severity) ? null : Severity.parse(severity).orElseThrow(() ->
                new IllegalArgumentException("severity must be 1 to 4"));
        Instant after = day("from", from, 0);
        Instant before = day("to", to, 1);
        Predicate<IncidentView> wanted = v -> (wantedStatus == null || v.status() == wantedStatus)
                && (wantedSeverity == null || v.severity() == wantedSeverity)
                && (blank(component) || v.components().keySet().stream().anyMatch(c -> c.equalsIgnoreCase(component.strip())))
                && (after == null || !v.createdAt().isBefore(after)) && (before == null || v.createdAt().isBefore(before));
        List<IncidentRow> rows = incidents.all().stream().filter(wanted)
                .map(v -> IncidentRow.of(v, incidents.summary(v.ref()).orElse(null)))
                .filter(r -> blank(lead) || r.lead().toLowerCase(Locale.ROOT).contains(lead.strip().toLowerCase(Locale.ROOT)))
                .toList();
        int first = Math.max(0, page) * PAGE;
        model.addAttribute("rows", rows.subList(Math.min(first, rows.size()), Math.min(first + PAGE, rows.size())));
        model.addAttribute("total", rows.size());
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", first + PAGE < rows.size());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("severities", Severity.values());
        return "console/incidents";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static Instant day(String name, String value, int plusDays) {
        try {
            return blank(value) ? null : LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2026-11-30");
        }
    }
}
