package dev.omnigraph.query.ir;

/** Distance metric of {@code nearest(…)} (DECISIONS 1); {@link #COSINE} when none is named. */
public enum NearestMetric {
  COSINE("cosine"),
  L2("l2"),
  DOT("dot");

  private final String word;

  NearestMetric(String word) {
    this.word = word;
  }

  /** The metric as written in a query. */
  public String word() {
    return word;
  }

  /** The metric named {@code word}, or null. */
  public static NearestMetric fromWord(String word) {
    for (NearestMetric m : values()) {
      if (m.word.equals(word)) {
        return m;
      }
    }
    return null;
  }
}
