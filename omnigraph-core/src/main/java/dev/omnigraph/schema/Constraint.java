package dev.omnigraph.schema;

import java.util.List;

/** A constraint of a node or edge type, in the canonical form of the schema IR (languages.md §2.10). */
public sealed interface Constraint {
  /** The canonical sort key, e.g. {@code key:name}, {@code unique:first,last}, {@code range:age:...}. */
  String sortKey();

  /** Primary key: identity of the node. Column list sorted. */
  record Key(List<String> columns) implements Constraint {
    public Key {
      columns = List.copyOf(columns);
    }

    @Override
    public String sortKey() {
      return "key:" + String.join(",", columns);
    }
  }

  /** Uniqueness of the column tuple across the table. Column list sorted. */
  record Unique(List<String> columns) implements Constraint {
    public Unique {
      columns = List.copyOf(columns);
    }

    @Override
    public String sortKey() {
      return "unique:" + String.join(",", columns);
    }
  }

  /** Index request. Column list sorted. */
  record Index(List<String> columns) implements Constraint {
    public Index {
      columns = List.copyOf(columns);
    }

    @Override
    public String sortKey() {
      return "index:" + String.join(",", columns);
    }
  }

  /** Inclusive numeric range; a null bound is open. */
  record Range(String property, Bound min, Bound max) implements Constraint {
    @Override
    public String sortKey() {
      return "range:" + property + ":" + opt(min) + ":" + opt(max);
    }

    private static String opt(Bound b) {
      return b == null ? "None" : "Some(" + b.irKey() + ")";
    }
  }

  /** Full-match regular expression on a String property (DECISIONS 9). */
  record Check(String property, String pattern) implements Constraint {
    @Override
    public String sortKey() {
      return "check:" + property + ":" + pattern;
    }
  }
}
