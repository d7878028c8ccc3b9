package io.incidentledger.ingest.application;

import io.incidentledger.api.command.CommandRefused;
import io.incidentledger.api.id.ChatOrigin;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.query.FindIncident;
import io.incidentledger.api.query.FindIncidentsInChannel;
import io.incidentledger.api.query.IncidentSummary;
import io.incidentledger.api.query.ListOpenIncidents;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** Finds the incident a command means: the one it names, or the one open in the channel it was typed in. */
@Component
public class IncidentLocator {

    private final QueryGateway queries;

    public IncidentLocator(QueryGateway queries) {
        this.queries = queries;
    }

    public IncidentSummary locate(String ref, ChatOrigin origin, String usage) {
        if (ref != null) {
            IncidentRef wanted = IncidentRef.parse(ref);
            return queries.query(new FindIncident(wanted), ResponseTypes.optionalInstanceOf(IncidentSummary.class))
                    .join().orElseThrow(() -> new CommandRefused("There is no " + wanted + "."));
        }
        List<IncidentSummary> here = queries.query(new FindIncidentsInChannel(origin.platform(), origin.channelId()),
                ResponseTypes.multipleInstancesOf(IncidentSummary.class)).join();
        if (here.size() == 1) {
            return here.get(0);
        }
        if (here.isEmpty()) {
            throw new CommandRefused("Say which incident: no open incident is linked to this channel. Usage: `" + usage + "`");
        }
        throw new CommandRefused("Say which incident: " + here.stream().map(i -> i.ref().toString())
                .collect(Collectors.joining(", ")) + " are open in this channel. Usage: `" + usage + "`");
    }

    public List<IncidentSummary> open() {
        return queries.query(new ListOpenIncidents(), ResponseTypes.multipleInstancesOf(IncidentSummary.class)).join();
    }
}
