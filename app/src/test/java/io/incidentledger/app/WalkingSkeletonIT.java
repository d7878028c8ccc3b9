package io.incidentledger.app;

import io.incidentledger.app.testdata.AppOnLocalServers;

/** The walking skeleton on the embedded default's own PostgreSQL, Kafka and Elasticsearch. */
@AppOnLocalServers
class WalkingSkeletonIT extends WalkingSkeletonContract {
}
