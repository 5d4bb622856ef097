package dev.omnigraph.constraint;

import dev.omnigraph.constraint.Violation.Rule;
import dev.omnigraph.schema.Cardinality;
import dev.omnigraph.util.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the edges of one type per source node over the table as it will be after a write, then
 * reports {@code @card(min..max)} violations: for every source with at least one edge,
 * {@code min ≤ count ≤ max} (semantics.md §11). Holds one counter per distinct source.
 */
public final class CardinalityCounter {
  private final String edgeType;
  private final Cardinality cardinality;
  private final Map<String, int[]> counts = new HashMap<>();

  CardinalityCounter(String edgeType, Cardinality cardinality) {
    this.edgeType = edgeType;
    this.cardinality = cardinality;
  }

  /** Counts one edge from {@code src}. */
  public void add(String src) {
    counts.computeIfAbsent(src, k -> new int[1])[0]++;
  }

  /** Violations, by source id in byte order. */
  public List<Violation> violations() {
    List<String> sources = new ArrayList<>(counts.keySet());
    sources.sort(ByteOrder.COMPARATOR);
    List<Violation> out = new ArrayList<>();
    for (String src : sources) {
      int n = counts.get(src)[0];
      String bound = null;
      if (cardinality.max() != null && n > cardinality.max()) {
        bound = "max " + cardinality.max();
      } else if (n < cardinality.min()) {
        bound = "min " + cardinality.min();
      }
      if (bound != null) {
        out.add(new Violation(Rule.CARDINALITY, 0, null, "@card violation on edge " + edgeType
            + ": source '" + src + "' has " + n + " edges (" + bound + ")"));
      }
    }
    return out;
  }
}
