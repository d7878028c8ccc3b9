package io.incidentledger.status.testdata;

import io.incidentledger.status.names.DisplayNames;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Display names without PostgreSQL; like the table, {@link #all} answers a new map on every call. */
public final class InMemoryDisplayNames implements DisplayNames {

    private final Map<String, String> names = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> all() {
        return Map.copyOf(names);
    }

    @Override
    public void remember(String userId, String name) {
        names.put(userId, name);
    }
}
