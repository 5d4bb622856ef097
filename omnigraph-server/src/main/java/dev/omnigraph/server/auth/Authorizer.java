package dev.omnigraph.server.auth;

/**
 * Decides whether the request's actor may perform an action (http.md §7). Handlers call it after
 * validating their input and before touching the graph (http.md §2.4); a policy implementation
 * answers a denial with a 403 {@code forbidden} error.
 */
@FunctionalInterface
public interface Authorizer {
  /** Without a policy file every authenticated actor may do everything. */
  Authorizer ALLOW_ALL = request -> { };

  /** Returns normally when allowed; throws the 403 error when denied. */
  void authorize(PolicyRequest request);

  /** The policy actions checked by the endpoints of this server (http.md §7.2). */
  enum Action {
    READ("read"),
    EXPORT("export");

    private final String wire;

    Action(String wire) {
      this.wire = wire;
    }

    /** The action's name in policy files. */
    public String wire() {
      return wire;
    }
  }

  /**
   * One authorization question (http.md §7.4).
   *
   * @param actor        the authenticated actor; null in unauthenticated mode
   * @param action       what the request does
   * @param branch       the branch it acts on, or null
   * @param targetBranch the branch it targets, or null
   */
  record PolicyRequest(Actor actor, Action action, String branch, String targetBranch) {}
}
