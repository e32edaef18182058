package org.assemblyportal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.assemblyportal.evidence.MerkleTree;
import org.junit.jupiter.api.Test;

class MerkleLevelsTest {

    @Test
    void roots_and_audit_paths_agree_with_the_rfc_6962_tree_for_every_size_up_to_70() {
        for (int size = 0; size <= 70; size++) {
            List<byte[]> leaves = new ArrayList<>();
            MerkleLevels levels = new MerkleLevels();
            for (int i = 0; i < size; i++) {
                byte[] leaf = ("{\"seq\":" + (i + 1) + "}").getBytes(StandardCharsets.UTF_8);
                leaves.add(leaf);
                levels.addLeafHash(MerkleTree.leafHash(leaf));
            }
            MerkleTree tree = MerkleTree.ofLeaves(leaves);

            assertThat(levels.rootHex()).as("root of %d", size).isEqualTo(tree.rootHex());
            for (int i = 0; i < size; i++) {
                assertThat(levels.auditPathHex(i)).as("path of %d in %d", i, size)
                        .isEqualTo(tree.inclusionProofHex(i, size));
            }
        }
    }
}
