package io.incidentledger.core.adapter.out.history;

import io.incidentledger.api.event.LedgerEvent;
import io.incidentledger.core.domain.Incident;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

/**
 * The incidents' events in aggregate order, in one query and one snapshot: each incident's rows arrive together, so
 * a reader folds and lets go of one incident at a time, and every row is decoded (and upcast: redactions apply)
 * once, its chat keys read with its incident's ({@link IncidentRows}). The unique index on (aggregate, sequence) gives that order without a sort.
 */
final class IncidentsInOrder {

    private static final int FETCH_ROWS = 1_000;

    private final DataSource dataSource;
    private final EventSchema schema;
    private final IncidentRows incidentRows;

    IncidentsInOrder(DataSource dataSource, EventSchema schema, IncidentRows incidentRows) {
        this.dataSource = dataSource;
        this.schema = schema;
        this.incidentRows = incidentRows;
    }

    /** Every incident's events stored at global index {@code upTo} or below, one incident per call of the sink. */
    void read(long upTo, Consumer<List<LedgerEvent>> sink) throws SQLException {
        String sql = "SELECT " + schema.domainEventFields() + " FROM " + schema.domainEventTable()
                + " WHERE " + schema.globalIndexColumn() + " <= ? AND " + schema.typeColumn() + " = ?"
                + " ORDER BY " + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn();
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams by the fetch size only inside a transaction
            connection.setAutoCommit(false);
            try (var statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(FETCH_ROWS);
                statement.setLong(1, upTo);
                statement.setString(2, Incident.class.getSimpleName());
                try (ResultSet rows = statement.executeQuery()) {
                    readGrouped(rows, sink);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private void readGrouped(ResultSet rows, Consumer<List<LedgerEvent>> sink) throws SQLException {
        List<DomainEventData<?>> incident = new ArrayList<>();
        while (rows.next()) {
            var row = row(rows);
            if (!incident.isEmpty() && !incident.get(0).getAggregateIdentifier().equals(row.getAggregateIdentifier())) {
                sink.accept(incidentRows.decode(incident));
                incident = new ArrayList<>();
            }
            incident.add(row);
        }
        if (!incident.isEmpty()) {
            sink.accept(incidentRows.decode(incident));
        }
    }

    private DomainEventData<byte[]> row(ResultSet rows) throws SQLException {
        return new GenericDomainEventEntry<>(rows.getString(schema.typeColumn()),
                rows.getString(schema.aggregateIdentifierColumn()), rows.getLong(schema.sequenceNumberColumn()),
                rows.getString(schema.eventIdentifierColumn()), rows.getString(schema.timestampColumn()),
                rows.getString(schema.payloadTypeColumn()), rows.getString(schema.payloadRevisionColumn()),
                rows.getBytes(schema.payloadColumn()), rows.getBytes(schema.metaDataColumn()));
    }
}
