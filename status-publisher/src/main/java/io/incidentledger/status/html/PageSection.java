package io.incidentledger.status.html;

/** A part another module adds to the live page below the incidents, such as the subscribe form: HTML that holds still. */
public interface PageSection {

    String html();
}
