package io.incidentledger.read.adapter.in.web;

import io.incidentledger.projections.replay.LedgerReplay;
import io.incidentledger.projections.replay.ReplayProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Admin", description = "Rebuilding the views from the event store")
class ReplayController {

    private final LedgerReplay replay;

    ReplayController(LedgerReplay replay) {
        this.replay = replay;
    }

    @PostMapping("/api/admin/replay")
    @Operation(summary = "Start a replay from the event store",
            description = "Builds a fresh flight-recorder index and switches the alias to it, and rebuilds the Streams "
                    + "views, while live ingestion goes on. Answers 202 with the progress; a replay already running is "
                    + "not started twice, and one running on another instance of the deployment answers 409.")
    ResponseEntity<ReplayProgress> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(replay.start());
    }

    @GetMapping("/api/admin/replay")
    @Operation(summary = "Progress of the current or last replay", description = "events, approximateTotal and "
            + "eventsPerSecond drive a progress bar (./ledger replay).")
    ReplayProgress progress() {
        return replay.progress();
    }
}
