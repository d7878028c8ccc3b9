package io.incidentledger.subscribers.domain;

/** A rule of the subscriber refused the command; nothing was recorded. The message is for the caller. */
public class SubscriptionRefused extends RuntimeException {

    public SubscriptionRefused(String message) {
        super(message);
    }
}
