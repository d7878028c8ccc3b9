package io.incidentledger.app.testdata;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * JSON of every type where a platform sends one: an attacker holding the signing secret can put an array where
 * Slack puts a string. Text never spells an exception's words, so an echo of it cannot pass for a leak.
 */
public final class HostileJson {

    static final List<String> LEAK_MARKERS = List.of("Exception", "at io.", "at org.", "at com.", "java.lang",
            "java.util", "\tat ", "Caused by");

    private HostileJson() {
    }

    public static boolean leaks(String body) {
        return LEAK_MARKERS.stream().anyMatch(body::contains);
    }

    /** Any text: control characters, surrogates, markup, very long; never a leak marker. */
    public static Arbitrary<String> text() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(200),
                Arbitraries.of("", " ", "\u0000", "<!channel>", "<script>alert(1)</script>", "INC-0",
                        "INC-99999999999999999999", "%00", "\"", "\\", "{}", "[]", "null", "1e999", "\uD800"),
                Arbitraries.strings().withChars('a', 'x', ' ').ofMinLength(5_000).ofMaxLength(50_000))
                .filter(s -> !leaks(s));
    }

    public static Arbitrary<String> quoted() {
        return text().map(HostileJson::quote);
    }

    /** A JSON value of any type, nested up to {@code depth}. */
    public static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "-0",
                "1e999", "99999999999999999999", "\"\""), Arbitraries.longs().map(l -> Long.toString(l)), quoted());
        if (depth <= 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalar),
                Tuple.of(1, value(depth - 1).list().ofMaxSize(3).map(l -> "[" + String.join(",", l) + "]")),
                Tuple.of(1, object(List.of("type", "text", "id", "user", "ts"), depth - 1)));
    }

    /** An object whose fields are some of {@code keys}, each with a value of any type. */
    public static Arbitrary<String> object(List<String> keys, int depth) {
        return Arbitraries.of(keys).flatMap(key -> Combinators.combine(Arbitraries.just(key), value(depth))
                .as((k, v) -> quote(k) + ":" + v)).list().ofMaxSize(keys.size())
                .map(fields -> "{" + String.join(",", fields) + "}");
    }

    public static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
