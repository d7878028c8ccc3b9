package io.incidentledger.app;

import io.incidentledger.app.testdata.LedgerClient;
import org.springframework.boot.test.context.SpringBootTest;

/** The walking skeleton on the embedded default's own PostgreSQL, Kafka and Elasticsearch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.local.ephemeral=true", "slack.signing-secret=" + LedgerClient.SECRET, "ledger.projections.state-dir="})
class WalkingSkeletonIT extends WalkingSkeletonContract {
}
