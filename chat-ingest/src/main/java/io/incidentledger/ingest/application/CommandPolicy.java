package io.incidentledger.ingest.application;

import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.Verb;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** PoshBot-style permissions: each verb names its default principals ({@link Verb}); configuration may override them. */
@Component
public class CommandPolicy {

    private static final Logger log = LoggerFactory.getLogger(CommandPolicy.class);

    private final RbacProperties rbac;

    public CommandPolicy(RbacProperties rbac) {
        this.rbac = rbac;
        if (rbac.admins().stream().allMatch(String::isBlank)) {
            // only the lead may close, so an incident whose lead has left could stay open for good
            log.warn("No admin is configured: set LEDGER_RBAC_ADMINS to the chat user ids (Slack U…, Teams object ids) "
                    + "who may run any command, or an incident whose lead is gone cannot be closed.");
        }
    }

    /** Empty when allowed; otherwise the sentence that says who may. */
    public Optional<String> refusal(String command, ChatUser actor, IncidentSummary incident) {
        List<String> principals = rbac.commands().getOrDefault(command,
                Verb.find(command).map(Verb::principals).orElse(List.of("admin")));
        if (principals.stream().anyMatch(principal -> holds(principal, actor, incident))) {
            return Optional.empty();
        }
        String who = String.join(" or ", principals.stream().map(p -> describe(p, incident)).toList());
        return Optional.of("Only " + who + " may run `" + command + "`" + (incident == null ? "" : " on " + incident.ref()) + ".");
    }

    private boolean holds(String principal, ChatUser actor, IncidentSummary incident) {
        return switch (principal) {
            case "anyone" -> true;
            case "admin" -> rbac.admins().contains(actor.id());
            case "lead" -> incident != null && is(incident.lead(), actor);
            case "comms" -> incident != null && is(incident.comms(), actor);
            case "scribe" -> incident != null && is(incident.scribe(), actor);
            default -> principal.startsWith("group:")
                    && rbac.groups().getOrDefault(principal.substring(6), List.of()).contains(actor.id());
        };
    }

    private static boolean is(ChatUser holder, ChatUser actor) {
        return holder != null && holder.id().equals(actor.id());
    }

    private static String describe(String principal, IncidentSummary incident) {
        return switch (principal) {
            case "admin" -> "an admin";
            case "lead" -> "the lead" + holder(incident == null ? null : incident.lead());
            case "comms" -> "comms" + holder(incident == null ? null : incident.comms());
            case "scribe" -> "the scribe" + holder(incident == null ? null : incident.scribe());
            default -> principal.startsWith("group:") ? "members of " + principal.substring(6) : principal;
        };
    }

    private static String holder(ChatUser user) {
        return user == null ? " (nobody yet)" : " (" + user.name() + ")";
    }
}
