package io.incidentledger.status.notify;

import io.incidentledger.status.PeriodicPass;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the dispatcher on its own thread, so slow or dead routes never wait on a request or the ledger. */
class NotificationSchedule extends PeriodicPass {

    private static final Logger log = LoggerFactory.getLogger(NotificationSchedule.class);

    private final NotificationDispatcher dispatcher;

    NotificationSchedule(NotificationDispatcher dispatcher, Duration interval) {
        super("status-notifications", interval);
        this.dispatcher = dispatcher;
    }

    @Override
    protected void runOnce() {
        try {
            dispatcher.dispatchDue();
        } catch (Exception e) {
            // e.g. PostgreSQL briefly away: the rows stay owed and the next pass tries again
            log.warn("Notification dispatch pass failed: {}", e.toString());
        }
    }
}
