package io.incidentledger.ingest.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.ingest.command.CommandParser;
import io.incidentledger.ingest.command.ParseResult;
import io.incidentledger.ingest.command.ParsedCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamsTextTest {

    @Test
    void mentionsAndMarkupAreRemovedAndEntitiesDecoded() {
        assertThat(TeamsText.plain("<at>StatusBot</at>&nbsp;declare <b>Search</b> &amp; index down"))
                .isEqualTo("declare Search & index down");
        assertThat(TeamsText.plain("<p><at>Incident Bot</at> status INC-3 identified &quot;bad&quot;</p>\n"))
                .isEqualTo("status INC-3 identified \"bad\"");
        assertThat(TeamsText.plain(null)).isEmpty();
    }

    @Test
    void aMentionedPersonBecomesAMentionTheCommandLanguageReadsAndTheBotsOwnVanishes() {
        var bob = new TeamsText.Mention("<at>Bob Smith</at>", "aad-bob", "Bob Smith");

        String command = TeamsText.command("<at>IncidentBot</at>&nbsp;declare Search down lead=<at>Bob Smith</at>", List.of(bob));

        assertThat(command).isEqualTo("declare Search down lead=<@aad-bob|Bob Smith>");
        assertThat(CommandParser.parse(command)).isEqualTo(new ParseResult.Parsed(new ParsedCommand("declare",
                Map.of("title", "Search down", "lead", "<@aad-bob|Bob Smith>"))));
    }
}
