package io.incidentledger.api.event;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentId;
import io.incidentledger.api.id.IncidentRef;
import java.time.Instant;

/**
 * Every fact the ledger keeps about an incident: which incident, who did it from where, and when. The simple
 * class name is the stored type name, so an event is never renamed or nested; it evolves with
 * {@code @Revision} and an upcaster.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(ChannelLinked.class),
        @JsonSubTypes.Type(ChatMessageDeleted.class),
        @JsonSubTypes.Type(ChatMessageEdited.class),
        @JsonSubTypes.Type(ChatMessageRecorded.class),
        @JsonSubTypes.Type(ChatTextRedacted.class),
        @JsonSubTypes.Type(ComponentStatusChanged.class),
        @JsonSubTypes.Type(FollowUpActionAdded.class),
        @JsonSubTypes.Type(FollowUpActionCompleted.class),
        @JsonSubTypes.Type(FollowUpActionReopened.class),
        @JsonSubTypes.Type(ImpactChanged.class),
        @JsonSubTypes.Type(IncidentAcknowledged.class),
        @JsonSubTypes.Type(IncidentDeclared.class),
        @JsonSubTypes.Type(IncidentReopened.class),
        @JsonSubTypes.Type(IncidentStatusChanged.class),
        @JsonSubTypes.Type(InternalNoteAdded.class),
        @JsonSubTypes.Type(MessagePinned.class),
        @JsonSubTypes.Type(MessageUnpinned.class),
        @JsonSubTypes.Type(PublicUpdatePosted.class),
        @JsonSubTypes.Type(ReactionAdded.class),
        @JsonSubTypes.Type(RoleAssigned.class),
        @JsonSubTypes.Type(RoleUnassigned.class),
        @JsonSubTypes.Type(SeverityChanged.class),
        @JsonSubTypes.Type(SummaryChanged.class),
        @JsonSubTypes.Type(TitleChanged.class)
})
public sealed interface IncidentEvent permits ChannelLinked, ChatMessageDeleted, ChatMessageEdited, ChatMessageRecorded, ChatTextRedacted, ComponentStatusChanged, FollowUpActionAdded, FollowUpActionCompleted, FollowUpActionReopened, ImpactChanged, IncidentAcknowledged, IncidentDeclared, IncidentReopened, IncidentStatusChanged, InternalNoteAdded, MessagePinned, MessageUnpinned, PublicUpdatePosted, ReactionAdded, RoleAssigned, RoleUnassigned, SeverityChanged, SummaryChanged, TitleChanged {

    IncidentId incidentId();

    IncidentRef ref();

    ChatOrigin by();

    Instant at();
}
