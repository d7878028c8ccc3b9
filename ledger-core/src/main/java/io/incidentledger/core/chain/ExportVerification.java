package io.incidentledger.core.chain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks an incident export without the app or its database: every link recomputed, the checkpoint's signature,
 * and the Merkle proof from this incident's signed head to the checkpoint's root. {@code trustedKey} is the
 * ledger's public key as the verifier got it elsewhere; without it the export's own key is used, which shows the
 * export is consistent, not who signed it.
 */
public final class ExportVerification {

    public record Result(List<String> problems, List<String> notes) {

        public boolean intact() {
            return problems.isEmpty();
        }
    }

    private ExportVerification() {
    }

    public static Result verify(JsonNode export, Optional<String> trustedKey) {
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (!IncidentExport.FORMAT.equals(export.path("format").asText())) {
            problems.add("not an incident chain export (format " + export.path("format").asText("missing") + ")");
            return new Result(problems, notes);
        }
        String name = export.path("incident").asText();
        String stream = export.path("stream").asText();
        long position = export.path("genesisPosition").asLong();
        String previous = ChainLink.GENESIS;
        List<String> hashes = new ArrayList<>();
        for (JsonNode event : export.path("events")) {
            long sequence = event.path("sequence").asLong();
            String recomputed = new ChainLink(stream, sequence, event.path("event").asText(), text(event, "aggregateType"),
                    text(event, "type"), text(event, "revision"), text(event, "timestamp"),
                    CanonicalJson.bytes(event.path("payload"))).hash(previous);
            if (sequence != position || !previous.equals(event.path("previous").asText())
                    || !recomputed.equals(event.path("hash").asText())) {
                problems.add(name + " at sequence " + position + ": expected " + event.path("hash").asText() + ", found " + recomputed);
                return new Result(problems, notes);
            }
            hashes.add(recomputed);
            previous = recomputed;
            position++;
        }
        if (export.path("genesisPosition").asLong() > 0) {
            notes.add(name + " is chained from sequence " + export.path("genesisPosition").asLong() + "; earlier events predate the chain");
        }
        checkpoint(export, stream, hashes, trustedKey, problems, notes);
        return new Result(problems, notes);
    }

    private static void checkpoint(JsonNode export, String stream, List<String> hashes, Optional<String> trustedKey,
                                   List<String> problems, List<String> notes) {
        JsonNode checkpoint = export.path("checkpoint");
        if (checkpoint.isMissingNode()) {
            problems.add("the export carries no signed checkpoint");
            return;
        }
        String key = trustedKey.orElse(checkpoint.path("publicKey").asText());
        var signed = new SignedCheckpoint(checkpoint.path("id").asLong(), checkpoint.path("body").asText(),
                checkpoint.path("signature").asText(), key);
        if (!signed.signatureHolds(key)) {
            problems.add("checkpoint " + signed.id() + ": the signature does not hold for public key " + key + ": refused");
            return;
        }
        if (trustedKey.isEmpty()) {
            notes.add("checked against the export's own public key " + key + "; pass the ledger's key to know who signed it");
        }
        JsonNode body = signed.json();
        int index = export.path("proof").path("index").asInt(-1);
        JsonNode head = body.path("heads").path(index);
        long at = head.path("position").asLong(-1) - export.path("genesisPosition").asLong();
        if (!stream.equals(head.path("stream").asText()) || at < 0 || at >= hashes.size()
                || !hashes.get((int) at).equals(head.path("hash").asText())) {
            problems.add("checkpoint " + signed.id() + " did not sign this chain's head");
            return;
        }
        List<MerkleTree.Step> steps = new ArrayList<>();
        export.path("proof").path("steps").forEach(step -> steps.add(new MerkleTree.Step(step.path("hash").asText(), step.path("left").asBoolean())));
        String root = MerkleTree.rootFromProof(MerkleTree.leaf(CanonicalJson.bytes(head)), steps);
        if (!root.equals(body.path("merkleRoot").asText())) {
            problems.add("checkpoint " + signed.id() + ": the Merkle proof does not lead to its signed root");
        } else if (at + 1 < hashes.size()) {
            notes.add((hashes.size() - at - 1) + " events after sequence " + head.path("position").asLong()
                    + " are chained but came after the checkpoint");
        }
    }

    private static String text(JsonNode event, String field) {
        JsonNode value = event.path(field);
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

}
