package io.incidentledger.subscribers.delivery;

/**
 * One message for every subscriber of an event, rendered once. The texts hold {@link #MANAGE} and
 * {@link #UNSUBSCRIBE} where each subscriber's own signed links go; {@code webhook} is the Statuspage body without
 * its {@code meta}, which is per subscriber too.
 */
record SubscriberMessage(String eventId, String kind, String subject, String text, String html, String webhook) {

    static final String MANAGE = "{{manage}}";
    static final String UNSUBSCRIBE = "{{unsubscribe}}";
}
