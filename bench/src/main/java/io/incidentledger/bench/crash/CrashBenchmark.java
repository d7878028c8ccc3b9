package io.incidentledger.bench.crash;

import io.incidentledger.bench.support.AppProcess;
import io.incidentledger.bench.support.Args;
import io.incidentledger.bench.support.Figure;
import io.incidentledger.bench.support.ResultLog;
import io.incidentledger.bench.support.SlackClient;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * The crash test: signed channel messages and {@code note} commands from {@code --clients} incident channels
 * while the app (from {@code --jar}, local profile, one {@code --data-dir}) is killed with SIGKILL, {@code --rounds}
 * times each way: the app JVM alone (its PostgreSQL and Elasticsearch live on as orphans), and the app with every
 * server process it started. After each restart on the same data dir, every acknowledged message must be in the
 * event store and in its incident's timeline exactly once. The reference of each figure is the number acknowledged.
 */
public final class CrashBenchmark {

    private static final Pattern REF = Pattern.compile("INC-\\d+");

    private CrashBenchmark() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        Path dataDir = Path.of(args.text("data-dir", "/tmp/bench-crash")).toAbsolutePath();
        Path log = Path.of(args.text("log", dataDir + ".log"));
        FileSystemUtils.deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        Files.deleteIfExists(log);
        CrashSettings settings = new CrashSettings(Path.of(args.text("jar", "app/target/incident-ledger-app.jar")),
                Path.of(args.text("es-home", "app/target/elasticsearch/elasticsearch-8.19.21")).toAbsolutePath(),
                dataDir, args.number("port", 18090), log, args.number("clients", 8),
                Duration.ofSeconds(args.number("load-seconds", 10)), args.text("api-token", ""));
        int rounds = args.number("rounds", 3);

        AppProcess app = settings.start();
        List<Figure> figures = new ArrayList<>();
        try {
            for (CrashKind kind : kinds(args.text("kinds", "a,b"))) {
                List<RoundOutcome> outcomes = new ArrayList<>();
                for (int r = 1; r <= rounds; r++) {
                    RoundOutcome outcome = round(settings, app, kind, kind.code() + r);
                    app = outcome.restarted();
                    outcomes.add(outcome);
                    System.out.println(kind.label() + " round " + r + ": " + outcome.summary());
                }
                figures.add(RoundOutcome.figure(kind, outcomes));
            }
        } finally {
            app.stop();
        }
        ResultLog.from(args).write("crash", figures.toArray(Figure[]::new));
    }

    private static RoundOutcome round(CrashSettings settings, AppProcess app, CrashKind kind, String round)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        SlackClient slack = new SlackClient(http, app.url(), "local-signing-secret");
        Map<String, String> refs = declare(slack, round, settings.clients());
        CrashLoad load = new CrashLoad(slack, refs, round);
        load.start();
        TimeUnit.MILLISECONDS.sleep(settings.load().toMillis());
        long ackedBeforeKill = load.acknowledgedSoFar();
        CrashKind.Kill kill = kind.kill(app);
        List<Sent> sent = load.stop();
        int failedStarts = 0;
        AppProcess restarted = null;
        while (restarted == null) {
            try {
                restarted = settings.start();
            } catch (IllegalStateException exited) {
                // counted, and started again as an operator would; the log says why (see --log)
                System.out.println(kind.label() + " round " + round + ": restart failed: " + exited.getMessage());
                if (++failedStarts == 3) {
                    throw exited;
                }
            }
        }
        long orphansAlive = kill.orphans().stream().filter(ProcessHandle::isAlive).count();
        Map<String, Integer> stored = Ledger.inEventStore(settings.dataDir(), round);
        Map<String, Integer> shown = TimelineWait.untilShown(http, restarted.url(), settings.apiToken(), sent,
                round, Duration.ofMinutes(3));
        return new RoundOutcome(round, sent, stored, shown, ackedBeforeKill, kill.killed(),
                kill.orphans().size(), orphansAlive, failedStarts, restarted);
    }

    private static List<CrashKind> kinds(String codes) {
        return List.of(codes.split(",")).stream().map(String::trim)
                .map(code -> java.util.Arrays.stream(CrashKind.values()).filter(k -> k.code().equals(code)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("--kinds takes a and/or b, not " + code)))
                .toList();
    }

    private static Map<String, String> declare(SlackClient slack, String round, int count) throws Exception {
        Map<String, String> refs = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String channel = "CCRASH" + round.toUpperCase() + "X" + i + "X" + System.currentTimeMillis() % 100000;
            var answer = slack.command(channel, "U0CRASH", "declare Crash " + round + " " + i + " severity=4");
            Matcher ref = REF.matcher(answer.body());
            if (answer.statusCode() != 200 || !ref.find()) {
                throw new IllegalStateException("declare in " + channel + " answered " + answer.statusCode() + " " + answer.body());
            }
            refs.put(channel, ref.group());
        }
        return refs;
    }
}
