package io.incidentledger.bench.round;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.ResultLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures written by the drivers' own ResultLog, judged against issue 15's goals into one round. */
class RoundReportTest {

    private static final double NAN = Double.NaN;

    @Test
    void eachGoalIsJudgedFromItsFiguresAndTheRoundGoesBeforeTheTableOfAllRows(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results");
        Path table = dir.resolve("benchmarks.md");
        Files.writeString(table, "# Benchmarks\n\n## Earlier round\n\ntext\n\n## All rows\n\n| date |\n|---|\n");
        ResultLog log = new ResultLog(results, dir.resolve("rows.md"));
        log.write("ack-latency",
                figure("ack latency p99 at 300/s vs no-op p99", 14, "no-op p99", 10, Map.of()),
                figure("acks over 1 s at 300/s", 0, "no-op over 1 s", 0, Map.of()),
                // within 1.5× at 1,000/s, but one request took over a second: missed
                figure("ack latency p99 at 1000/s vs no-op p99", 12, "no-op p99", 10, Map.of()),
                figure("acks over 1 s at 1000/s", 1, "no-op over 1 s", 0, Map.of()));
        log.write("ingest", figure("ingest msgs/s sustained vs no-op endpoint", 3500, "no-op", 6000, Map.of("keptUp", false)));
        log.write("freshness", figure("freshness to /api/search at 300/s", 420, "goal", 500,
                Map.of("lost", 0, "markers", Map.of("count", 30))));
        log.write("footprint-under-load", figure("total PSS under-load", 1900, "goal", 2048, Map.of()));
        log.write("search", figure("search latency p99 vs ES took p99", 30, "ES took p99", 20, Map.of()));
        Files.writeString(dir.resolve("load.txt"), "3.0\n5.0\n");

        RoundReport.main(new String[] {"--results", results.toString(), "--load", dir.resolve("load.txt").toString(),
                "--table", table.toString(), "--title", "Round 3"});

        String text = Files.readString(table);
        assertThat(text.indexOf("## Round 3")).isGreaterThan(text.indexOf("## Earlier round")).isLessThan(text.indexOf("## All rows"));
        assertThat(text).contains("min 3.0, mean 4.0, max 5.0")
                .containsPattern("ack latency p99 at 300/s vs no-op p99 \\| 14\\.0 ms .*\\| 1\\.40 \\|.*\\*\\*met\\*\\*")
                .containsPattern("ack latency p99 at 1000/s vs no-op p99 .*\\*\\*missed\\*\\*")
                // 3,500/s and 0.58× no-op, but the views fell behind
                .containsPattern("ingest msgs/s sustained vs no-op endpoint .*\\*\\*missed\\*\\*")
                .containsPattern("freshness to /api/search at 300/s .*\\*\\*met\\*\\*")
                .containsPattern("total PSS under-load .*\\*\\*met\\*\\*")
                .containsPattern("\\| Replay into every view \\| – \\| not measured in this run .*\\*\\*missed\\*\\* \\(no figure\\)")
                .containsPattern("\\| other \\| search latency p99 vs ES took p99 ");
    }

    private static Figure figure(String name, double value, String reference, double referenceValue, Map<String, Object> details) {
        return new Figure(name, value, name.contains("msgs") ? "msg/s" : "ms", reference, referenceValue, NAN, NAN, NAN, "", details);
    }
}
