package dev.omnigraph.query.ast;

import java.util.Locale;

/** Aggregate functions (languages.md §3.9). */
public enum AggFunc {
  COUNT,
  SUM,
  AVG,
  MIN,
  MAX;

  /** The function name as written ({@code count}). */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The function written {@code word}, or null. */
  public static AggFunc fromKeyword(String word) {
    for (AggFunc f : values()) {
      if (f.keyword().equals(word)) {
        return f;
      }
    }
    return null;
  }
}
