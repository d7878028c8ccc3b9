package io.incidentledger.bench.crash;

import io.incidentledger.bench.support.AppProcess;
import io.incidentledger.bench.support.Figure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one kill did to the acknowledged messages, in the event store and in the timelines. */
record RoundOutcome(String round, List<Sent> sent, Map<String, Integer> stored, Map<String, Integer> shown,
                    long ackedBeforeKill, int killed, int orphans, long orphansAliveAfterRestart,
                    int failedRestarts, AppProcess restarted) {

    long acknowledged() {
        return sent.stream().filter(Sent::acknowledged).count();
    }

    long notes() {
        return sent.stream().filter(s -> s.acknowledged() && s.command()).count();
    }

    long lost(Map<String, Integer> counts) {
        return sent.stream().filter(Sent::acknowledged).filter(s -> !counts.containsKey(s.key())).count();
    }

    long duplicated(Map<String, Integer> counts) {
        return counts.values().stream().filter(n -> n > 1).count();
    }

    /** Not acknowledged (killed in flight) yet in the ledger: allowed, Slack would retry it and the ledger dedupe. */
    long unacknowledgedStored() {
        return sent.stream().filter(s -> !s.acknowledged()).filter(s -> stored.containsKey(s.key())).count();
    }

    String summary() {
        return String.format("%d sent, %d acknowledged (%d notes), event store: %d lost, %d duplicated; timelines: %d lost,"
                        + " %d duplicated; %d unacknowledged but stored; %d processes killed, %d orphans left, %d alive after restart; %d failed restarts",
                sent.size(), acknowledged(), notes(), lost(stored), duplicated(stored), lost(shown), duplicated(shown),
                unacknowledgedStored(), killed, orphans, orphansAliveAfterRestart, failedRestarts);
    }

    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("round", round);
        details.put("sent", sent.size());
        details.put("acknowledged", acknowledged());
        details.put("acknowledgedBeforeTheKill", ackedBeforeKill);
        details.put("acknowledgedNotes", notes());
        details.put("lostInEventStore", lost(stored));
        details.put("duplicatedInEventStore", duplicated(stored));
        details.put("lostInTimelines", lost(shown));
        details.put("duplicatedInTimelines", duplicated(shown));
        details.put("unacknowledgedButStored", unacknowledgedStored());
        details.put("processesKilled", killed);
        details.put("orphanProcesses", orphans);
        details.put("orphansAliveAfterRestart", orphansAliveAfterRestart);
        details.put("failedRestarts", failedRestarts);
        return details;
    }

    static Figure figure(CrashKind kind, List<RoundOutcome> rounds) {
        long acknowledged = rounds.stream().mapToLong(RoundOutcome::acknowledged).sum();
        long lost = rounds.stream().mapToLong(r -> r.lost(r.stored()) + r.lost(r.shown())).sum();
        long lostStored = rounds.stream().mapToLong(r -> r.lost(r.stored())).sum();
        long lostShown = rounds.stream().mapToLong(r -> r.lost(r.shown())).sum();
        long duplicated = rounds.stream().mapToLong(r -> r.duplicated(r.stored()) + r.duplicated(r.shown())).sum();
        long orphansLeft = rounds.stream().mapToLong(RoundOutcome::orphansAliveAfterRestart).sum();
        String notes = String.format("%d rounds; lost %d in event store, %d in timelines; duplicated %d; %d unacknowledged"
                        + " but stored; %s processes killed, %s orphans per round, alive after restart %d", rounds.size(),
                lostStored, lostShown, duplicated, rounds.stream().mapToLong(RoundOutcome::unacknowledgedStored).sum(),
                range(rounds.stream().mapToLong(RoundOutcome::killed).summaryStatistics()),
                range(rounds.stream().mapToLong(RoundOutcome::orphans).summaryStatistics()), orphansLeft)
                + "; failed restarts " + rounds.stream().mapToInt(RoundOutcome::failedRestarts).sum();
        return new Figure("crash: acknowledged but lost or duplicated, " + kind.label(), lost + duplicated, "messages",
                "acknowledged", acknowledged, Double.NaN, Double.NaN, Double.NaN, notes,
                Map.of("rounds", rounds.stream().map(RoundOutcome::details).toList()));
    }

    private static String range(java.util.LongSummaryStatistics values) {
        return values.getMin() == values.getMax() ? Long.toString(values.getMin()) : values.getMin() + "–" + values.getMax();
    }
}
