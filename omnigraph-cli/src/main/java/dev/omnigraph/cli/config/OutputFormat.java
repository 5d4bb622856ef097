package dev.omnigraph.cli.config;

import java.util.Locale;

/** How {@code omnigraph read} prints its result (cli.md §4). */
public enum OutputFormat {
  TABLE, KV, CSV, JSONL, JSON;

  /** The name used on the command line and in the config file. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return wireName();
  }
}
