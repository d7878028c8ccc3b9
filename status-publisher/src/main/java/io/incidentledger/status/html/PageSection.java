package io.incidentledger.status.html;

import io.incidentledger.status.text.PageTexts;

/** A part another module adds to the live page below the incidents, such as the subscribe form, in the page's language. */
public interface PageSection {

    String html(PageTexts texts);
}
