package dev.omnigraph.exec.store;

import java.util.List;

/** Rough heap sizes of canonical values, for cache weights. */
final class ValueSizes {
  private ValueSizes() {}

  static long of(Object v) {
    if (v == null) {
      return 0;
    } else if (v instanceof String s) {
      return 40L + s.length();
    } else if (v instanceof float[] f) {
      return 16L + f.length * 4L;
    } else if (v instanceof List<?> l) {
      long b = 24L + l.size() * 8L;
      for (Object o : l) {
        b += of(o);
      }
      return b;
    }
    return 16;
  }
}
