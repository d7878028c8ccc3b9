package io.incidentledger.app;

import io.incidentledger.api.id.IncidentRef;

/** The review draft {@link RetroScript} must produce, in Europe/Paris time, word for word. */
final class RetroExpectedReview {

    private RetroExpectedReview() {
    }

    static String forIncident(IncidentRef ref) {
        return """
                # Post-incident review (draft): %1$s Checkout payment failures

                ## Summary

                _To be written._

                - Severity: SEV2
                - Status: resolved
                - Declared: 2026-03-28 23:50:00 Europe/Paris
                - Resolved: 2026-03-29 03:50:00 Europe/Paris

                ## Impact

                _To be written._

                ## Participants

                - ada (slack)
                - bob (slack)

                ## Metrics

                | Measure | Time |
                |---|---|
                | Time to acknowledge | 10m 00s |
                | Time to mitigate | 1h 10m 00s |
                | Time to resolve | 3h 00m 00s |

                ## Timeline

                Times are Europe/Paris (CET).

                | Date | Time | Who | Where | What | Text |
                |---|---|---|---|---|---|
                | 2026-03-28 | 23:50:00 | ada | slack | incident declared | Checkout payment failures |
                | 2026-03-28 | 23:50:00 | ada | slack | role assigned | lead: ada |
                | 2026-03-28 | 23:50:00 | ada | slack | channel linked | channel C0RETRO linked |
                | 2026-03-28 | 23:55:00 | bob | slack | chat message recorded | card auths timing out since 22:45 |
                | 2026-03-29 | 00:00:00 | ada | slack | internal note added | looking at the payment gateway dashboards |
                | 2026-03-29 | 00:10:00 | bob | slack | chat message recorded | gateway deploy at 22:40 is the cause _(edited; was: gateway deploy at 22:40 looks suspicious)_ |
                | 2026-03-29 | 00:10:00 | ada | slack | message pinned | gateway deploy at 22:40 is the cause |
                | 2026-03-29 | 00:16:00 | bob | slack | chat message recorded | ~~wrong channel sorry~~ _(deleted)_ |
                | 2026-03-29 | 00:20:00 | ada | slack | incident status changed | identified: Bad gateway deploy |
                | 2026-03-29 | 01:00:00 | ada | slack | incident status changed | monitoring: Rolled back |
                | 2026-03-29 | 01:10:00 | ada | slack | follow up action added | action 1: Add a canary for gateway deploys |
                | 2026-03-29 | 03:50:00 | ada | slack | incident status changed | resolved: Payments normal |

                ## Decisions (pinned messages)

                - 2026-03-29 00:10:00 Europe/Paris: gateway deploy at 22:40 is the cause

                ## Follow-up actions

                - [ ] 1. Add a canary for gateway deploys
                """.formatted(ref);
    }
}
