package io.incidentledger.ingest.adapter.in.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamsTextTest {

    @Test
    void mentionsAndMarkupAreRemovedAndEntitiesDecoded() {
        assertThat(TeamsText.plain("<at>StatusBot</at>&nbsp;declare <b>Search</b> &amp; index down"))
                .isEqualTo("declare Search & index down");
        assertThat(TeamsText.plain("<p><at>Incident Bot</at> status INC-3 identified &quot;bad&quot;</p>\n"))
                .isEqualTo("status INC-3 identified \"bad\"");
        assertThat(TeamsText.plain(null)).isEmpty();
    }
}
