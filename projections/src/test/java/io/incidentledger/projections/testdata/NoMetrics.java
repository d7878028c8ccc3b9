package io.incidentledger.projections.testdata;

import io.incidentledger.api.id.IncidentRef;
import io.incidentledger.projections.metrics.IncidentMetrics;
import io.incidentledger.projections.metrics.LedgerMetrics;
import java.util.List;
import java.util.Optional;

/** A metrics view with nothing in it, for tests whose subject is another view. */
public final class NoMetrics implements LedgerMetrics {

    @Override
    public List<IncidentMetrics> all() {
        return List.of();
    }

    @Override
    public Optional<IncidentMetrics> find(IncidentRef ref) {
        return Optional.empty();
    }
}
