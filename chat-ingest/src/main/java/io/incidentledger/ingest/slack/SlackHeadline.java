package io.incidentledger.ingest.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.slack.SlackText;
import java.util.List;

/** The pinned headline of an incident channel, rendered from the ledger's state, never from a command. */
public final class SlackHeadline {

    public static final String ACK = "incident_ack";
    public static final String UPDATE_STATUS = "incident_update_status";
    public static final String RESOLVE = "incident_resolve";
    public static final String CLOSE = "incident_close";

    private SlackHeadline() {
    }

    public static String text(IncidentSummary incident) {
        return incident.ref() + " · " + incident.status().wireName() + " · " + incident.severity() + " · "
                + SlackText.escape(incident.title());
    }

    public static List<LayoutBlock> blocks(IncidentSummary incident) {
        String ref = incident.ref().toString();
        long started = incident.declaredAt().getEpochSecond();
        String body = "*" + ref + " · " + SlackText.escape(incident.title()) + "*\n"
                + "Status: *" + incident.status().wireName() + "* · Severity: *" + incident.severity() + "*\n"
                + "Lead: " + mention(incident.lead()) + " · Comms: " + mention(incident.comms()) + "\n"
                + "Started: <!date^" + started + "^{date_short_pretty} {time}|" + incident.declaredAt() + ">"
                + (incident.summary() == null ? "" : "\nSummary: " + SlackText.escape(incident.summary()));
        return asBlocks(
                section(s -> s.text(markdownText(body))),
                actions(a -> a.blockId("headline_actions").elements(asElements(
                        button(b -> b.actionId(ACK).text(plainText("Acknowledge")).value(ref)),
                        button(b -> b.actionId(UPDATE_STATUS).text(plainText("Update status")).value(ref)),
                        button(b -> b.actionId(RESOLVE).text(plainText("Resolve")).value(ref).style("primary")),
                        button(b -> b.actionId(CLOSE).text(plainText("Close")).value(ref).style("danger"))))));
    }

    private static String mention(ChatUser user) {
        return user == null ? "nobody yet" : user.id().startsWith("U") || user.id().startsWith("W")
                ? "<@" + user.id() + ">" : SlackText.escape(user.name());
    }
}
