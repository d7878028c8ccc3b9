package io.incidentledger.ingest.command;

import io.incidentledger.api.command.*;
import io.incidentledger.api.id.*;
import io.incidentledger.api.maintenance.*;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The command language, one verb per constant: its format (help is rendered from it), its default principals,
 * and its effect: how it becomes a ledger command and how its acceptance is worded. A verb is added here and
 * nowhere else; a constant without all of its parts does not compile. Order is the order of help.
 */
public enum Verb {
    DECLARE("declare {title...}", "open a new incident; you lead it unless lead= names someone",
            extras("severity", "1-4", "components", "a,b", "lead", CommandParser.PERSON), Principals.ANYONE,
            new Effect.Opens(NewIncident::from, (ref, incident, by) -> "\uD83D\uDEA8 " + ref + " declared by "
                    + by.user().name() + ": " + incident.title().strip() + " (" + incident.severity() + "). Status: investigating.")),
    ACK("ack {ref}", "acknowledge: you are on it", Principals.RESPONDERS, announced(
            in -> new AcknowledgeIncident(in.id(), in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.ref() + " acknowledged: " + in.incident().lead().name() + " and the team are on it.")),
    STATUS("status {ref} {state:" + States.INCIDENT + "} {message...}", "move the status and tell the status page why",
            Principals.RESPONDERS, announced(in -> new ChangeStatus(in.id(), IncidentStatus.parse(in.get("state")).orElseThrow(),
                    in.get("message"), in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.ref() + " is now " + in.get("state") + ": " + in.get("message"))),
    RESOLVE("resolve {ref} {message...}", "short for status <ref> resolved <message…>", Principals.RESPONDERS, announced(
            in -> new ChangeStatus(in.id(), IncidentStatus.RESOLVED, in.get("message"), in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.ref() + " is now resolved: " + in.get("message"))),
    UPDATE("update {ref} {message...}", "post a public update; the status stays", Principals.RESPONDERS, announced(
            in -> new PostPublicUpdate(in.id(), in.get("message"), in.by(), in.deliveryId(), in.at()),
            (in, result) -> "Update posted to " + in.ref() + ": " + in.get("message"))),
    SEVERITY("severity {ref} {level:1|2|3|4}", "change the severity (1 is critical)", Principals.LEAD, announced(
            in -> new ChangeSeverity(in.id(), Severity.parse(in.get("level")).orElseThrow(), in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.ref() + " severity " + in.incident().severity() + " → SEV" + in.get("level") + ".")),
    LEAD("lead {ref} {user}", "hand the lead (incident commander) to someone", Principals.LEAD, announced(
            in -> new AssignRole(in.id(), IncidentRole.LEAD, personOrNobody(in.get("user")), in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.get("user") + " now leads " + in.ref() + ".")),
    ROLE("role {ref} {role:comms|scribe} {user}", "assign comms or scribe; @none unassigns", Principals.LEAD, announced(
            in -> new AssignRole(in.id(), IncidentRole.parse(in.get("role")).orElseThrow(), personOrNobody(in.get("user")),
                    in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.ref() + " " + in.get("role") + ": " + in.get("user") + ".")),
    SUMMARY("summary {ref} {text...}", "set the internal summary", Principals.RESPONDERS, text(IncidentTextField.SUMMARY)),
    IMPACT("impact {ref} {text...}", "describe the customer impact", Principals.RESPONDERS, text(IncidentTextField.IMPACT)),
    TITLE("title {ref} {text...}", "rename the incident", Principals.RESPONDERS, text(IncidentTextField.TITLE)),
    NOTE("note {ref} {text...}", "add an internal note to the timeline; never public", Principals.ANYONE, new Effect.Changes(
            in -> new AddInternalNote(in.id(), in.get("text"), in.by(), in.deliveryId(), in.at()),
            (in, result) -> "Note added to " + in.ref() + "'s timeline (not public).", false)),
    COMPONENT("component {ref} {name} {state:" + States.COMPONENT + "}", "set an affected component's status",
            Principals.RESPONDERS, announced(in -> new SetComponentStatus(in.id(), in.get("name"),
                    ComponentStatus.parse(in.get("state")).orElseThrow(), in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.get("name") + " is now " + in.get("state") + " (" + in.ref() + ").")),
    ACTION("action {ref} {text...}", "add a follow-up action", Principals.ACTIONS, announced(
            in -> new AddFollowUpAction(in.id(), in.get("text"), in.by(), in.deliveryId(), in.at()),
            (in, result) -> "Action " + result + " added to " + in.ref() + ".")),
    ACTION_DONE("action-done {ref} {number}", "mark a follow-up action done", Principals.ACTIONS, announced(
            in -> new CompleteFollowUpAction(in.id(), Integer.parseInt(in.get("number")), in.by(), in.deliveryId(), in.at()),
            (in, result) -> "Action " + in.get("number") + " of " + in.ref() + " is done.")),
    ACTION_REOPEN("action-reopen {ref} {number}", "reopen a follow-up action", Principals.ACTIONS, announced(
            in -> new ReopenFollowUpAction(in.id(), Integer.parseInt(in.get("number")), in.by(), in.deliveryId(), in.at()),
            (in, result) -> "Action " + in.get("number") + " of " + in.ref() + " is open again.")),
    LINK("link {ref}", "link this channel, so commands here need no <ref>", Principals.LEAD, announced(
            in -> new LinkChannel(in.id(), in.by().channelId(), in.by(), in.deliveryId(), in.at()),
            (in, result) -> "This channel is now linked to " + in.ref() + ": commands here need no reference.")),
    CLOSE("close {ref} {note...?}", "close the incident for good", Principals.LEAD, announced(
            in -> new CloseIncident(in.id(), in.get("note"), in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.ref() + " is closed.")),
    REOPEN("reopen {ref} {reason...}", "reopen a resolved or closed incident", Principals.LEAD, announced(
            in -> new ReopenIncident(in.id(), in.get("reason"), in.by(), in.deliveryId(), in.at()),
            (in, result) -> in.ref() + " is open again: " + in.get("reason"))),
    REDACT("redact {ref} {message} {reason...}", "erase a chat message's text for good (its id, or all), saying why",
            Principals.LEAD, announced(in -> new RedactChatText(in.id(), allOrOne(in.get("message")), in.get("reason"),
                    in.by(), in.deliveryId(), in.at()),
            (in, result) -> (allOrOne(in.get("message")) == null ? "All chat of " + in.ref() : "Message " + in.get("message")
                    + " of " + in.ref()) + " is redacted: " + in.get("reason"))),
    MAINTENANCE("maintenance {start} {end} {title...}", "schedule maintenance; its components show under_maintenance while it runs",
            extras("components", "a,b", "repeat", "daily:n|weekly:n"), Principals.MAINTAINERS, new Effect.Maintains(
            in -> new ScheduleMaintenance(in.get("title"), in.instant("start"), in.instant("end"), in.list("components"),
                    List.of(), in.recurrence(), in.by(), in.deliveryId(), in.at()),
            (in, ref) -> "\uD83D\uDEE0 " + ref + " scheduled by " + in.by().user().name() + ": " + in.get("title").strip()
                    + ", " + in.get("start") + " to " + in.get("end") + ".")),
    MAINTENANCE_START("maintenance-start {mnt}", "start a maintenance window now", Principals.MAINTAINERS, new Effect.Maintains(
            in -> new StartMaintenance(in.ref(), in.by(), in.deliveryId(), in.at()), (in, result) -> in.ref() + " is in progress.")),
    MAINTENANCE_VERIFY("maintenance-verify {mnt}", "the work is done and being checked", Principals.MAINTAINERS, new Effect.Maintains(
            in -> new VerifyMaintenance(in.ref(), in.by(), in.deliveryId(), in.at()), (in, result) -> in.ref() + " is verifying.")),
    MAINTENANCE_COMPLETE("maintenance-complete {mnt}", "end a maintenance window; its components return", Principals.MAINTAINERS,
            new Effect.Maintains(in -> new CompleteMaintenance(in.ref(), in.by(), in.deliveryId(), in.at()),
                    (in, result) -> in.ref() + " is completed.")),
    MAINTENANCE_CANCEL("maintenance-cancel {mnt} {reason...?}", "call off a scheduled or running window", Principals.MAINTAINERS,
            new Effect.Maintains(in -> new CancelMaintenance(in.ref(), in.get("reason"), in.by(), in.deliveryId(), in.at()),
                    (in, result) -> in.ref() + " is cancelled.")),
    MAINTENANCE_UPDATE("maintenance-update {mnt} {message...}", "post a public update to a maintenance window", Principals.MAINTAINERS,
            new Effect.Maintains(in -> new PostMaintenanceUpdate(in.ref(), in.get("message"), in.by(), in.deliveryId(), in.at()),
                    (in, result) -> "Update posted to " + in.ref() + ": " + in.get("message"))),
    LIST("list", "list the incidents not yet closed", Principals.ANYONE,
            new Effect.Answer(reading -> Listing.open(reading.open().get()))),
    SHOW("show {ref}", "show one incident", Principals.ANYONE, new Effect.Answer(reading -> Listing.show(reading.incident()))),
    HELP("help {command?}", "this help, or one command's", Principals.ANYONE,
            new Effect.Answer(reading -> reading.parsed().optional("command").map(HelpText::of).orElseGet(HelpText::all)));

    private final CommandSpec spec;
    private final List<String> principals;
    private final Effect effect;

    Verb(String format, String summary, List<String> principals, Effect effect) {
        this(format, summary, Map.of(), principals, effect);
    }

    Verb(String format, String summary, Map<String, String> extras, List<String> principals, Effect effect) {
        this.spec = CommandSpec.of(format, summary, extras);
        this.principals = principals;
        this.effect = effect;
    }

    public String word() {
        return spec.name();
    }

    public CommandSpec spec() {
        return spec;
    }

    /** Who may run it unless {@code ledger.rbac.commands.<word>} says otherwise. */
    public List<String> principals() {
        return principals;
    }

    public Effect effect() {
        return effect;
    }

    public static Optional<Verb> find(String word) {
        return Arrays.stream(values()).filter(verb -> verb.word().equals(word)).findFirst();
    }

    /** The verb of a parsed command: the parser only ever yields words of this table. */
    public static Verb of(ParsedCommand parsed) {
        return find(parsed.name()).orElseThrow(() -> new IllegalArgumentException("No verb '" + parsed.name() + "'"));
    }

    private static Effect.Changes announced(Function<Invocation, IncidentCommand> translate,
                                            Effect.Changes.Wording wording) {
        return new Effect.Changes(translate, wording, true);
    }

    private static Effect.Changes text(IncidentTextField field) {
        String word = field.name().toLowerCase(Locale.ROOT);
        return announced(in -> new EditIncidentText(in.id(), field, in.get("text"), in.by(), in.deliveryId(), in.at()),
                (in, result) -> in.ref() + " " + word + " updated.");
    }

    // "all" is every message of the incident: the ledger command says so with no message id
    private static String allOrOne(String message) {
        return "all".equalsIgnoreCase(message) ? null : message;
    }

    private static ChatUser personOrNobody(String word) {
        return Mentions.isNobody(word) ? null : NewIncident.person(word);
    }

    // in the order written, which is the order help shows them in
    private static Map<String, String> extras(String... keysAndValues) {
        Map<String, String> extras = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            extras.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return extras;
    }

    private static final class Principals {
        static final List<String> ANYONE = List.of("anyone");
        static final List<String> RESPONDERS = List.of("lead", "comms", "admin");
        static final List<String> ACTIONS = List.of("lead", "comms", "scribe", "admin");
        static final List<String> LEAD = List.of("lead", "admin");
        // no incident names a maintenance window, so its permission is a configured group: ledger.rbac.groups.responders
        static final List<String> MAINTAINERS = List.of("group:responders", "admin");
    }

    private static final class States {
        static final String INCIDENT = "investigating|identified|monitoring|resolved";
        static final String COMPONENT = "operational|degraded_performance|partial_outage|major_outage|under_maintenance";
    }
}
