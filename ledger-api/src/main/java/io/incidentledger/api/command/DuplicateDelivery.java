package io.incidentledger.api.command;

/** The answer to a delivery already handled: nothing changed, and this is what the first one answered. */
public record DuplicateDelivery(String deliveryId, String firstResult) {
}
