package io.incidentledger.read.adapter.in.web;

import static io.incidentledger.api.http.ErrorCode.BAD_PARAMETER;
import static io.incidentledger.api.http.ErrorCode.NOT_FOUND;
import static io.incidentledger.api.http.ErrorCode.RETRY_FAILED;

import io.incidentledger.api.deadletter.DeadLetter;
import io.incidentledger.api.deadletter.DeadLetters;
import io.incidentledger.api.http.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Beside the replay: the admin API, behind the admin token. It needs only the port; the app wires every processor. */
@RestController
@Tag(name = "Dead letters", description = "Admin: events that a processor parked, and retrying them")
class DeadLettersController {

    private static final int MAX_SIZE = 200;

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    record Parked(long id, String processor, String eventId, Long position, String incidentId, String errorClass,
                  String errorMessage, int attempts, Instant firstFailedAt, Instant lastFailedAt) {

        static Parked of(DeadLetter letter) {
            return new Parked(letter.id(), letter.processor(), letter.eventId(), letter.position(), letter.incidentId(),
                    letter.errorClass(), letter.errorMessage(), letter.attempts(), letter.firstFailedAt(),
                    letter.lastFailedAt());
        }
    }

    record Page(int page, int size, long total, Map<String, Long> byProcessor, List<Parked> deadLetters) {
    }

    @GetMapping("/api/admin/dead-letters")
    @Operation(summary = "Parked events, oldest first", description = "page from 0, size 1 to 200 (50 by default)")
    Page list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ApiException(BAD_PARAMETER, "page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
        var counts = deadLetters.countByProcessor();
        return new Page(page, size, counts.values().stream().mapToLong(Long::longValue).sum(), counts,
                deadLetters.list(page, size).stream().map(Parked::of).toList());
    }

    @PostMapping("/api/admin/dead-letters/{id}/retry")
    @Operation(summary = "Redeliver a parked event to its processor", description = "200 and the row is gone if it "
            + "was handled; 409 if it failed again (it stays parked, one attempt more); 404 if there is no such row.")
    ResponseEntity<?> retry(@PathVariable long id) {
        var outcome = deadLetters.retry(id).orElseThrow(() -> new ApiException(NOT_FOUND, "There is no parked event " + id));
        if (outcome.delivered()) {
            return ResponseEntity.ok(Map.of("id", id, "delivered", true));
        }
        throw new ApiException(RETRY_FAILED, "Parked event " + id
                + " failed again (" + outcome.letter().errorClass() + "); it stays parked after "
                + outcome.letter().attempts() + " attempts.");
    }
}
