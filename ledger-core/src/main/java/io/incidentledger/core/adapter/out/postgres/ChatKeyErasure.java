package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.event.ChatTextRedacted;
import io.incidentledger.core.erasure.ChatKeyStore;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Destroys the erased message's key material in the transaction that records the redaction (the directory's
 * subscribing processor), so the event is never stored without its effect. The incident's snapshots go too: they
 * hold the aggregate's copy of the chat texts, and the next load folds the events, whose texts now read as erased.
 */
@Component
@ProcessingGroup(IncidentDirectoryProjection.PROCESSING_GROUP)
class ChatKeyErasure {

    private final ChatKeyStore keys;
    private final JdbcTemplate jdbc;

    ChatKeyErasure(ChatKeyStore keys, JdbcTemplate jdbc) {
        this.keys = keys;
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ChatTextRedacted e) {
        keys.erase(e.incidentId().value(), e.messageId(), e.marker());
        jdbc.update("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?", e.incidentId().value());
    }
}
