package io.incidentledger.projections.fold;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used views of one processor, decoded, each with the bytes it was decoded from or encoded to.
 * A view is answered only for exactly those bytes, so whatever else changed the store (a repair, a restore, an
 * aborted transaction) is decoded afresh. Bounded by encoded size; the latest view is kept even if larger.
 */
final class DecodedViews<V> {

    /** Per processor (so per task): the busy incidents' timelines fit, a long uptime's worth of views does not. */
    static final long BUDGET_BYTES = 8L * 1024 * 1024;

    private record Decoded<V>(byte[] bytes, V view) {
    }

    private final Map<String, Decoded<V>> views = new LinkedHashMap<>(16, 0.75f, true);
    private final long budget;
    private long bytes;

    private DecodedViews(long budget) {
        this.budget = budget;
    }

    static <V> DecodedViews<V> upTo(long budgetBytes) {
        return new DecodedViews<>(budgetBytes);
    }

    /** For small views, quick to decode: keeping them would only hold memory. */
    static <V> DecodedViews<V> none() {
        return new DecodedViews<>(0);
    }

    /** The view decoded from {@code stored}, or null if this key was last seen with other bytes. */
    V get(String key, byte[] stored) {
        Decoded<V> decoded = views.get(key);
        // the store mostly hands back the very array it was given, so this is rarely a full comparison
        return decoded != null && Arrays.equals(decoded.bytes(), stored) ? decoded.view() : null;
    }

    void put(String key, byte[] stored, V view) {
        if (budget == 0) {
            return;
        }
        Decoded<V> previous = views.put(key, new Decoded<>(stored, view));
        bytes += stored.length - (previous == null ? 0 : previous.bytes().length);
        Iterator<Decoded<V>> eldest = views.values().iterator();
        while (bytes > budget && views.size() > 1) {
            bytes -= eldest.next().bytes().length;
            eldest.remove();
        }
    }

    void clear() {
        views.clear();
        bytes = 0;
    }
}
