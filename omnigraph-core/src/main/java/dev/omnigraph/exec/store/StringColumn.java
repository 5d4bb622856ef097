package dev.omnigraph.exec.store;

/**
 * String (and enum) values, compared in byte order of their UTF-8 encoding (= code point order,
 * semantics.md §0).
 */
public sealed interface StringColumn extends Column permits PlainStrings, DictStrings {

  /** The value as a Java string, or null. */
  String string(int row);

  /** Byte-order comparison of two non-null rows. */
  int compareRows(int a, int b);

  /** Byte-order comparison of a non-null row with UTF-8 bytes. */
  int compareTo(int row, byte[] utf8);

  /** Whether a non-null row equals the UTF-8 bytes. */
  boolean equalsBytes(int row, byte[] utf8);

  @Override
  default Object value(int row) {
    return string(row);
  }
}
