package io.incidentledger.core.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Signs every stream's head and the Merkle root over them, and checks the latest checkpoint against the chain:
 * its signature by the configured key, its root, and that each head it signed is still the recorded link there.
 */
public final class Checkpoints {

    private final CheckpointStore checkpoints;
    private final Optional<SigningKey> key;
    private final Clock clock;

    public Checkpoints(CheckpointStore checkpoints, Optional<SigningKey> key, Clock clock) {
        this.checkpoints = checkpoints;
        this.key = key;
        this.clock = clock;
    }

    public Optional<String> publicKey() {
        return key.map(SigningKey::publicKey);
    }

    public SignedCheckpoint create(ChainStore chain) {
        SigningKey signing = key.orElseThrow(() -> new IllegalStateException(
                "No checkpoint signing key is configured (ledger.core.chain.signing-key or signing-key-file)"));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("createdAt", clock.instant().toString());
        var heads = body.putArray("heads");
        chain.heads().stream().filter(head -> head.headPosition() >= head.genesisPosition()).forEach(head ->
                heads.addObject().put("stream", head.stream()).put("position", head.headPosition()).put("hash", head.headHash()));
        body.put("merkleRoot", MerkleTree.root(leaves(body)));
        String canonical = new String(CanonicalJson.bytes(body), java.nio.charset.StandardCharsets.UTF_8);
        return checkpoints.save(canonical, signing.sign(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                signing.publicKey());
    }

    public Optional<SignedCheckpoint> latest() {
        return checkpoints.latest();
    }

    public List<String> checkLatest(ChainStore chain) {
        List<String> problems = new ArrayList<>();
        Optional<SignedCheckpoint> latest = checkpoints.latest();
        if (latest.isEmpty() || key.isEmpty()) {
            return problems;
        }
        SignedCheckpoint checkpoint = latest.get();
        if (!checkpoint.signatureHolds(key.get().publicKey())) {
            problems.add("checkpoint " + checkpoint.id() + ": its signature is not the configured key's: refused");
            return problems;
        }
        JsonNode body = checkpoint.json();
        if (!MerkleTree.root(leaves(body)).equals(body.path("merkleRoot").asText())) {
            problems.add("checkpoint " + checkpoint.id() + ": its Merkle root does not match its heads");
        }
        for (JsonNode head : body.path("heads")) {
            String stream = head.path("stream").asText();
            long position = head.path("position").asLong();
            String signed = head.path("hash").asText();
            Optional<String> now = chain.linkHash(stream, position);
            if (now.isEmpty() || !now.get().equals(signed)) {
                problems.add("checkpoint " + checkpoint.id() + ": " + stream + " at sequence " + position
                        + " was signed as " + signed + " but the chain has " + now.orElse("no link"));
            }
        }
        return problems;
    }

    /** The Merkle leaves of a checkpoint body's heads, in their order. */
    public static List<byte[]> leaves(JsonNode body) {
        List<byte[]> leaves = new ArrayList<>();
        body.path("heads").forEach(head -> leaves.add(MerkleTree.leaf(CanonicalJson.bytes(head))));
        return leaves;
    }
}
