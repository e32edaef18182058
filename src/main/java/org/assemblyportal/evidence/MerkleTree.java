package org.assemblyportal.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 §2.1 over a list of leaves (the ledger's entry lines): a leaf is
 * hashed as SHA-256(0x00 ‖ leaf), an inner node as SHA-256(0x01 ‖ left ‖ right), and a list of n leaves
 * splits at the largest power of two below n. Inclusion proofs are RFC 6962 §2.1.1 audit paths and are
 * checked with the algorithm of RFC 9162 §2.1.3.2, so any implementation of either RFC agrees.
 */
public final class MerkleTree {

    private static final HexFormat HEX = HexFormat.of();

    private final List<byte[]> leafHashes;
    /**
     * levels.get(h).get(i) is the hash of the perfect subtree over leaves [i·2^h, (i+1)·2^h). Every
     * left half in RFC 6962's split is such a subtree, so with them a root or an audit path costs
     * O(log² n) hashes instead of O(n): an export proves thousands of files of a long ledger.
     */
    private final List<List<byte[]>> levels;

    private MerkleTree(List<byte[]> leafHashes) {
        this.leafHashes = leafHashes;
        this.levels = new ArrayList<>();
        levels.add(leafHashes);
        for (var below = leafHashes; below.size() >= 2; ) {
            List<byte[]> level = new ArrayList<>(below.size() / 2);
            for (int i = 0; i + 1 < below.size(); i += 2) {
                level.add(nodeHash(below.get(i), below.get(i + 1)));
            }
            levels.add(level);
            below = level;
        }
    }

    /** A tree over leaves given as their bytes. */
    public static MerkleTree ofLeaves(List<byte[]> leaves) {
        List<byte[]> hashes = new ArrayList<>(leaves.size());
        for (byte[] leaf : leaves) {
            hashes.add(leafHash(leaf));
        }
        return new MerkleTree(List.copyOf(hashes));
    }

    /** A tree over leaves already hashed with {@link #leafHash}. */
    public static MerkleTree ofLeafHashes(List<byte[]> leafHashes) {
        return new MerkleTree(List.copyOf(leafHashes));
    }

    public int size() {
        return leafHashes.size();
    }

    /** The root over all leaves; the tree of no leaves has SHA-256 of the empty string as root. */
    public byte[] root() {
        return root(leafHashes.size());
    }

    public String rootHex() {
        return HEX.formatHex(root());
    }

    /** The root over the first {@code size} leaves, as it was when the ledger had that many entries. */
    public byte[] root(int size) {
        if (size < 0 || size > leafHashes.size()) {
            throw new IllegalArgumentException("No prefix of " + size + " leaves in a tree of " + leafHashes.size());
        }
        if (size == 0) {
            return digest().digest();
        }
        return subtreeHash(0, size);
    }

    /** The audit path for leaf {@code index} (0-based) in the tree of the first {@code size} leaves. */
    public List<byte[]> inclusionProof(int index, int size) {
        if (index < 0 || index >= size || size > leafHashes.size()) {
            throw new IllegalArgumentException("No leaf " + index + " in a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        auditPath(index, 0, size, path);
        return path;
    }

    public List<String> inclusionProofHex(int index, int size) {
        return inclusionProof(index, size).stream().map(HEX::formatHex).toList();
    }

    /**
     * Checks that the leaf with {@code leafHash} sits at {@code index} of a tree of {@code size}
     * leaves whose root is {@code root} (RFC 9162 §2.1.3.2).
     */
    public static boolean verifyInclusion(byte[] leafHash, int index, int size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1L;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    public static boolean verifyInclusionHex(String leafHashHex, int index, int size, List<String> pathHex,
            String rootHex) {
        try {
            return verifyInclusion(HEX.parseHex(leafHashHex), index, size,
                    pathHex.stream().map(HEX::parseHex).toList(), HEX.parseHex(rootHex));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
    }

    public static byte[] leafHash(byte[] leaf) {
        MessageDigest sha = digest();
        sha.update((byte) 0x00);
        sha.update(leaf);
        return sha.digest();
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = digest();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    private byte[] subtreeHash(int from, int to) {
        int n = to - from;
        if (Integer.bitCount(n) == 1 && from % n == 0) {
            return levels.get(Integer.numberOfTrailingZeros(n)).get(from / n);
        }
        int k = largestPowerOfTwoBelow(n);
        return nodeHash(subtreeHash(from, from + k), subtreeHash(from + k, to));
    }

    private void auditPath(int index, int from, int to, List<byte[]> path) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (index - from < k) {
            auditPath(index, from, from + k, path);
            path.add(subtreeHash(from + k, to));
        } else {
            auditPath(index, from + k, to, path);
            path.add(subtreeHash(from, from + k));
        }
    }

    /**
     * The root of a tree that grows one leaf at a time, in O(log n) memory: the roots of the perfect
     * subtrees the leaves so far split into (at most one per bit of the size). The verifier streams a
     * ledger of any length through one and reads the root at each checkpoint's size on the way.
     */
    public static final class Accumulator {

        private final List<byte[]> perfectRoots = new ArrayList<>();
        private long size;

        public void addLeaf(byte[] leaf) {
            addLeafHash(leafHash(leaf));
        }

        public void addLeafHash(byte[] leafHash) {
            byte[] carry = leafHash;
            // a 1 bit at the bottom of the size means a perfect subtree of that height waits for its sibling
            for (long s = size; (s & 1) == 1; s >>= 1) {
                carry = nodeHash(perfectRoots.remove(perfectRoots.size() - 1), carry);
            }
            perfectRoots.add(carry);
            size++;
        }

        public long size() {
            return size;
        }

        /** The RFC 6962 root over the leaves added so far: the perfect subtrees folded from the right. */
        public byte[] root() {
            if (perfectRoots.isEmpty()) {
                return digest().digest();
            }
            byte[] root = perfectRoots.get(perfectRoots.size() - 1);
            for (int i = perfectRoots.size() - 2; i >= 0; i--) {
                root = nodeHash(perfectRoots.get(i), root);
            }
            return root;
        }

        public String rootHex() {
            return HEX.formatHex(root());
        }
    }

    /** The largest power of two strictly smaller than n (n ≥ 2). */
    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
