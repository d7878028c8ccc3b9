package io.incidentledger.console.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.id.Severity;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import io.incidentledger.projections.metrics.MetricsSummary;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** MTTA, time to mitigate and MTTR per week of declaration, and incidents per week by severity, as charts. */
@Controller
class MetricsPage {

    private final LedgerMetrics metrics;
    private final ObjectMapper json;

    MetricsPage(LedgerMetrics metrics, ObjectMapper json) {
        this.metrics = metrics;
        this.json = json;
    }

    @GetMapping("/console/metrics")
    String metrics(Model model) throws JsonProcessingException {
        List<IncidentMetrics> all = metrics.all();
        MetricsSummary summary = MetricsSummary.of(all);
        Map<String, List<IncidentMetrics>> weeks = new TreeMap<>();
        all.forEach(m -> weeks.computeIfAbsent(week(m), w -> new java.util.ArrayList<>()).add(m));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("weeks", List.copyOf(weeks.keySet()));
        data.put("mtta", weeks.values().stream().map(w -> meanMinutes(w, IncidentMetrics::timeToAcknowledge)).toList());
        data.put("mttm", weeks.values().stream().map(w -> meanMinutes(w, IncidentMetrics::timeToMitigate)).toList());
        data.put("mttr", weeks.values().stream().map(w -> meanMinutes(w, IncidentMetrics::timeToResolve)).toList());
        Map<String, List<Long>> perSeverity = new LinkedHashMap<>();
        Arrays.stream(Severity.values()).forEach(s -> perSeverity.put(s.name(), weeks.keySet().stream()
                .map(w -> summary.declaredPerWeek().getOrDefault(w, Map.of()).getOrDefault(s, 0L)).toList()));
        data.put("perSeverity", perSeverity);
        model.addAttribute("summary", summary);
        model.addAttribute("data", json.writeValueAsString(data));
        model.addAttribute("weeks", weeks.keySet());
        model.addAttribute("perSeverity", perSeverity);
        model.addAttribute("echarts", "/webjars/echarts/" + Assets.ECHARTS + "/dist/echarts.min.js");
        return "console/metrics";
    }

    private static String week(IncidentMetrics m) {
        var day = m.declaredAt().atZone(ZoneOffset.UTC);
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static Double meanMinutes(List<IncidentMetrics> week, Function<IncidentMetrics, Duration> measure) {
        var values = week.stream().map(measure).filter(Objects::nonNull).mapToLong(Duration::toSeconds).toArray();
        return values.length == 0 ? null : Math.round(Arrays.stream(values).average().orElseThrow() / 6.0) / 10.0;
    }
}
