package dev.omnigraph.server.handlers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/** Branch-name helpers shared by the handlers. */
final class Branches {
  /** The root branch; the default of every optional branch field or parameter. */
  static final String MAIN = "main";

  /** Byte order of the UTF-8 encodings (http.md §4.10), which differs from UTF-16 order beyond the BMP. */
  static final Comparator<String> BYTE_ORDER = (a, b) -> Arrays.compareUnsigned(
      a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  private Branches() {}
}
