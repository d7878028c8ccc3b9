package io.incidentledger.ingest.command;

import io.incidentledger.api.command.IncidentCommand;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.maintenance.MaintenanceCommand;
import io.incidentledger.api.query.IncidentSummary;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a verb does, in one of three shapes. The service takes each shape through {@link Cases}, so a new shape
 * does not compile until the service runs it.
 */
public sealed interface Effect {

    <R> R match(Cases<R> cases);

    interface Cases<R> {
        R answer(Answer answer);

        R open(Opens opens);

        R change(Changes changes);

        R maintain(Maintains maintains);
    }

    /** Reads and answers the sender; changes nothing and is not in the command history. */
    record Answer(Function<Reading, String> text) implements Effect {
        public <R> R match(Cases<R> cases) {
            return cases.answer(this);
        }
    }

    /** What an answer may read: the command, its incident (for verbs with a {@code <ref>}), the open incidents. */
    record Reading(ParsedCommand parsed, IncidentSummary incident, Supplier<List<IncidentSummary>> open) {
    }

    /** Opens a new incident. */
    record Opens(Function<ParsedCommand, NewIncident> read, Wording wording) implements Effect {
        public <R> R match(Cases<R> cases) {
            return cases.open(this);
        }

        public interface Wording {
            String declared(IncidentRef ref, NewIncident incident, ChatOrigin by);
        }
    }

    /** Changes one incident through one ledger command; {@code announce} shows the reply to the whole channel. */
    record Changes(Function<Invocation, IncidentCommand> translate, Wording wording, boolean announce) implements Effect {
        public <R> R match(Cases<R> cases) {
            return cases.change(this);
        }

        /** {@code result} is what the ledger answered, such as a new action's number. */
        public interface Wording {
            String accepted(Invocation invocation, Object result);
        }
    }

    /** Schedules or moves a maintenance window: no incident is named, so no incident role can hold the permission. */
    record Maintains(Function<MaintenanceOrder, MaintenanceCommand> translate, Wording wording) implements Effect {
        public <R> R match(Cases<R> cases) {
            return cases.maintain(this);
        }

        /** {@code result} is what the ledger answered: the new window's reference when scheduling. */
        public interface Wording {
            String accepted(MaintenanceOrder order, Object result);
        }
    }
}
