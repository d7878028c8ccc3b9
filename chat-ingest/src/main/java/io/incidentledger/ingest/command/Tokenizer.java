package io.incidentledger.ingest.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a chat line into words, keeping "quoted strings" (straight or curly quotes) and mentions such as
 * {@code <@29:1a|Ada Lovelace>} together. Never throws.
 */
final class Tokenizer {

    private Tokenizer() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        if (line == null) {
            return words;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        boolean mention = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '<' && i + 1 < line.length() && line.charAt(i + 1) == '@') {
                mention = true;
            } else if (c == '>') {
                mention = false;
            }
            if ((c == '"' || c == '\u201C' || c == '\u201D') && !mention) {
                quoted = !quoted;
                inWord = true;
            } else if (Character.isWhitespace(c) && !quoted && !mention) {
                if (inWord) {
                    words.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            } else {
                current.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(current.toString());
        }
        return words;
    }
}
