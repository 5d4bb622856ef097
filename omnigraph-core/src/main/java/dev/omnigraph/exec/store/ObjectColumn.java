package dev.omnigraph.exec.store;

import java.util.List;

/**
 * Canonical values held as objects: lists and vectors, and the rows a query fetched from storage
 * for a table it does not cache (the list may grow while that query runs).
 */
public record ObjectColumn(List<Object> values) implements Column {
  @Override
  public int size() {
    return values.size();
  }

  @Override
  public boolean isNull(int row) {
    return values.get(row) == null;
  }

  @Override
  public Object value(int row) {
    return values.get(row);
  }

  @Override
  public long bytes() {
    long b = 16L + values.size() * 8L;
    for (Object v : values) {
      b += ValueSizes.of(v);
    }
    return b;
  }
}
