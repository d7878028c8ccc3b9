package io.incidentledger.core.chain;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A Merkle tree over checkpoint heads, as RFC 6962 builds one: a leaf is SHA-256(0x00 ‖ canonical head), a node
 * SHA-256(0x01 ‖ left ‖ right), an odd node last in its level moves up unchanged. An empty tree's root is
 * SHA-256 of nothing.
 */
public final class MerkleTree {

    /** One step of an inclusion proof: the sibling's hash, and whether it sits left of the path. */
    public record Step(String hash, boolean left) {
    }

    private MerkleTree() {
    }

    public static byte[] leaf(byte[] canonicalHead) {
        return Hashes.sha256(new byte[] {0}, canonicalHead);
    }

    public static String root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return HexFormat.of().formatHex(Hashes.sha256());
        }
        List<byte[]> level = leaves;
        while (level.size() > 1) {
            level = up(level);
        }
        return HexFormat.of().formatHex(level.get(0));
    }

    public static List<Step> proof(List<byte[]> leaves, int index) {
        List<Step> steps = new ArrayList<>();
        List<byte[]> level = leaves;
        while (level.size() > 1) {
            int sibling = index % 2 == 0 ? index + 1 : index - 1;
            if (sibling < level.size()) {
                steps.add(new Step(HexFormat.of().formatHex(level.get(sibling)), sibling < index));
            }
            level = up(level);
            index /= 2;
        }
        return steps;
    }

    public static String rootFromProof(byte[] leaf, List<Step> proof) {
        byte[] node = leaf;
        for (Step step : proof) {
            byte[] sibling = HexFormat.of().parseHex(step.hash());
            node = step.left() ? node(sibling, node) : node(node, sibling);
        }
        return HexFormat.of().formatHex(node);
    }

    private static List<byte[]> up(List<byte[]> level) {
        List<byte[]> next = new ArrayList<>();
        for (int i = 0; i < level.size(); i += 2) {
            next.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
        }
        return next;
    }

    private static byte[] node(byte[] left, byte[] right) {
        return Hashes.sha256(new byte[] {1}, left, right);
    }
}
