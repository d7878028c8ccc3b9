package io.incidentledger.status.notify;

import java.time.Instant;

/** One delivery still owed to one route. */
record PendingNotification(long id, String eventId, String route, String kind, String text, String payload, int attempts,
                           Instant createdAt) {

    /** The id a webhook receives as {@code X-Ledger-Delivery}, and a parked row's dead-letter event id. */
    String deliveryId() {
        return eventId + "/" + route;
    }
}
