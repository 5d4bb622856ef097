package dev.omnigraph.storage;

import java.util.regex.Pattern;

/**
 * The one place that interprets Lance's untyped exceptions (lance/NOTES.md §21). Lance reports
 * conflicts, missing objects and bad input as plain runtime exceptions whose messages end with a
 * Rust source location; we classify by message and strip the location before showing users.
 */
public final class LanceErrors {
  private static final Pattern RUST_LOCATION = Pattern.compile(",\\s*/[^\\s,]*\\.rs:\\d+:\\d+\\s*$");

  /** What a Lance failure means to us. */
  public enum Kind {
    /** A concurrent commit made ours incompatible (the fence lost, or retries exhausted). */
    CONFLICT,
    /** The dataset, version or branch does not exist. */
    NOT_FOUND,
    /** A dataset or branch of that name already exists. */
    ALREADY_EXISTS,
    /** A branch cannot be deleted because another lineage was forked from it. */
    STILL_REFERENCED,
    /** Anything else. */
    OTHER
  }

  private LanceErrors() {}

  public static Kind classify(Throwable e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("Incompatible transaction") || m.contains("Too many concurrent writers")
        || m.contains("Retryable commit conflict") || m.contains("preempted")) {
      return Kind.CONFLICT;
    }
    if (m.contains("already exists")) {
      return Kind.ALREADY_EXISTS;
    }
    if (m.contains("is referenced by")) {
      return Kind.STILL_REFERENCED;
    }
    if (m.contains("Not found") || m.contains("not found") || m.contains("was not found")
        || m.contains("does not exist")) {
      return Kind.NOT_FOUND;
    }
    return Kind.OTHER;
  }

  /** The message without Lance's trailing Rust source location. */
  public static String message(Throwable e) {
    String m = e.getMessage();
    if (m == null) {
      return e.getClass().getSimpleName();
    }
    return RUST_LOCATION.matcher(m.strip()).replaceFirst("").strip();
  }
}
