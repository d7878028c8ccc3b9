package io.incidentledger.projections.timeline;

/** A follow-up action as it stands now. */
public record FollowUpAction(int number, String text, boolean done) {
}
