package io.incidentledger.ingest.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandLanguageTest {

    @Test
    void declareTakesTheRestAsTitleAndSeverityAsAnExtra() {
        var result = CommandLanguage.parse("declare Checkout errors severity=2");

        assertThat(result).isEqualTo(new ParseResult.Parsed(new ParsedCommand("declare",
                java.util.Map.of("title", "Checkout errors", "severity", "2"))));
    }

    @Test
    void quotedTitlesStayTogether() {
        var result = (ParseResult.Parsed) CommandLanguage.parse("DECLARE \"Payments  down\" severity=sev1");

        assertThat(result.command().parameter("title")).isEqualTo("Payments  down");
        assertThat(result.command().parameter("severity")).isEqualTo("sev1");
    }

    @Test
    void declareWithoutATitleIsRejectedWithItsUsage() {
        assertThat(CommandLanguage.parse("declare severity=1"))
                .isEqualTo(new ParseResult.Rejected("An incident needs a title. Usage: `"
                        + CommandLanguage.DECLARE_USAGE + "`"));
    }

    @Test
    void severityOutOfRangeIsRejected() {
        assertThat(CommandLanguage.parse("declare Down severity=9"))
                .isInstanceOf(ParseResult.Rejected.class);
    }

    @Test
    void anUnknownCommandIsRejectedWithHelp() {
        var result = (ParseResult.Rejected) CommandLanguage.parse("explode now");

        assertThat(result.reason()).contains("'explode'", CommandLanguage.DECLARE_USAGE);
    }

    @Test
    void emptyTextAsksForHelpAndAnOpenQuoteNeverThrows() {
        assertThat(CommandLanguage.parse("   ")).isEqualTo(new ParseResult.Parsed(
                new ParsedCommand("help", java.util.Map.of())));
        assertThat(CommandLanguage.parse("declare \"unterminated")).isInstanceOf(ParseResult.Parsed.class);
    }
}
