package dev.omnigraph;

/**
 * One table of a snapshot.
 *
 * @param tableKey {@code node:T} or {@code edge:E}
 * @param path     the dataset path under the repository root, e.g. {@code nodes/40d76f1f51639ec0}
 * @param version  the table version this snapshot reads
 * @param branch   the branch whose copy of the table this snapshot uses; null = the main lineage
 * @param rowCount rows in that version
 */
public record TableState(String tableKey, String path, long version, String branch, long rowCount) {}
