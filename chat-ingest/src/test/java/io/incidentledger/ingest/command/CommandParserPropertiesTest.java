package io.incidentledger.ingest.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class CommandParserPropertiesTest {

    @Property(tries = 500)
    void anyRenderedValidCommandParsesBackToTheSameParameters(@ForAll("validCommands") Rendered command) {
        assertThat(CommandParser.parse(command.line()))
                .isEqualTo(new ParseResult.Parsed(new ParsedCommand(command.name(), command.parameters())));
    }

    @Property(tries = 1000)
    void noTextAtAllMakesTheParserThrow(@ForAll @StringLength(max = 5000) String anything) {
        assertThat(CommandParser.parse(anything)).isNotNull();
    }

    @Property(tries = 300)
    void openQuotesAndKnownVerbsNeverThrow(@ForAll("verbs") String verb, @ForAll String tail) {
        assertThat(CommandParser.parse(verb + " \"" + tail)).isNotNull();
        assertThat(CommandParser.parse(verb + " INC-1 " + tail + "=" + tail)).isNotNull();
    }

    @Property(tries = 1000)
    void anyIncidentNumberAfterAnyVerbGetsAParseResultNeverAnException(@ForAll("verbs") String verb,
            @ForAll @NumericChars @StringLength(min = 1, max = 40) String digits, @ForAll @StringLength(max = 50) String tail) {
        assertThat(CommandParser.parse(verb + " INC-" + digits + " " + tail)).isNotNull();
        assertThat(CommandParser.parse(verb + " inc-" + digits)).isNotNull();
    }

    @Provide
    Arbitrary<String> verbs() {
        return Arbitraries.of(CommandCatalog.all().stream().map(CommandSpec::name).toList());
    }

    @Provide
    Arbitrary<Rendered> validCommands() {
        return Arbitraries.of(CommandCatalog.all()).flatMap(spec -> Combinators.combine(
                Arbitraries.integers().between(1, 99999), Arbitraries.integers().between(0, 100),
                words(), Arbitraries.of("ada", "bob", "c.lee")).as((n, pick, text, user) -> render(spec, n, pick, text, user)));
    }

    private static Arbitrary<String> words() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).list().ofMinSize(1).ofMaxSize(5)
                .map(list -> String.join(" ", list));
    }

    private static Rendered render(CommandSpec spec, int number, int pick, String text, String user) {
        Map<String, String> values = new LinkedHashMap<>();
        StringBuilder line = new StringBuilder(spec.name());
        for (Param param : spec.params()) {
            String value = switch (param.kind()) {
                case REF -> "INC-" + number;
                case CHOICE -> param.choices().get(pick % param.choices().size());
                case USER -> "<@U0" + user.toUpperCase().replace(".", "") + "|" + user + ">";
                case NUMBER -> Integer.toString(number);
                case WORD -> text.split(" ")[0];
                case REST -> text;
            };
            values.put(param.name(), value);
            line.append(' ').append(value);
        }
        spec.extras().keySet().stream().findFirst().ifPresent(key -> {
            values.put(key, "v" + number);
            line.append(' ').append(key).append("=v").append(number);
        });
        return new Rendered(spec.name(), line.toString(), values);
    }

    record Rendered(String name, String line, Map<String, String> parameters) {
    }
}
