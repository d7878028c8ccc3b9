package io.incidentledger.core.domain;

import static io.incidentledger.core.domain.IncidentRules.requireNotClosed;
import static io.incidentledger.core.domain.IncidentRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.incidentledger.api.command.*;
import io.incidentledger.api.event.*;
import io.incidentledger.api.id.*;
import io.incidentledger.api.component.ComponentCatalog;
import io.incidentledger.api.component.ComponentDefinition;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One incident's lifecycle. Command handlers check a rule and apply events; sourcing handlers only assign. What was
 * said in its channels is its {@link ChatRecord}, an entity with its own command handlers.
 * Cached between commands, and a cached copy is used only while its stream still ends where it does (see
 * {@code CheckedIncidentRepository}): with several instances, a copy that missed another instance's events could
 * refuse a valid command (an edit of a message it never saw), and a refusal is final. Snapshots (every
 * {@code EventStoreConfiguration.SNAPSHOT_AFTER_EVENTS} events) speed up the other loads; its fields are their format.
 */
@Aggregate(repository = "incidentRepository")
@Revision(Incident.STATE_REVISION)
public class Incident {

    /** The shape of this class's fields, its members' too, in snapshots: change it with them, and older snapshots are ignored. */
    static final String STATE_REVISION = "5";

    @AggregateIdentifier
    private IncidentId id;
    private IncidentRef ref;
    private IncidentStatus status;
    private Severity severity;
    private ChatUser acknowledgedBy;
    // concrete map types: a snapshot must read back into the same kind of map
    private final EnumMap<IncidentTextField, String> texts = new EnumMap<>(IncidentTextField.class);
    private final EnumMap<IncidentRole, ChatUser> roles = new EnumMap<>(IncidentRole.class);
    private final TreeMap<String, ComponentStatus> components = new TreeMap<>();
    @AggregateMember
    private final ChatRecord chat = new ChatRecord();
    @AggregateMember
    private final FollowUpActions actions = new FollowUpActions();

    protected Incident() {
        // for Axon's event sourcing
    }

    /** Created by {@link io.incidentledger.core.application.DeclareIncidentHandler}, which allocates the reference. */
    public Incident(DeclareIncident command, IncidentRef ref, ComponentCatalog catalog) {
        IncidentRules.requireTitle(command.title());
        var affected = new TreeMap<String, ComponentStatus>();
        command.components().forEach((name, status) -> affected.put(known(catalog, name), status));
        String summary = command.summary() == null ? null : requireText(command.summary(), "summary");
        String impact = command.impact() == null ? null : requireText(command.impact(), "impact");
        // events applied in a constructor reach the sourcing handlers only afterwards: use the command's id
        IncidentId incident = command.incidentId();
        var by = command.by();
        apply(new IncidentDeclared(incident, ref, command.title().strip(), command.severity(), by, command.at()));
        apply(new RoleAssigned(incident, ref, IncidentRole.LEAD, command.lead() == null ? by.user() : command.lead(), null, by, command.at()));
        if (by.channelId() != null) {
            apply(new ChannelLinked(incident, ref, by.channelId(), by, command.at()));
        }
        affected.forEach((name, to) -> apply(new ComponentStatusChanged(incident, ref, name, ComponentStatus.OPERATIONAL, to, by, command.at())));
        if (summary != null) {
            apply(new SummaryChanged(incident, ref, null, summary, by, command.at()));
        }
        if (impact != null) {
            apply(new ImpactChanged(incident, ref, null, impact, by, command.at()));
        }
    }

    @CommandHandler
    void handle(ChangeStatus command) {
        IncidentRules.requireTransition(ref, status, command.to());
        String message = requireText(command.message(), "status message");
        apply(new IncidentStatusChanged(id, ref, status, command.to(), message, command.by(), command.at()));
        if (command.to() == IncidentStatus.RESOLVED) {
            restoreComponents(command);
        }
    }

    @CommandHandler
    void handle(AcknowledgeIncident command) {
        requireNotClosed(ref, status);
        if (acknowledgedBy != null) {
            throw new CommandRefused(ref + " was already acknowledged by " + acknowledgedBy.name() + ".");
        }
        apply(new IncidentAcknowledged(id, ref, command.by(), command.at()));
    }

    @CommandHandler
    void handle(CloseIncident command) {
        if (status == IncidentStatus.CLOSED) {
            throw new CommandRefused(ref + " is already closed.");
        }
        String note = command.note() == null || command.note().isBlank() ? "Closed." : command.note().strip();
        if (status != IncidentStatus.RESOLVED) {
            restoreComponents(command);
        }
        apply(new IncidentStatusChanged(id, ref, status, IncidentStatus.CLOSED, note, command.by(), command.at()));
    }

    @CommandHandler
    void handle(ReopenIncident command) {
        if (status.isOpen()) {
            throw new CommandRefused(ref + " is " + status.wireName() + ", not resolved or closed: there is nothing to reopen.");
        }
        apply(new IncidentReopened(id, ref, status, requireText(command.reason(), "reason for reopening"), command.by(), command.at()));
    }

    @CommandHandler
    void handle(ChangeSeverity command) {
        requireNotClosed(ref, status);
        if (command.severity() == severity) {
            throw new CommandRefused(ref + " is already " + severity + ".");
        }
        apply(new SeverityChanged(id, ref, severity, command.severity(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(EditIncidentText command) {
        requireNotClosed(ref, status);
        String what = command.field().name().toLowerCase();
        String text = command.field() == IncidentTextField.TITLE ? titleOf(command.text()) : requireText(command.text(), what);
        String from = texts.get(command.field());
        if (text.equals(from)) {
            throw new CommandRefused("The " + what + " of " + ref + " already says that.");
        }
        apply(switch (command.field()) {
            case TITLE -> new TitleChanged(id, ref, from, text, command.by(), command.at());
            case SUMMARY -> new SummaryChanged(id, ref, from, text, command.by(), command.at());
            case IMPACT -> new ImpactChanged(id, ref, from, text, command.by(), command.at());
        });
    }

    @CommandHandler
    void handle(AssignRole command) {
        requireNotClosed(ref, status);
        ChatUser current = roles.get(command.role());
        String role = command.role().wireName();
        if (command.assignee() == null) {
            if (command.role() == IncidentRole.LEAD) {
                throw new CommandRefused("An incident always has a lead: name the new lead instead.");
            }
            if (current == null) {
                throw new CommandRefused(ref + " has no " + role + " to unassign.");
            }
            apply(new RoleUnassigned(id, ref, command.role(), current, command.by(), command.at()));
            return;
        }
        if (current != null && current.id().equals(command.assignee().id())) {
            throw new CommandRefused(command.assignee().name() + " is already " + role + " of " + ref + ".");
        }
        apply(new RoleAssigned(id, ref, command.role(), command.assignee(), current, command.by(), command.at()));
    }

    @CommandHandler
    void handle(PostPublicUpdate command) {
        requireNotClosed(ref, status);
        apply(new PublicUpdatePosted(id, ref, status, requireText(command.message(), "update"), command.by(), command.at()));
    }

    @CommandHandler
    void handle(AddInternalNote command) {
        requireNotClosed(ref, status);
        apply(new InternalNoteAdded(id, ref, requireText(command.text(), "note"), command.by(), command.at()));
    }

    @CommandHandler
    void handle(SetComponentStatus command, ComponentCatalog catalog) {
        requireNotClosed(ref, status);
        var group = catalog.group(command.component());
        if (group.isPresent()) {
            setGroup(group.get(), command);
            return;
        }
        String name = known(catalog, command.component());
        ComponentStatus from = components.getOrDefault(name, ComponentStatus.OPERATIONAL);
        if (from == command.status()) {
            throw new CommandRefused(name + " is already " + from.wireName() + ".");
        }
        apply(new ComponentStatusChanged(id, ref, name, from, command.status(), command.by(), command.at()));
    }

    // a group as a whole: every component of it that is not already there, one event each
    private void setGroup(ComponentDefinition group, SetComponentStatus command) {
        var changing = group.components().stream().map(ComponentDefinition::name)
                .filter(name -> components.getOrDefault(name, ComponentStatus.OPERATIONAL) != command.status()).toList();
        if (changing.isEmpty()) {
            throw new CommandRefused("All of " + group.name() + " is already " + command.status().wireName() + ".");
        }
        changing.forEach(name -> apply(new ComponentStatusChanged(id, ref, name,
                components.getOrDefault(name, ComponentStatus.OPERATIONAL), command.status(), command.by(), command.at())));
    }

    /** Answers the new action's number, so the reply can name it. */
    @CommandHandler
    int handle(AddFollowUpAction command) {
        requireNotClosed(ref, status);
        int number = actions.nextNumber();
        apply(new FollowUpActionAdded(id, ref, number, requireText(command.text(), "action"), command.by(), command.at()));
        return number;
    }

    @CommandHandler
    void handle(CompleteFollowUpAction command) {
        requireNotClosed(ref, status);
        actions.requireOpen(ref, command.number());
        apply(new FollowUpActionCompleted(id, ref, command.number(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(ReopenFollowUpAction command) {
        requireNotClosed(ref, status);
        actions.requireDone(ref, command.number());
        apply(new FollowUpActionReopened(id, ref, command.number(), command.by(), command.at()));
    }

    @CommandHandler
    void handle(LinkChannel command) {
        requireNotClosed(ref, status);
        apply(new ChannelLinked(id, ref, requireText(command.channelId(), "channel"), command.by(), command.at()));
    }

    // resolving puts what this incident broke back to operational; maintenance is a deliberate state and stays
    private void restoreComponents(IncidentCommand command) {
        Map.copyOf(components).forEach((name, current) -> {
            if (current != ComponentStatus.OPERATIONAL && current != ComponentStatus.UNDER_MAINTENANCE) {
                apply(new ComponentStatusChanged(id, ref, name, current, ComponentStatus.OPERATIONAL, command.by(), command.at()));
            }
        });
    }

    private static String known(ComponentCatalog catalog, String name) {
        return catalog.find(name).orElseThrow(() -> new CommandRefused("There is no component called '" + name
                + "'. Known components: " + (catalog.names().isEmpty() ? "none configured" : String.join(", ", catalog.names()))
                + (catalog.groupNames().isEmpty() ? "" : "; groups: " + String.join(", ", catalog.groupNames())) + "."));
    }

    private static String titleOf(String text) {
        IncidentRules.requireTitle(text);
        return text.strip();
    }

    @EventSourcingHandler
    void on(IncidentDeclared event) {
        id = event.incidentId();
        ref = event.ref();
        status = IncidentStatus.INVESTIGATING;
        severity = event.severity();
        texts.put(IncidentTextField.TITLE, event.title());
    }

    @EventSourcingHandler
    void on(IncidentStatusChanged event) {
        status = event.to();
    }

    @EventSourcingHandler
    void on(IncidentAcknowledged event) {
        acknowledgedBy = event.by().user();
    }

    @EventSourcingHandler
    void on(IncidentReopened event) {
        status = IncidentStatus.INVESTIGATING;
    }

    @EventSourcingHandler
    void on(SeverityChanged event) {
        severity = event.to();
    }

    @EventSourcingHandler
    void on(TitleChanged event) {
        texts.put(IncidentTextField.TITLE, event.to());
    }

    @EventSourcingHandler
    void on(SummaryChanged event) {
        texts.put(IncidentTextField.SUMMARY, event.to());
    }

    @EventSourcingHandler
    void on(ImpactChanged event) {
        texts.put(IncidentTextField.IMPACT, event.to());
    }

    @EventSourcingHandler
    void on(RoleAssigned event) {
        roles.put(event.role(), event.assignee());
    }

    @EventSourcingHandler
    void on(RoleUnassigned event) {
        roles.remove(event.role());
    }

    @EventSourcingHandler
    void on(ComponentStatusChanged event) {
        components.put(event.component(), event.to());
    }
}
