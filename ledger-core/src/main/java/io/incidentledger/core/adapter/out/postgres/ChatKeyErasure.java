package io.incidentledger.core.adapter.out.postgres;

import io.incidentledger.api.event.ChatTextRedacted;
import io.incidentledger.core.erasure.ChatKeyStore;
import io.incidentledger.core.erasure.ChatKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Destroys the erased message's key material in the transaction that records the redaction (the directory's
 * subscribing processor), so the event is never stored without its effect. The incident's snapshots go too: they
 * hold the aggregate's copy of the chat texts, and the next load folds the events, whose texts now read as erased;
 * so do its cached copy and its keys held unwrapped.
 */
@Component
@ProcessingGroup(IncidentDirectoryProjection.PROCESSING_GROUP)
class ChatKeyErasure {

    private final ChatKeyStore keys;
    private final JdbcTemplate jdbc;
    private final IncidentCache incidents;
    private final ChatKeys unwrapped;

    ChatKeyErasure(ChatKeyStore keys, JdbcTemplate jdbc, IncidentCache incidents, ChatKeys unwrapped) {
        this.keys = keys;
        this.jdbc = jdbc;
        this.incidents = incidents;
        this.unwrapped = unwrapped;
    }

    @EventHandler
    void on(ChatTextRedacted e) {
        String incident = e.incidentId().value();
        keys.erase(incident, e.messageId(), e.marker());
        jdbc.update("DELETE FROM snapshotevententry WHERE aggregateidentifier = ?", incident);
        forget(incident, e.messageId());
        // again once committed: a reader until then still found the key, and the repository caches the incident as it saves
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> forget(incident, e.messageId()));
        }
    }

    private void forget(String incident, String messageId) {
        unwrapped.forget(incident, messageId);
        incidents.remove(incident);
    }
}
