package io.incidentledger.projections.status;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** Keeps the global views store as a global table would, then tells the listener: the store first, so a scan sees it. */
final class ViewStoreUpdater implements Processor<String, IncidentView, Void, Void> {

    private final IncidentViewListener listener;
    private TimestampedKeyValueStore<String, IncidentView> store;

    ViewStoreUpdater(IncidentViewListener listener) {
        this.listener = listener;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(CurrentIncidentsTopology.VIEWS_STORE);
    }

    @Override
    public void process(Record<String, IncidentView> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
        } else {
            store.put(record.key(), ValueAndTimestamp.make(record.value(), record.timestamp()));
        }
        listener.changed(record.key(), record.value());
    }
}
