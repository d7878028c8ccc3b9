package io.incidentledger.ingest.application;

import io.incidentledger.api.id.ChatOrigin;
import java.time.Instant;

/** One line typed in chat, platform-neutral: who, where, the raw text and the platform's delivery id. */
public record ChatCommand(ChatOrigin origin, String text, String deliveryId, Instant receivedAt) {
}
