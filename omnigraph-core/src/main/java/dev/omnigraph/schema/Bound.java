package dev.omnigraph.schema;

/** A {@code @range} bound, keeping the kind it was written in (languages.md §2.5). */
public sealed interface Bound {
  /** The bound as a double; range checks compare in double. */
  double asDouble();

  /** The reference's debug rendering used in constraint sort keys: {@code Integer(5)}, {@code Float(0.5)}. */
  String irKey();

  record IntBound(long value) implements Bound {
    @Override
    public double asDouble() {
      return value;
    }

    @Override
    public String irKey() {
      return "Integer(" + value + ")";
    }

    @Override
    public String toString() {
      return Long.toString(value);
    }
  }

  record FloatBound(double value) implements Bound {
    @Override
    public double asDouble() {
      return value;
    }

    @Override
    public String irKey() {
      return "Float(" + NumberText.rustDebug(value) + ")";
    }

    @Override
    public String toString() {
      return NumberText.rustDebug(value);
    }
  }
}
