package io.incidentledger.core.chain;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * One incident's events with their links, the latest checkpoint and the Merkle proof that the checkpoint signed
 * this incident's head: everything {@code ./ledger verify <file>} needs to check it offline.
 */
public final class IncidentExport {

    public static final String FORMAT = "incident-ledger/chain-export-1";

    private IncidentExport() {
    }

    public static Optional<ObjectNode> of(ChainStore chain, Optional<SignedCheckpoint> checkpoint, String incident) {
        Optional<StreamHead> found = chain.heads().stream()
                .filter(head -> head.aggregate() && (head.name().equals(incident) || head.stream().equals(incident))).findFirst();
        return found.map(head -> export(chain, checkpoint, head));
    }

    private static ObjectNode export(ChainStore chain, Optional<SignedCheckpoint> checkpoint, StreamHead head) {
        ObjectNode export = JsonNodeFactory.instance.objectNode();
        export.put("format", FORMAT).put("incident", head.name()).put("stream", head.stream())
                .put("genesisPosition", head.genesisPosition()).put("genesisAt", head.genesisAt().toString());
        var events = export.putArray("events");
        chain.forEachLink(head, link -> {
            ObjectNode event = events.addObject().put("sequence", link.position()).put("event", link.eventId())
                    .put("previous", link.previousHash()).put("hash", link.hash());
            if (link.event() != null) {
                event.put("aggregateType", link.event().aggregateType()).put("type", link.event().type())
                        .put("revision", link.event().revision()).put("timestamp", link.event().timestamp())
                        .set("payload", CanonicalJson.parse(link.event().payload()));
            }
        });
        checkpoint.ifPresent(signed -> {
            export.set("checkpoint", json(signed));
            List<byte[]> leaves = Checkpoints.leaves(signed.json());
            var heads = signed.json().path("heads");
            for (int i = 0; i < heads.size(); i++) {
                if (heads.get(i).path("stream").asText().equals(head.stream())) {
                    var proof = export.putObject("proof").put("index", i);
                    var steps = proof.putArray("steps");
                    MerkleTree.proof(leaves, i).forEach(step -> steps.addObject().put("hash", step.hash()).put("left", step.left()));
                }
            }
        });
        return export;
    }

    public static ObjectNode json(SignedCheckpoint checkpoint) {
        return JsonNodeFactory.instance.objectNode().put("id", checkpoint.id()).put("algorithm", SignedCheckpoint.ALGORITHM)
                .put("body", checkpoint.body()).put("signature", checkpoint.signature())
                .put("publicKey", checkpoint.publicKey());
    }
}
