package io.incidentledger.ingest.application;

import io.incidentledger.api.command.DeclareIncident;
import io.incidentledger.api.command.IncidentCommand;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.ingest.command.Effect;
import io.incidentledger.ingest.command.Invocation;
import io.incidentledger.ingest.command.NewIncident;
import io.incidentledger.ingest.command.ParsedCommand;
import io.incidentledger.ingest.command.Verb;

/** A parsed chat command to the ledger command it stands for: a lookup in {@link Verb}'s table. */
final class CommandTranslator {

    private CommandTranslator() {
    }

    static DeclareIncident declare(ParsedCommand parsed, ChatCommand chat) {
        return declare(newIncident(parsed), chat);
    }

    static DeclareIncident declare(NewIncident incident, ChatCommand chat) {
        return incident.toCommand(chat.origin(), chat.deliveryId(), chat.receivedAt());
    }

    /** Refuses, with the sentence to show, extras it cannot read (a lead who is no platform user, say). */
    static NewIncident newIncident(ParsedCommand parsed) {
        return opens(Verb.of(parsed)).read().apply(parsed);
    }

    static Effect.Opens opens(Verb verb) {
        if (!(verb.effect() instanceof Effect.Opens opens)) {
            throw new IllegalArgumentException("'" + verb.word() + "' declares nothing");
        }
        return opens;
    }

    static IncidentCommand toCommand(ParsedCommand parsed, IncidentSummary incident, ChatCommand chat) {
        if (!(Verb.of(parsed).effect() instanceof Effect.Changes changes)) {
            throw new IllegalArgumentException("'" + parsed.name() + "' changes no incident");
        }
        return changes.translate().apply(invocation(parsed, incident, chat));
    }

    static Invocation invocation(ParsedCommand parsed, IncidentSummary incident, ChatCommand chat) {
        return new Invocation(parsed, incident, chat.origin(), chat.deliveryId(), chat.receivedAt());
    }
}
