package io.incidentledger.ingest.application;

import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.command.*;
import io.incidentledger.api.query.FindIncident;
import io.incidentledger.api.query.FindIncidentsInChannel;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.api.query.ListOpenIncidents;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventhandling.gateway.DefaultEventGateway;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/**
 * The ledger as the chat service sees it, in memory: Axon's own buses and gateways, with a handler that keeps every
 * command and answers as {@link #answer} says, a directory of incidents, and the command history published.
 */
final class FakeLedger {

    final List<Object> sent = new CopyOnWriteArrayList<>();
    final List<CommandAttempted> history = new CopyOnWriteArrayList<>();
    final List<IncidentSummary> incidents = new CopyOnWriteArrayList<>();
    /** What the ledger answers a command with, or throws (a refusal, an outage). */
    volatile Function<Object, Object> answer = command -> null;

    final ChatCommandService service;

    /** From now on every command fails as {@code failure} says: a refusal, or the ledger being unreachable. */
    void failsWith(RuntimeException failure) {
        answer = command -> {
            throw failure;
        };
    }

    FakeLedger(RbacProperties rbac) {
        var commandBus = SimpleCommandBus.builder().build();
        Stream.of(DeclareIncident.class, AcknowledgeIncident.class, ChangeStatus.class, PostPublicUpdate.class,
                ChangeSeverity.class, AssignRole.class, EditIncidentText.class, AddInternalNote.class, SetComponentStatus.class,
                AddFollowUpAction.class, CompleteFollowUpAction.class, ReopenFollowUpAction.class, LinkChannel.class,
                CloseIncident.class, ReopenIncident.class).forEach(type -> commandBus.subscribe(type.getName(), message -> {
                    sent.add(message.getPayload());
                    return answer.apply(message.getPayload());
                }));
        var queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(new Directory()).subscribe(queryBus);
        var eventBus = SimpleEventBus.builder().build();
        eventBus.subscribe(messages -> messages.stream().map(EventMessage::getPayload)
                .forEach(payload -> history.add((CommandAttempted) payload)));
        var queries = DefaultQueryGateway.builder().queryBus(queryBus).build();
        var audit = new CommandAudit(DefaultEventGateway.builder().eventBus(eventBus).build());
        // as Axon's auto-configuration does in the app: an accepted command's history is written by its unit of work
        commandBus.registerHandlerInterceptor(audit);
        service = new ChatCommandService(DefaultCommandGateway.builder().commandBus(commandBus).build(),
                new IncidentLocator(queries), new CommandPolicy(rbac), audit);
    }

    /** Answers the directory's queries from {@link #incidents}; the first one is linked to channel C0INC. */
    final class Directory {

        @QueryHandler
        Optional<IncidentSummary> find(FindIncident query) {
            return incidents.stream().filter(incident -> incident.ref().equals(query.ref())).findFirst();
        }

        @QueryHandler
        List<IncidentSummary> inChannel(FindIncidentsInChannel query) {
            return "C0INC".equals(query.channelId()) ? incidents.stream().limit(1).toList() : List.of();
        }

        @QueryHandler
        List<IncidentSummary> open(ListOpenIncidents query) {
            return List.copyOf(incidents);
        }
    }
}
