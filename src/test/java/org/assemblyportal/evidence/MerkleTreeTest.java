package org.assemblyportal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** RFC 6962 §2.1 trees and audit paths, against hashes written out from the definition. */
class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();

    static byte[] sha256(byte... bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte first, byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        out.write(first);
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** MTH({d}) = SHA-256(0x00 ‖ d) */
    static byte[] leaf(byte[] d) {
        return sha256(concat((byte) 0, d));
    }

    /** SHA-256(0x01 ‖ left ‖ right) */
    static byte[] node(byte[] left, byte[] right) {
        return sha256(concat((byte) 1, left, right));
    }

    static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(("{\"seq\":" + (i + 1) + "}").getBytes(StandardCharsets.UTF_8));
        }
        return leaves;
    }

    @Test
    void the_empty_tree_has_the_hash_of_the_empty_string_as_root() {
        assertThat(MerkleTree.ofLeaves(List.of()).rootHex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(new MerkleTree.Accumulator().rootHex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void small_trees_split_at_the_largest_power_of_two_below_their_size() {
        var d = leaves(7);
        byte[] h0 = leaf(d.get(0)), h1 = leaf(d.get(1)), h2 = leaf(d.get(2)), h3 = leaf(d.get(3)),
                h4 = leaf(d.get(4)), h5 = leaf(d.get(5)), h6 = leaf(d.get(6));
        var tree = MerkleTree.ofLeaves(d);

        assertThat(tree.root(1)).isEqualTo(h0);
        assertThat(tree.root(2)).isEqualTo(node(h0, h1));
        assertThat(tree.root(3)).isEqualTo(node(node(h0, h1), h2));
        assertThat(tree.root(4)).isEqualTo(node(node(h0, h1), node(h2, h3)));
        assertThat(tree.root(5)).isEqualTo(node(node(node(h0, h1), node(h2, h3)), h4));
        assertThat(tree.root(6)).isEqualTo(node(node(node(h0, h1), node(h2, h3)), node(h4, h5)));
        assertThat(tree.root()).isEqualTo(node(node(node(h0, h1), node(h2, h3)), node(node(h4, h5), h6)));
    }

    @Test
    void audit_paths_name_the_siblings_from_the_leaf_up() {
        var d = leaves(7);
        byte[] h0 = leaf(d.get(0)), h1 = leaf(d.get(1)), h2 = leaf(d.get(2)), h3 = leaf(d.get(3)),
                h4 = leaf(d.get(4)), h5 = leaf(d.get(5)), h6 = leaf(d.get(6));
        var tree = MerkleTree.ofLeaves(d);

        // RFC 6962 §2.1.3's example tree of 7 leaves: the path of d0 is [b, h, l], of d3 [c, g, l], of d4 [f, j, k]
        assertThat(tree.inclusionProof(0, 7)).containsExactly(h1, node(h2, h3), node(node(h4, h5), h6));
        assertThat(tree.inclusionProof(3, 7)).containsExactly(h2, node(h0, h1), node(node(h4, h5), h6));
        assertThat(tree.inclusionProof(4, 7)).containsExactly(h5, h6, node(node(h0, h1), node(h2, h3)));
        assertThat(tree.inclusionProof(6, 7)).containsExactly(node(h4, h5), node(node(h0, h1), node(h2, h3)));
        assertThat(tree.inclusionProof(2, 3)).containsExactly(node(h0, h1));
        assertThat(tree.inclusionProof(0, 1)).isEmpty();
    }

    @Test
    void the_certificate_transparency_test_vectors_give_the_published_roots() {
        // the eight leaves and roots of the CT reference implementations' merkle tree tests
        var inputs = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                "606162636465666768696a6b6c6d6e6f");
        var roots = List.of("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");
        var tree = MerkleTree.ofLeaves(inputs.stream().map(HEX::parseHex).toList());

        for (int size = 1; size <= 8; size++) {
            assertThat(HEX.formatHex(tree.root(size))).as("root of %d", size).isEqualTo(roots.get(size - 1));
        }
    }

    /**
     * Every leaf of every tree up to 200 leaves: its path verifies, and one flipped bit anywhere, another
     * index, or the root of another size makes it fail. (A wrong size is tried with that size's own root:
     * the root is what binds a size, and paths of two sizes can have the same shape, e.g. leaf 0 of 3 and 4.)
     */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void every_audit_path_verifies_and_no_altered_one_does(@ForAll @IntRange(min = 1, max = 200) int size) {
        var random = new Random(size);
        var all = leaves(201);
        var tree = MerkleTree.ofLeaves(all.subList(0, size));
        var bigger = MerkleTree.ofLeaves(all);
        var root = tree.root();
        assertThat(bigger.root(size)).isEqualTo(root);
        for (int index = 0; index < size; index++) {
            var leafHash = MerkleTree.leafHash(all.get(index));
            var path = tree.inclusionProof(index, size);
            assertThat(bigger.inclusionProof(index, size)).containsExactlyElementsOf(path);
            assertThat(MerkleTree.verifyInclusion(leafHash, index, size, path, root)).isTrue();

            assertThat(MerkleTree.verifyInclusion(flip(leafHash, random), index, size, path, root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leafHash, index, size, path, flip(root, random))).isFalse();
            for (int step = 0; step < path.size(); step++) {
                var altered = new ArrayList<>(path);
                altered.set(step, flip(path.get(step), random));
                assertThat(MerkleTree.verifyInclusion(leafHash, index, size, altered, root)).isFalse();
            }
            if (!path.isEmpty()) {
                assertThat(MerkleTree.verifyInclusion(leafHash, index, size, path.subList(0, path.size() - 1), root))
                        .isFalse();
            }
            if (size > 1) {
                int other = (index + 1 + random.nextInt(size - 1)) % size;
                assertThat(MerkleTree.verifyInclusion(leafHash, other, size, path, root)).as("index %d", other).isFalse();
            }
            int otherSize = 1 + (size + random.nextInt(200)) % 201;
            if (otherSize != size && index < otherSize) {
                assertThat(MerkleTree.verifyInclusion(leafHash, index, otherSize, path, bigger.root(otherSize)))
                        .as("size %d", otherSize).isFalse();
            }
            assertThat(MerkleTree.verifyInclusion(leafHash, size, size, path, root)).isFalse();
            assertThat(MerkleTree.verifyInclusion(leafHash, -1, size, path, root)).isFalse();
        }
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void a_growing_accumulator_has_the_root_of_every_prefix(@ForAll @IntRange(min = 0, max = 70) int size) {
        var all = leaves(size);
        var accumulator = new MerkleTree.Accumulator();
        all.forEach(accumulator::addLeaf);

        assertThat(accumulator.size()).isEqualTo(size);
        assertThat(accumulator.root()).isEqualTo(MerkleTree.ofLeaves(all).root());
    }

    @Test
    void hex_proofs_verify_and_garbage_hex_does_not_throw() {
        var tree = MerkleTree.ofLeaves(leaves(5));
        var leafHex = HEX.formatHex(MerkleTree.leafHash(leaves(5).get(3)));

        assertThat(MerkleTree.verifyInclusionHex(leafHex, 3, 5, tree.inclusionProofHex(3, 5), tree.rootHex())).isTrue();
        assertThat(MerkleTree.verifyInclusionHex(leafHex, 3, 5, List.of("zz"), tree.rootHex())).isFalse();
    }

    @Test
    void two_thousand_proofs_in_a_tree_of_twenty_thousand_leaves_take_well_under_a_second_each_batch() {
        var leaves = leaves(20_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            var tree = MerkleTree.ofLeaves(leaves);
            var root = tree.root();
            for (int index = 0; index < 20_000; index += 10) {
                var path = tree.inclusionProof(index, 20_000);
                assertThat(MerkleTree.verifyInclusion(MerkleTree.leafHash(leaves.get(index)), index, 20_000, path, root))
                        .isTrue();
            }
        });
    }

    private static byte[] flip(byte[] hash, Random random) {
        var copy = hash.clone();
        int bit = random.nextInt(copy.length * 8);
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }
}
