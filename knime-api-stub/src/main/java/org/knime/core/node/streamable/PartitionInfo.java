package org.knime.core.node.streamable;

/** Stand-in: which part of a distributed input this operator sees. */
public class PartitionInfo {

    private final int partitionIndex;

    private final int partitionCount;

    public PartitionInfo(final int partitionIndex, final int partitionCount) {
        this.partitionIndex = partitionIndex;
        this.partitionCount = partitionCount;
    }

    public int getPartitionIndex() {
        return partitionIndex;
    }

    public int getPartitionCount() {
        return partitionCount;
    }
}
