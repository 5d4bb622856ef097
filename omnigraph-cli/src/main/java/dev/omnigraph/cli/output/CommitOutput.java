package dev.omnigraph.cli.output;

import dev.omnigraph.Commit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The wire {@code CommitOutput} (http.md §5.3) and its human forms (cli.md §3.10). */
public record CommitOutput(String graphCommitId, String manifestBranch, long manifestVersion,
    String parentCommitId, String mergedParentCommitId, String actorId, long createdAt) {

  public static CommitOutput of(Commit c) {
    return new CommitOutput(c.graphCommitId(), c.manifestBranch(), c.manifestVersion(),
        c.parentCommitId(), c.mergedParentCommitId(), c.actorId(), c.createdAt());
  }

  /** The JSON value, members in wire order. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("graph_commit_id", graphCommitId);
    m.put("manifest_branch", manifestBranch);
    m.put("manifest_version", manifestVersion);
    m.put("parent_commit_id", parentCommitId);
    m.put("merged_parent_commit_id", mergedParentCommitId);
    m.put("actor_id", actorId);
    m.put("created_at", createdAt);
    return m;
  }

  /** The {@code commit list} line: {@code {id} branch={b} version={n}[ actor={a}]}. */
  public String line() {
    return graphCommitId + " branch=" + branchOrMain() + " version=" + manifestVersion
        + (actorId == null ? "" : " actor=" + actorId);
  }

  /** The {@code commit show} lines, null fields left out; ends with a newline. */
  public String human() {
    StringBuilder out = new StringBuilder();
    out.append("graph_commit_id: ").append(graphCommitId).append('\n');
    out.append("manifest_branch: ").append(branchOrMain()).append('\n');
    out.append("manifest_version: ").append(manifestVersion).append('\n');
    if (parentCommitId != null) {
      out.append("parent_commit_id: ").append(parentCommitId).append('\n');
    }
    if (mergedParentCommitId != null) {
      out.append("merged_parent_commit_id: ").append(mergedParentCommitId).append('\n');
    }
    if (actorId != null) {
      out.append("actor_id: ").append(actorId).append('\n');
    }
    out.append("created_at: ").append(createdAt).append('\n');
    return out.toString();
  }

  private String branchOrMain() {
    return manifestBranch == null ? "main" : manifestBranch;
  }
}
