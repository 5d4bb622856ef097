package dev.omnigraph.schema;

import java.util.List;

/** A constraint of a node or edge type, in the canonical form of the schema IR (languages.md §2.10). */
public sealed interface Constraint {
  /** The constraints of one kind, in order. */
  static <T extends Constraint> List<T> ofType(List<Constraint> constraints, Class<T> kind) {
    return constraints.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The column lists of the constraints of one kind (key, unique or index), in order. */
  static List<List<String>> columnLists(List<Constraint> constraints,
      Class<? extends OnColumns> kind) {
    return constraints.stream().filter(kind::isInstance)
        .map(c -> ((OnColumns) c).columns()).toList();
  }

  /** A constraint over a list of columns: key, unique or index. */
  sealed interface OnColumns extends Constraint permits Key, Unique, Index {
    List<String> columns();
  }

  /** The canonical sort key, e.g. {@code key:name}, {@code unique:first,last}, {@code range:age:...}. */
  String sortKey();

  /** Primary key: identity of the node. Column list sorted. */
  record Key(List<String> columns) implements OnColumns {
    public Key {
      columns = List.copyOf(columns);
    }

    @Override
    public String sortKey() {
      return "key:" + String.join(",", columns);
    }
  }

  /** Uniqueness of the column tuple across the table. Column list sorted. */
  record Unique(List<String> columns) implements OnColumns {
    public Unique {
      columns = List.copyOf(columns);
    }

    @Override
    public String sortKey() {
      return "unique:" + String.join(",", columns);
    }
  }

  /** Index request. Column list sorted. */
  record Index(List<String> columns) implements OnColumns {
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
