package org.assemblyportal.casefile;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The RFC 6962 tree kept level by level in flat arrays (32 bytes a node, about 64 bytes a leaf), so
 * that the root and every audit path come from one O(n) build. {@code evidence.MerkleTree} recomputes
 * subtrees for each proof, which is O(n) per proof: too slow for thousands of files in a large case.
 * Pairing nodes left to right and lifting an odd last node unchanged gives exactly RFC 6962's split
 * at the largest power of two, so roots and paths agree with MerkleTree (MerkleLevelsTest checks it).
 */
final class MerkleLevels {

    private static final HexFormat HEX = HexFormat.of();
    private static final int HASH = 32;

    private byte[] leaves = new byte[HASH * 1024];
    private int size;
    private List<byte[]> levels;

    void addLeafHash(byte[] leafHash) {
        if ((size + 1) * HASH > leaves.length) {
            leaves = Arrays.copyOf(leaves, leaves.length * 2);
        }
        System.arraycopy(leafHash, 0, leaves, size * HASH, HASH);
        size++;
        levels = null;
    }

    int size() {
        return size;
    }

    byte[] root() {
        if (size == 0) {
            return sha256().digest();
        }
        List<byte[]> built = levels();
        return Arrays.copyOf(built.get(built.size() - 1), HASH);
    }

    String rootHex() {
        return HEX.formatHex(root());
    }

    List<String> auditPathHex(int index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("No leaf " + index + " in a tree of " + size);
        }
        List<String> path = new ArrayList<>();
        int count = size;
        int i = index;
        for (byte[] level : levels()) {
            int sibling = i ^ 1;
            if (sibling < count) {
                path.add(HEX.formatHex(level, sibling * HASH, sibling * HASH + HASH));
            }
            i >>= 1;
            count = (count + 1) / 2;
        }
        return path;
    }

    private List<byte[]> levels() {
        if (levels == null) {
            List<byte[]> built = new ArrayList<>();
            byte[] level = Arrays.copyOf(leaves, size * HASH);
            int count = size;
            built.add(level);
            MessageDigest sha = sha256();
            while (count > 1) {
                int parents = (count + 1) / 2;
                byte[] next = new byte[parents * HASH];
                for (int p = 0; p < count / 2; p++) {
                    sha.update((byte) 0x01);
                    sha.update(level, 2 * p * HASH, 2 * HASH);
                    System.arraycopy(sha.digest(), 0, next, p * HASH, HASH);
                }
                if (count % 2 == 1) {
                    System.arraycopy(level, (count - 1) * HASH, next, (parents - 1) * HASH, HASH);
                }
                built.add(next);
                level = next;
                count = parents;
            }
            levels = built;
        }
        return levels;
    }

    static byte[] leafHash(byte[] line) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        sha.update(line);
        return sha.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
