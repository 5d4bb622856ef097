package dev.omnigraph.table;

import java.nio.charset.StandardCharsets;

/** Dataset paths of tables: {@code nodes/{h}} and {@code edges/{h}} (engine.md §1.2). */
public final class TablePaths {
  private TablePaths() {}

  /** The path of a table key ({@code node:T} / {@code edge:E}). */
  public static String of(String tableKey) {
    if (tableKey.startsWith("node:")) {
      return "nodes/" + fnv1a64Hex(tableKey.substring(5));
    }
    if (tableKey.startsWith("edge:")) {
      return "edges/" + fnv1a64Hex(tableKey.substring(5));
    }
    throw new IllegalArgumentException("not a table key: " + tableKey);
  }

  /** FNV-1a 64 of the UTF-8 bytes, as 16 lower-case hex digits. */
  public static String fnv1a64Hex(String name) {
    long h = 0xcbf29ce484222325L;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L;
    }
    return String.format("%016x", h);
  }
}
