package dev.omnigraph;

/**
 * A graph commit (the wire {@code CommitOutput}).
 *
 * @param graphCommitId         a ULID; usable as a {@link ReadTarget#commit(String) read target}
 * @param manifestBranch        the branch it was made on; null = main
 * @param manifestVersion       the manifest version it published
 * @param parentCommitId        the previous head of its branch; null only for the genesis commit
 * @param mergedParentCommitId  the source head of a merge commit, else null
 * @param actorId               who wrote it; null when written locally or unauthenticated
 * @param createdAt             microseconds since the Unix epoch
 */
public record Commit(String graphCommitId, String manifestBranch, long manifestVersion,
    String parentCommitId, String mergedParentCommitId, String actorId, long createdAt) {}
