package io.incidentledger.subscribers.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.incidentledger.api.event.ChatMessageRecorded;
import io.incidentledger.api.event.IncidentDeclared;
import io.incidentledger.api.event.IncidentReopened;
import io.incidentledger.api.event.IncidentStatusChanged;
import io.incidentledger.api.event.PublicUpdatePosted;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.messaging.annotation.AnnotatedHandlerInspector;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.junit.jupiter.api.Test;

/**
 * The planner's tracking processor reads every event of the ledger: a handler for a supertype would make Axon decode,
 * and unseal, every chat message only for the planner to ignore it (a fifth of the app's CPU under chat load).
 */
class SubscriberPlannerHandlersTest {

    @Test
    void thePlannerHandlesExactlyTheFourEventsThatNotifySubscribers() {
        Set<Class<?>> handled = AnnotatedHandlerInspector.inspectType(SubscriberPlanner.class).getAllHandlers().values()
                .stream().flatMap(Set::stream).map(MessageHandlingMember::payloadType).collect(Collectors.toSet());

        assertThat(handled).containsExactlyInAnyOrder(IncidentDeclared.class, IncidentStatusChanged.class,
                PublicUpdatePosted.class, IncidentReopened.class);
        assertThat(handled).noneMatch(type -> type.isAssignableFrom(ChatMessageRecorded.class));
    }
}
