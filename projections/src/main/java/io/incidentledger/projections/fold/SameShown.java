package io.incidentledger.projections.fold;

import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Whether two values of a view show the same: every record component but {@code lastSequence}, which the fold
 * store keeps for idempotence and which no reader shows. A chat message moves only that sequence, so its status
 * and metrics views are stored, not republished.
 */
public final class SameShown {

    static final String SEQUENCE = "lastSequence";

    private SameShown() {
    }

    /** For a record view; compared component by component, so a new component is compared without a change here. */
    public static <V extends Record> BiPredicate<V, V> ignoringLastSequence() {
        return SameShown::same;
    }

    static boolean same(Record a, Record b) {
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return a == b;
        }
        try {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                if (!component.getName().equals(SEQUENCE) && !Objects.equals(
                        component.getAccessor().invoke(a), component.getAccessor().invoke(b))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException unreadable) {
            // a public record's accessors are always readable; were one not, publishing is the safe answer
            return false;
        }
    }
}
