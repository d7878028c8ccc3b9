package io.incidentledger.core.adapter.out.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.incidentledger.api.event.ChatMessageEdited;
import io.incidentledger.api.event.IncidentEvent;
import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.api.event.RoleAssigned;
import io.incidentledger.api.id.ChatIds;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.ChatUser;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.id.IncidentRole;
import io.incidentledger.api.id.Platform;
import io.incidentledger.api.json.LedgerJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerRecordLimitsTest {

    // a control character is the costliest code point in JSON: six bytes
    private static final String WORST_TEXT = "\u0001".repeat(LedgerRecordLimits.MAX_TEXT);
    private static final String WORST_ID = "\u0001".repeat(ChatIds.MAX_LENGTH);
    private static final String WORST_NAME = "\u0001".repeat(ChatUser.MAX_NAME_LENGTH);

    private final ObjectMapper json = LedgerJson.newMapper();
    private final IncidentId incident = IncidentId.of(UUID.randomUUID().toString());
    private final IncidentRef ref = new IncidentRef(Long.MAX_VALUE);
    private final ChatOrigin by = new ChatOrigin(Platform.TEAMS, WORST_ID, user());

    @Test
    void anEditOfTheLongestTextWithTheLongestIdsAndNamesFitsOneRecord() throws Exception {
        var edit = new ChatMessageEdited(incident, ref, WORST_ID, WORST_TEXT, WORST_TEXT, by, Instant.now());

        int size = sizeOf(edit);

        assertThat(size).isGreaterThan(2 * LedgerRecordLimits.MAX_TEXT * 6)
                .isLessThanOrEqualTo(LedgerRecordLimits.WORST_CASE_EVENT_BYTES);
        assertThat(size + key().length).isLessThanOrEqualTo(LedgerRecordLimits.MAX_RECORD_BYTES);
    }

    @Test
    void theEventWithTheMostNamesFitsToo() throws Exception {
        var role = new RoleAssigned(incident, ref, IncidentRole.values()[0], user(), user(), by, Instant.now());

        assertThat(sizeOf(role)).isLessThanOrEqualTo(LedgerRecordLimits.WORST_CASE_EVENT_BYTES);
    }

    @Test
    void theLimitStaysWithinWhatABrokerAcceptsByDefault() {
        // a broker's message.max.bytes defaults to 1 MiB + 12; the topic sets its own, but a lower one is never hit
        assertThat(LedgerRecordLimits.MAX_RECORD_BYTES).isLessThanOrEqualTo(1024 * 1024);
    }

    private int sizeOf(IncidentEvent event) throws Exception {
        return json.writeValueAsBytes(new LedgerEvent(UUID.randomUUID().toString(), incident, Long.MAX_VALUE,
                Instant.now(), event)).length;
    }

    private byte[] key() {
        return incident.value().getBytes(StandardCharsets.UTF_8);
    }

    private static ChatUser user() {
        return new ChatUser(WORST_ID, WORST_NAME);
    }
}
