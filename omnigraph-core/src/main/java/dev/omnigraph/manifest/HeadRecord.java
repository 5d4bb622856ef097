package dev.omnigraph.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The head of one graph branch, stored under {@code omnigraph.head/{branch}}.
 *
 * @param branch      the branch name
 * @param incarnation a ULID fixed when the branch was created: a deleted and re-created branch of
 *                    the same name is another incarnation and owns none of the old one's lineages
 * @param createdFrom the branch it was created from; null for main
 * @param createdAt   microseconds since the epoch
 * @param commit      the head commit
 */
@JsonPropertyOrder({"branch", "incarnation", "created_from", "created_at", "commit"})
public record HeadRecord(String branch, String incarnation, String createdFrom, long createdAt,
    CommitRecord commit) {

  public HeadRecord withCommit(CommitRecord c) {
    return new HeadRecord(branch, incarnation, createdFrom, createdAt, c);
  }
}
