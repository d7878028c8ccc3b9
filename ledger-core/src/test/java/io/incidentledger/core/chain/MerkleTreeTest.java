package io.incidentledger.core.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static List<byte[]> leaves(int count) {
        return IntStream.range(0, count).mapToObj(i -> MerkleTree.leaf(("head " + i).getBytes(StandardCharsets.UTF_8))).toList();
    }

    @Test
    void everyLeafsProofLeadsToTheRootForTreesOfOneToNineLeaves() {
        for (int count = 1; count <= 9; count++) {
            List<byte[]> leaves = leaves(count);
            String root = MerkleTree.root(leaves);
            for (int i = 0; i < count; i++) {
                assertThat(MerkleTree.rootFromProof(leaves.get(i), MerkleTree.proof(leaves, i))).as("leaf %d of %d", i, count).isEqualTo(root);
            }
        }
    }

    @Test
    void aChangedLeafOrOrderChangesTheRootAndFailsItsProof() {
        List<byte[]> leaves = leaves(5);
        String root = MerkleTree.root(leaves);
        byte[] other = MerkleTree.leaf("head 9".getBytes(StandardCharsets.UTF_8));

        assertThat(MerkleTree.root(List.of(leaves.get(1), leaves.get(0), leaves.get(2), leaves.get(3), leaves.get(4)))).isNotEqualTo(root);
        assertThat(MerkleTree.rootFromProof(other, MerkleTree.proof(leaves, 2))).isNotEqualTo(root);
    }

    @Test
    void aLeafIsNeverMistakenForANode() {
        byte[] data = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(MerkleTree.leaf(data)).isNotEqualTo(Hashes.sha256(data));
        assertThat(MerkleTree.root(List.of())).isEqualTo(Hashes.sha256Hex(new byte[0]));
    }
}
