package io.incidentledger.console.live;

import io.incidentledger.api.id.IncidentRef;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The incident page's live timeline: each change is the re-rendered list of entries, as one event. */
@RestController
class LiveTimelineStream {

    private final LiveTimelines live;

    LiveTimelineStream(LiveTimelines live) {
        this.live = live;
    }

    @GetMapping(path = "/console/incidents/{ref}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable String ref, @RequestParam(defaultValue = "0") long since) {
        return live.watch(IncidentRef.parse(ref), since);
    }
}
