package io.incidentledger.core.adapter.out.kafka;

import io.incidentledger.api.id.ChatIds;
import io.incidentledger.api.id.ChatText;
import io.incidentledger.api.id.ChatUser;

/**
 * How large one ledger event can be on Kafka, computed from the ledger's own limits, so that an event the ledger
 * accepted can always be published: the producer's {@code max.request.size} and the topic's
 * {@code max.message.bytes} are set from it, and an event past it (only one stored before the limits existed) is
 * refused by the publisher itself and parked, never left to fail its batch's transaction for ever.
 */
final class LedgerRecordLimits {

    /** Chat text, and any other free text, in code points: Slack's own limit, plus the ledger's truncation mark. */
    static final int MAX_TEXT = ChatText.MAX_LENGTH + 60;
    /** An event carries at most two texts: an edit's earlier and new text, a change's old and new value. */
    static final int TEXT_FIELDS = 2;
    /** Ids, display names, refs, emoji, platform and channel: short strings, bounded at the edge. */
    static final int MAX_SHORT = Math.max(255, Math.max(ChatIds.MAX_LENGTH, ChatUser.MAX_NAME_LENGTH));
    /** Short strings in one event, with room to spare: a role change names four users besides its ids. */
    static final int SHORT_FIELDS = 20;
    /** Jackson writes a control character as a six-byte escape; no code point takes more. */
    static final int JSON_BYTES_PER_CODE_POINT = 6;
    /** Field names, the type name, timestamps, numbers and the record's own framing. */
    static final int ENVELOPE = 8 * 1024;

    static final int WORST_CASE_EVENT_BYTES = (TEXT_FIELDS * MAX_TEXT + SHORT_FIELDS * MAX_SHORT)
            * JSON_BYTES_PER_CODE_POINT + ENVELOPE;

    /** Producer {@code max.request.size} and topic {@code max.message.bytes}: the worst case and its key. */
    static final int MAX_RECORD_BYTES = WORST_CASE_EVENT_BYTES + MAX_SHORT * JSON_BYTES_PER_CODE_POINT;

    private LedgerRecordLimits() {
    }
}
