package io.incidentledger.app.testdata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hawkular.agent.prometheus.text.TextPrometheusMetricDataParser;
import org.hawkular.agent.prometheus.types.MetricFamily;

/** /actuator/prometheus read by a Prometheus text-format (0.0.4) parser, one family per name, in scrape order. */
public final class PrometheusScrape {

    private PrometheusScrape() {
    }

    public static Map<String, MetricFamily> parse(String text) throws IOException {
        var parser = new TextPrometheusMetricDataParser(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        Map<String, MetricFamily> families = new LinkedHashMap<>();
        for (MetricFamily family = parser.parse(); family != null; family = parser.parse()) {
            if (families.put(family.getName(), family) != null) {
                throw new AssertionError("two families named " + family.getName());
            }
        }
        return families;
    }
}
