package io.incidentledger.ingest.application;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.command.DuplicateDelivery;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.ingest.command.Effect;
import io.incidentledger.ingest.command.NewIncident;
import io.incidentledger.ingest.command.Verb;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** {@code declare}, typed or parsed: permission, one ledger command with everything in it, history, the reply. */
final class Declaring {

    private static final String WORD = Verb.DECLARE.word();

    private final CommandGateway commands;
    private final CommandPolicy policy;
    private final CommandAudit audit;
    private final Effect.Opens.Wording wording;

    Declaring(CommandGateway commands, CommandPolicy policy, CommandAudit audit, Effect.Opens opens) {
        this.commands = commands;
        this.policy = policy;
        this.audit = audit;
        this.wording = opens.wording();
    }

    /** {@code what} is read after the permission check, so a refused sender learns nothing but who may. */
    Declared declare(ChatCommand chat, Supplier<NewIncident> what) {
        var refusal = policy.refusal(WORD, chat.origin().user(), null);
        if (refusal.isPresent()) {
            audit.refused(chat, WORD, null, refusal.get());
            return new Declared.Refused(ChatReply.refused(refusal.get()));
        }
        try {
            NewIncident incident = what.get();
            Object result = commands.sendAndWait(audit.recorded(CommandTranslator.declare(incident, chat), chat, WORD,
                    declared -> (IncidentRef) declared, declared -> wording.declared((IncidentRef) declared, incident, chat.origin())));
            if (result instanceof DuplicateDelivery duplicate) {
                var reply = ChatReply.privately(duplicate.firstResult() + " was already declared by this same request; nothing changed.");
                // a delivery id first used by another kind of command answers no reference
                return IncidentRef.tryParse(duplicate.firstResult()).<Declared>map(ref -> new Declared.Opened(ref, reply))
                        .orElseGet(() -> new Declared.Refused(reply));
            }
            IncidentRef ref = (IncidentRef) result;
            return new Declared.Opened(ref, ChatReply.announced(wording.declared(ref, incident, chat.origin())));
        } catch (CommandRefused refused) {
            audit.refused(chat, WORD, null, refused.getMessage());
            return new Declared.Refused(ChatReply.refused(refused.getMessage()));
        }
    }
}
