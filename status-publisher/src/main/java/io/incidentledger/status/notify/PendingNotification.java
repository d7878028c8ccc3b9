package io.incidentledger.status.notify;

/** One delivery still owed to one route. */
record PendingNotification(long id, String eventId, String route, String kind, String text, String payload, int attempts) {
}
