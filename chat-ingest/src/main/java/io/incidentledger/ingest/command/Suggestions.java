package io.incidentledger.ingest.command;

import java.util.Comparator;
import java.util.Locale;

/** Finds the command a person probably meant, by edit distance. */
final class Suggestions {

    private Suggestions() {
    }

    static CommandSpec closest(String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        return CommandCatalog.all().stream()
                .min(Comparator.comparingInt((CommandSpec spec) -> distance(word, spec.name())))
                .orElseThrow();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
