package dev.omnigraph.engine;

import dev.omnigraph.BadRequestException;

/** Branch name rules (engine.md §4.1, http.md §5.2). */
public final class BranchNames {
  public static final String MAIN = "main";

  private BranchNames() {}

  /** Trims; a blank name is a bad request. */
  public static String normalize(String name) {
    String n = name == null ? "" : name.trim();
    if (n.isEmpty()) {
      throw new BadRequestException("branch name cannot be empty");
    }
    return n;
  }

  /** Whether the name is reserved for internal use (never listed, never created by users). */
  public static boolean isInternal(String name) {
    String n = name.startsWith("/") ? name.replaceFirst("^/+", "") : name;
    return n.startsWith("__run__") || n.equals("__schema_apply_lock__");
  }

  /** Rejects internal names for a public operation ({@code branch_create}, ...). */
  public static void rejectInternal(String operation, String name) {
    String n = name.replaceFirst("^/+", "");
    if (n.startsWith("__run__")) {
      throw new BadRequestException(operation + " does not allow internal run ref '" + name + "'");
    }
    if (n.equals("__schema_apply_lock__")) {
      throw new BadRequestException(operation + " does not allow internal system ref '" + name + "'");
    }
  }

  /** The manifest's branch field: null for main. */
  public static String manifestBranch(String branch) {
    return MAIN.equals(branch) ? null : branch;
  }
}
