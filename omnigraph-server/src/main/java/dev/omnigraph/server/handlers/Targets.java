package dev.omnigraph.server.handlers;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.server.auth.Authorizer;
import dev.omnigraph.server.http.HttpError;

/** The read target of a {@code /read} or {@code /export} request: a branch head or a commit. */
final class Targets {
  private Targets() {}

  /**
   * {@code snapshot} when given, else the head of {@code branch} (default {@code main}).
   *
   * @param request {@code read} or {@code export}, for the message
   * @throws HttpError 400 when both are given
   */
  static ReadTarget of(String branch, String snapshot, String request) {
    if (branch != null && snapshot != null) {
      throw HttpError.badRequest(request + " request may specify branch or snapshot, not both");
    }
    return snapshot != null ? ReadTarget.commit(snapshot)
        : ReadTarget.branch(branch == null ? Branches.MAIN : branch);
  }

  /** The branch named by a branch target; null for a commit target. */
  static String branch(ReadTarget target) {
    return target instanceof ReadTarget.Branch b ? b.name() : null;
  }

  /**
   * The branch of the policy request (http.md §4.4): a branch target's name; for a commit, only
   * when a policy is configured, the commit's branch ({@code manifest_branch}, {@code main} when
   * null), so an unknown commit is then a 404 before authorization. Without a policy a commit is
   * not looked up here.
   */
  static String policyBranch(Omnigraph graph, Authorizer authorizer, ReadTarget target) {
    if (target instanceof ReadTarget.Commit c) {
      if (authorizer == Authorizer.ALLOW_ALL) {
        return null;
      }
      String branch = graph.commit(c.id()).manifestBranch();
      return branch == null ? Branches.MAIN : branch;
    }
    return branch(target);
  }
}
