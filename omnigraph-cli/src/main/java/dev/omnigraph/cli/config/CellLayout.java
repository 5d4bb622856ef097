package dev.omnigraph.cli.config;

import java.util.Locale;

/** What the table format does with a cell wider than its column (cli.md §4). */
public enum CellLayout {
  /** Cut the cell and end it with {@code …}. */
  TRUNCATE,
  /** Continue the cell on further lines. */
  WRAP;

  /** The name used in the config file. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
