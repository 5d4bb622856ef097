package dev.omnigraph;

/** What a read looks at: the head of a branch (resolved fresh) or a commit (time travel). */
public sealed interface ReadTarget {
  /** The current head of the named branch. */
  static ReadTarget branch(String name) {
    return new Branch(name);
  }

  /** The state published by a commit (its {@code graph_commit_id}). */
  static ReadTarget commit(String graphCommitId) {
    return new Commit(graphCommitId);
  }

  /** The head of a branch. */
  record Branch(String name) implements ReadTarget {}

  /** A commit by id. */
  record Commit(String id) implements ReadTarget {}
}
