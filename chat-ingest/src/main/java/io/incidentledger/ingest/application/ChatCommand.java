package io.incidentledger.ingest.application;

import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.PlainText;
import java.time.Instant;

/** One line typed in chat, platform-neutral: who, where, the text (made {@link PlainText}) and the delivery id. */
public record ChatCommand(ChatOrigin origin, String text, String deliveryId, Instant receivedAt) {

    public ChatCommand {
        text = PlainText.clean(text);
    }
}
