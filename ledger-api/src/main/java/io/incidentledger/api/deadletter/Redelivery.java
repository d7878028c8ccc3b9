package io.incidentledger.api.deadletter;

import java.util.Set;

/** How a retry from the admin API hands a parked event back to its processor's handler. */
public interface Redelivery {

    /** The processors this redelivery serves; each has a {@code incident_ledger_dead_letters} gauge. */
    Set<String> processors();

    /** Handles the event once more, now; throws if it fails again. */
    void redeliver(DeadLetter letter) throws Exception;
}
