package io.incidentledger.bench.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Each run: one JSON file under the results dir and one row per figure appended to docs/benchmarks.md. */
public final class ResultLog {

    private static final String HEADER = """
            | date (UTC) | machine | figure | value | reference | ratio | p50 ms | p99 ms | max ms | notes |
            |---|---|---|---|---|---|---|---|---|---|
            """;

    private final Path resultsDir;
    private final Path table;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ResultLog(Path resultsDir, Path table) {
        this.resultsDir = resultsDir;
        this.table = table;
    }

    public static ResultLog from(Args args) {
        return new ResultLog(Path.of(args.text("results", "bench/results")), Path.of(args.text("table", "docs/benchmarks.md")));
    }

    public Path write(String benchmark, Figure... figures) throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String machine = Machine.describe();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("benchmark", benchmark);
        run.put("at", now.toString());
        run.put("machine", machine);
        run.put("figures", figures);
        Files.createDirectories(resultsDir);
        Path file = resultsDir.resolve(benchmark + "-" + now.toString().replace(":", "") + ".json");
        json.writeValue(file.toFile(), run);
        StringBuilder rows = new StringBuilder();
        for (Figure f : figures) {
            rows.append(String.format(Locale.ROOT, "| %s | %s | %s | %s %s | %s %s | %s | %s | %s | %s | %s |%n",
                    now, machine, f.name(), number(f.value()), f.unit(), f.reference(), number(f.referenceValue()),
                    number(f.ratio()), number(f.p50()), number(f.p99()), number(f.max()), f.notes()));
        }
        if (!Files.exists(table)) {
            Files.createDirectories(table.toAbsolutePath().getParent());
            Files.writeString(table, "# Benchmarks\n\n" + HEADER);
        }
        Files.writeString(table, rows.toString(), StandardOpenOption.APPEND);
        System.out.print(rows);
        return file;
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Math.abs(value) >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        // ratios far below 1 are the interesting ones: keep two significant digits
        return Math.abs(value) >= 0.1 || value == 0 ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.2g", value);
    }
}
