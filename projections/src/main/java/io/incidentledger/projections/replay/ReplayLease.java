package io.incidentledger.projections.replay;

import java.util.Optional;

/** The right to run the one replay of the whole deployment, however many instances share its servers. */
public interface ReplayLease {

    /** The lease if no replay holds it, anywhere; it is released by closing it. */
    Optional<Held> tryAcquire();

    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
