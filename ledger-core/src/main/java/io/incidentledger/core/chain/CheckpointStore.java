package io.incidentledger.core.chain;

import java.util.Optional;

/** Where signed checkpoints are kept. */
public interface CheckpointStore {

    SignedCheckpoint save(String body, String signature, String publicKey);

    Optional<SignedCheckpoint> latest();
}
