package io.incidentledger.core.domain;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.event.FollowUpActionAdded;
import io.incidentledger.api.event.FollowUpActionCompleted;
import io.incidentledger.api.event.FollowUpActionReopened;
import io.incidentledger.api.id.IncidentRef;
import java.util.HashMap;
import org.axonframework.eventsourcing.EventSourcingHandler;

/** Follow-up actions, numbered from 1 in the order they were added. */
class FollowUpActions {

    private final HashMap<Integer, Boolean> done = new HashMap<>();

    int nextNumber() {
        return done.size() + 1;
    }

    void requireOpen(IncidentRef ref, int number) {
        requireKnown(ref, number);
        if (done.get(number)) {
            throw new CommandRefused("Action " + number + " of " + ref + " is already done.");
        }
    }

    void requireDone(IncidentRef ref, int number) {
        requireKnown(ref, number);
        if (!done.get(number)) {
            throw new CommandRefused("Action " + number + " of " + ref + " is still open.");
        }
    }

    private void requireKnown(IncidentRef ref, int number) {
        if (!done.containsKey(number)) {
            throw new CommandRefused(ref + " has no action " + number + "; it has " + done.size() + ".");
        }
    }

    @EventSourcingHandler
    void on(FollowUpActionAdded event) {
        done.put(event.number(), false);
    }

    @EventSourcingHandler
    void on(FollowUpActionCompleted event) {
        done.put(event.number(), true);
    }

    @EventSourcingHandler
    void on(FollowUpActionReopened event) {
        done.put(event.number(), false);
    }
}
