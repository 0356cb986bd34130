package org.claimledger.merkle;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Nodes kept in a map: for tests, and for trees rebuilt from an exported bundle. */
public final class InMemoryNodeStore implements NodeReader {
    private record Position(int level, long index) {
    }

    private final Map<Position, byte[]> nodes = new HashMap<>();
    private long reads;

    public void put(Node node) {
        nodes.put(new Position(node.level(), node.index()), node.hash());
    }

    public void putAll(Collection<Node> toStore) {
        toStore.forEach(this::put);
    }

    public int size() {
        return nodes.size();
    }

    /** How many times {@link #node} was called, so tests can check the O(log n) read bound. */
    public long reads() {
        return reads;
    }

    @Override
    public byte[] node(int level, long index) throws TreeReadException {
        reads++;
        byte[] hash = nodes.get(new Position(level, index));
        if (hash == null) {
            throw new TreeReadException("no stored node at level " + level + ", index " + index);
        }
        return hash.clone();
    }
}
