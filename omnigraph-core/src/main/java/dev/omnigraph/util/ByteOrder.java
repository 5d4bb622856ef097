package dev.omnigraph.util;

import java.util.Comparator;

/**
 * Byte order of strings: lexicographic order of their UTF-8 bytes, which equals Unicode code point
 * order. Java's {@link String#compareTo} compares UTF-16 units and disagrees for supplementary
 * characters, so every user-visible sort of names goes through this.
 */
public final class ByteOrder {
  public static final Comparator<String> COMPARATOR = ByteOrder::compare;

  private ByteOrder() {}

  public static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
