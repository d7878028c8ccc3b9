package io.incidentledger.bench.round;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.bench.support.Args;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench/run round --results <dir> --load <file> [--title …] [--table docs/benchmarks.md]}: one new round
 * from every result file a run wrote into its own results dir, each goal row of issue 15 with its figure, reference,
 * ratio and verdict, then the other figures; with the load average sampled during the run ({@code --load}, one
 * number a line). Inserted before the table of all rows, so that table stays the file's end.
 */
public final class RoundReport {

    private static final String ALL_ROWS = "## All rows";

    private RoundReport() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Map<String, JsonNode> figures = figures(Path.of(args.text("results", "bench/results")));
        List<Double> load = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args.text("load", "/dev/null")))) {
            if (!line.isBlank()) {
                load.add(Double.parseDouble(line.trim().split("\\s+")[0]));
            }
        }
        StringBuilder round = new StringBuilder("## " + args.text("title", "Round (bench/full-run)") + "\n\n");
        round.append(String.format(Locale.ROOT, "Load average during the run (1 min, sampled every 10 s, %d samples): "
                        + "min %.1f, mean %.1f, max %.1f. Each figure's own load is in its row below.%n%n", load.size(),
                load.stream().mapToDouble(d -> d).min().orElse(Double.NaN), load.stream().mapToDouble(d -> d).average()
                        .orElse(Double.NaN), load.stream().mapToDouble(d -> d).max().orElse(Double.NaN)));
        round.append("| measure | figure | value | reference (same run) | ratio | goal | met? | load |\n|---|---|---|---|---|---|---|---|\n");
        Map<String, JsonNode> others = new LinkedHashMap<>(figures);
        for (Goal goal : Goal.TABLE) {
            boolean any = false;
            for (var figure : figures.entrySet()) {
                if (goal.figures().matcher(figure.getKey()).matches()) {
                    any = true;
                    others.remove(figure.getKey());
                    boolean met = goal.met().test(figure.getValue(), figures);
                    round.append(row(goal.measure(), figure.getValue(), goal.asks(), met ? "**met**" : "**missed**"));
                }
            }
            if (!any) {
                round.append("| ").append(goal.measure()).append(" | – | not measured in this run | | | ").append(goal.asks())
                        .append(" | **missed** (no figure) | |\n");
            }
        }
        others.values().forEach(figure -> round.append(row("other", figure, "–", "–")));
        round.append('\n');
        insert(Path.of(args.text("table", "docs/benchmarks.md")), round.toString());
        System.out.print(round);
    }

    /** By figure name, the later file's where two runs wrote the same name. */
    private static Map<String, JsonNode> figures(Path results) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode run = json.readTree(file.toFile());
                for (JsonNode figure : run.path("figures")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) figure).put("machine", run.path("machine").asText());
                    byName.put(figure.path("name").asText(), figure);
                }
            }
        }
        return byName;
    }

    private static String row(String measure, JsonNode f, String asks, String verdict) {
        String load = f.path("machine").asText().replaceAll(".*load ", "");
        return String.format(Locale.ROOT, "| %s | %s | %s %s | %s %s | %s | %s | %s | %s |%n", measure, f.path("name").asText(),
                number(f.path("value").asDouble()), f.path("unit").asText(), f.path("reference").asText(),
                number(f.path("referenceValue").asDouble()), number(Goal.ratio(f)), asks, verdict, load);
    }

    private static void insert(Path table, String round) throws Exception {
        String text = Files.exists(table) ? Files.readString(table) : "# Benchmarks\n\n";
        int at = text.indexOf(ALL_ROWS);
        Files.writeString(table, at < 0 ? text + "\n" + round : text.substring(0, at) + round + text.substring(at));
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.3g", value);
    }
}
