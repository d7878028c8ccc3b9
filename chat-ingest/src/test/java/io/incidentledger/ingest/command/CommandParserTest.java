package io.incidentledger.ingest.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandParserTest {

    @Test
    void declareTakesTheRestAsTitleAndKeyValueExtras() {
        assertThat(CommandParser.parse("declare Checkout errors severity=2 components=api,web lead=<@U1|bob>"))
                .isEqualTo(parsed("declare", Map.of("title", "Checkout errors", "severity", "2",
                        "components", "api,web", "lead", "<@U1|bob>")));
    }

    @Test
    void aReferenceThatNamesNoIncidentIsPointedOutPolitely() {
        assertThat(CommandParser.parse("ack INC-0")).isEqualTo(new ParseResult.Rejected(
                "'INC-0' is no incident: references run from INC-1, for example INC-42. Usage: `ack <ref>`"));
        assertThat(CommandParser.parse("note INC-99999999999999999999 hello")).isInstanceOf(ParseResult.Rejected.class)
                .extracting(r -> ((ParseResult.Rejected) r).reason()).asString().startsWith("'INC-99999999999999999999' is no incident");
    }

    @Test
    void quotedStringsStayTogether() {
        assertThat(CommandParser.parse("note INC-3 \"rolled   back\" now"))
                .isEqualTo(parsed("note", Map.of("ref", "INC-3", "text", "rolled   back now")));
    }

    @Test
    void theRefMayBeLeftOut() {
        assertThat(CommandParser.parse("status identified Bad deploy"))
                .isEqualTo(parsed("status", Map.of("state", "identified", "message", "Bad deploy")));
    }

    @Test
    void everyCanonicalFormParses() {
        assertThat(CommandParser.parse("status INC-4 Monitoring Fix deployed"))
                .isEqualTo(parsed("status", Map.of("ref", "INC-4", "state", "monitoring", "message", "Fix deployed")));
        assertThat(CommandParser.parse("update inc-4 Payments recovering"))
                .isEqualTo(parsed("update", Map.of("ref", "INC-4", "message", "Payments recovering")));
        assertThat(CommandParser.parse("severity INC-4 1")).isEqualTo(parsed("severity", Map.of("ref", "INC-4", "level", "1")));
        assertThat(CommandParser.parse("lead INC-4 <@U2|bob>")).isEqualTo(parsed("lead", Map.of("ref", "INC-4", "user", "<@U2|bob>")));
        assertThat(CommandParser.parse("lead INC-4 U012ABCDEF")).isEqualTo(parsed("lead", Map.of("ref", "INC-4", "user", "U012ABCDEF")));
        assertThat(CommandParser.parse("role INC-4 comms <@U2>"))
                .isEqualTo(parsed("role", Map.of("ref", "INC-4", "role", "comms", "user", "<@U2>")));
        assertThat(CommandParser.parse("summary INC-4 DB failover")).isEqualTo(parsed("summary", Map.of("ref", "INC-4", "text", "DB failover")));
        assertThat(CommandParser.parse("impact INC-4 EU cannot pay")).isEqualTo(parsed("impact", Map.of("ref", "INC-4", "text", "EU cannot pay")));
        assertThat(CommandParser.parse("title INC-4 Checkout down")).isEqualTo(parsed("title", Map.of("ref", "INC-4", "text", "Checkout down")));
        assertThat(CommandParser.parse("component INC-4 api partial_outage"))
                .isEqualTo(parsed("component", Map.of("ref", "INC-4", "name", "api", "state", "partial_outage")));
        assertThat(CommandParser.parse("action INC-4 Add an alert")).isEqualTo(parsed("action", Map.of("ref", "INC-4", "text", "Add an alert")));
        assertThat(CommandParser.parse("action-done INC-4 2")).isEqualTo(parsed("action-done", Map.of("ref", "INC-4", "number", "2")));
        assertThat(CommandParser.parse("close INC-4")).isEqualTo(parsed("close", Map.of("ref", "INC-4")));
        assertThat(CommandParser.parse("close INC-4 Review Monday")).isEqualTo(parsed("close", Map.of("ref", "INC-4", "note", "Review Monday")));
        assertThat(CommandParser.parse("reopen INC-4 Errors again")).isEqualTo(parsed("reopen", Map.of("ref", "INC-4", "reason", "Errors again")));
        assertThat(CommandParser.parse("list")).isEqualTo(parsed("list", Map.of()));
        assertThat(CommandParser.parse("show INC-4")).isEqualTo(parsed("show", Map.of("ref", "INC-4")));
        assertThat(CommandParser.parse("help status")).isEqualTo(parsed("help", Map.of("command", "status")));
    }

    @Test
    void helpIsRenderedFromTheFormats() {
        assertThat(HelpText.all()).contains(
                "`declare <title…> [severity=<1-4>] [components=<a,b>] [lead=<@user>]`",
                "`status <ref> <investigating|identified|monitoring|resolved> <message…>`",
                "`role <ref> <comms|scribe> <@user>`",
                "`close <ref> [note…]`",
                "`help [command]`");
        assertThat(HelpText.of("severity")).isEqualTo("`severity <ref> <1|2|3|4>`: change the severity (1 is critical)");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("everyCommand")
    void everyCommandHasHelpRenderedFromItsFormat(CommandSpec spec) {
        assertThat(HelpText.of(spec.name())).isEqualTo("`" + spec.usage() + "`: " + spec.summary());
        assertThat(HelpText.all()).contains("`" + spec.usage() + "`");
        assertThat(spec.usage()).doesNotContain("{", "}");
    }

    static java.util.stream.Stream<CommandSpec> everyCommand() {
        return CommandCatalog.all().stream();
    }

    @Test
    void anUnknownCommandNamesTheClosestOneWithItsUsage() {
        assertThat(CommandParser.parse("stauts INC-1 resolved ok")).isEqualTo(new ParseResult.Rejected(
                "I don't know the command 'stauts'. Did you mean `status`? Usage: "
                        + "`status <ref> <investigating|identified|monitoring|resolved> <message…>`. Type `help` for every command."));
    }

    @Test
    void aMalformedCommandSaysWhatIsWrongAndHowToWriteIt() {
        assertThat(CommandParser.parse("status INC-1 fixed all good")).isEqualTo(new ParseResult.Rejected(
                "'fixed' isn't one of investigating, identified, monitoring, resolved. Usage: "
                        + "`status <ref> <investigating|identified|monitoring|resolved> <message…>`"));
        assertThat(CommandParser.parse("severity INC-1 9")).isInstanceOf(ParseResult.Rejected.class);
        assertThat(CommandParser.parse("update INC-1")).isEqualTo(new ParseResult.Rejected(
                "`update` needs <message…>. Usage: `update <ref> <message…>`"));
        assertThat(CommandParser.parse("show INC-1 now")).isEqualTo(new ParseResult.Rejected(
                "`show` doesn't take 'now'. Usage: `show <ref>`"));
        assertThat(CommandParser.parse("lead INC-1 bob")).isInstanceOf(ParseResult.Rejected.class);
    }

    @Test
    void aLeadThatNamesNoPlatformUserIsRefusedWithWhatAValidOneLooksLike() {
        String refusal = "'@bob' isn't a person I can find. Mention them so chat sends their id: in Slack pick them "
                + "from the @ list (it arrives as <@U012ABC>) or give their user id, like U012ABC; in Teams @mention them.";

        assertThat(CommandParser.parse("declare Checkout errors lead=@bob")).isEqualTo(new ParseResult.Rejected(
                refusal + " Usage: `declare <title…> [severity=<1-4>] [components=<a,b>] [lead=<@user>]`"));
        assertThat(CommandParser.parse("lead INC-4 @bob")).isEqualTo(new ParseResult.Rejected(
                refusal + " Usage: `lead <ref> <@user>`"));
        assertThat(CommandParser.parse("role INC-4 comms bob")).isInstanceOf(ParseResult.Rejected.class);
        assertThat(CommandParser.parse("declare Checkout errors lead=none")).isInstanceOf(ParseResult.Rejected.class);
    }

    @Test
    void aLeadGivenAsAMentionOrASlackUserIdIsTaken() {
        assertThat(CommandParser.parse("declare Checkout errors lead=U0BOB"))
                .isEqualTo(parsed("declare", Map.of("title", "Checkout errors", "lead", "U0BOB")));
        assertThat(CommandParser.parse("declare Checkout errors lead=<@29:1abc|Bob Smith> severity=2"))
                .isEqualTo(parsed("declare", Map.of("title", "Checkout errors", "lead", "<@29:1abc|Bob Smith>", "severity", "2")));
        assertThat(Mentions.parse("<@29:1abc|Bob Smith>")).contains(new io.incidentledger.api.id.ChatUser("29:1abc", "Bob Smith"));
        assertThat(Mentions.parse("U0BOB")).contains(new io.incidentledger.api.id.ChatUser("U0BOB", null));
        assertThat(Mentions.parse("UPDATE")).isEmpty();
        assertThat(Mentions.parse("@bob")).isEmpty();
    }

    @Test
    void noTextAtAllAsksForHelp() {
        assertThat(CommandParser.parse("   ")).isEqualTo(parsed("help", Map.of()));
    }

    private static ParseResult parsed(String name, Map<String, String> parameters) {
        return new ParseResult.Parsed(new ParsedCommand(name, parameters));
    }
}
