package dev.omnigraph;

import java.util.Locale;

/** How a load treats rows already in the branch (semantics.md §12.6, DECISIONS 2). */
public enum LoadMode {
  /** Each table with rows in the input is replaced by exactly those rows; other tables stay. */
  OVERWRITE,
  /**
   * Strict insert: every incoming id must be new to its table, else the load fails with a
   * {@link KeyConflictException} and writes nothing.
   */
  APPEND,
  /** Upsert by id: an existing row is replaced completely and moves to the end; new ids are added. */
  MERGE;

  /** The wire name: {@code overwrite}, {@code append} or {@code merge}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode with this wire name.
   *
   * @throws BadRequestException for any other text
   */
  public static LoadMode fromWireName(String name) {
    for (LoadMode m : values()) {
      if (m.wireName().equals(name)) {
        return m;
      }
    }
    throw new BadRequestException("unknown load mode '" + name
        + "' (expected overwrite, append or merge)");
  }
}
