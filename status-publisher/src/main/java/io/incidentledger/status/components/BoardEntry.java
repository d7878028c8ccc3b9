package io.incidentledger.status.components;

import io.incidentledger.api.component.ComponentDefinition;
import io.incidentledger.api.id.ComponentStatus;
import io.incidentledger.status.uptime.ComponentUptime;
import java.util.List;

/**
 * A public component or group with its status now; a group's status is the worst of its members', and its
 * {@code uptime} is null (the bars are per component).
 */
public record BoardEntry(ComponentDefinition definition, String id, ComponentStatus status, String groupId,
                         List<BoardEntry> members, ComponentUptime uptime) {

    public BoardEntry {
        members = List.copyOf(members);
    }

    public String name() {
        return definition.name();
    }

    public boolean group() {
        return definition.group();
    }
}
