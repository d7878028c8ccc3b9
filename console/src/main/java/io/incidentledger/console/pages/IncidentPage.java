package io.incidentledger.console.pages;

import io.incidentledger.api.audit.CommandAttempted;
import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.api.query.FindCommandHistory;
import io.incidentledger.api.query.FindIncidentChannels;
import io.incidentledger.api.query.IncidentChannel;
import io.incidentledger.projections.timeline.IncidentTimelines;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One incident: header, public updates, follow-up actions, command history and the live timeline. */
@Controller
class IncidentPage {

    private final Incidents incidents;
    private final IncidentTimelines timelines;
    private final QueryGateway queries;

    IncidentPage(Incidents incidents, IncidentTimelines timelines, QueryGateway queries) {
        this.incidents = incidents;
        this.timelines = timelines;
        this.queries = queries;
    }

    @GetMapping("/console/incidents/{ref}")
    String incident(@PathVariable String ref, Model model) {
        IncidentRef wanted = IncidentRef.parse(ref);
        model.addAttribute("incident", incidents.view(wanted));
        model.addAttribute("summary", incidents.summary(wanted).orElse(null));
        model.addAttribute("timeline", timelines.find(wanted).orElse(null));
        model.addAttribute("channels", queries.query(new FindIncidentChannels(wanted),
                ResponseTypes.multipleInstancesOf(IncidentChannel.class)).join().stream().map(ChannelLink::of).toList());
        List<CommandAttempted> history = queries.query(new FindCommandHistory(wanted),
                ResponseTypes.multipleInstancesOf(CommandAttempted.class)).join();
        model.addAttribute("history", history);
        return "console/incident";
    }
}
