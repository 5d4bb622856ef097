package dev.omnigraph.constraint;

import dev.omnigraph.constraint.Violation.Rule;
import dev.omnigraph.json.JsonNumbers;
import dev.omnigraph.schema.Cardinality;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.table.CellValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The write-time rules of one node or edge type, compiled once and applied to rows of canonical
 * values (semantics.md §11). Value rules ({@link #checkValues}) run per row in the order required →
 * {@code @range} → {@code @check} → enum; {@code @key}/{@code @unique} between rows of one write use
 * a {@link UniqueIndex}; {@code @card} uses a {@link CardinalityCounter}. Thread-safe (immutable).
 *
 * <pre>{@code
 * ConstraintValidator v = ConstraintValidator.of(catalog.node("Person"));
 * v.checkValues(row, WritePath.MUTATION, violations::add);
 * }</pre>
 */
public final class ConstraintValidator {
  /** Which write path asks: the required-value message differs (semantics.md §11). */
  public enum WritePath {
    /** JSONL load: {@code non-nullable property 'p' has null or invalid values}. */
    LOAD,
    /** Mutation insert/update: {@code missing required property 'p'}. */
    MUTATION
  }

  private final ColumnLayout layout;
  private final List<RangeRule> ranges = new ArrayList<>();
  private final List<CheckRule> checks = new ArrayList<>();
  private final List<EnumRule> enums = new ArrayList<>();
  private final List<UniqueRule> uniques = new ArrayList<>();
  private final String keyProperty;
  private final Cardinality cardinality;

  private record RangeRule(int column, Constraint.Range range) {}

  private record CheckRule(int column, String pattern, Pattern compiled, String error) {}

  private record EnumRule(int column, Set<String> values, String expected) {}

  /** A {@code @unique} rule: its columns and how messages name it. */
  record UniqueRule(int order, int[] columns, String display) {}

  private ConstraintValidator(ColumnLayout layout, List<Constraint> constraints, String keyProperty,
      Cardinality cardinality) {
    this.layout = layout;
    this.keyProperty = keyProperty;
    this.cardinality = cardinality;
    // Key: identity (the loader and mutations key rows by id); Index: no write-time rule.
    for (Constraint c : constraints) {
      if (c instanceof Constraint.Range r) {
        ranges.add(new RangeRule(layout.indexOf(r.property()), r));
      } else if (c instanceof Constraint.Check ch) {
        checks.add(compile(ch));
      } else if (c instanceof Constraint.Unique u) {
        uniques.add(unique(uniques.size() + 1, u.columns()));
      }
    }
    for (int col = layout.firstProperty(); col < layout.size(); col++) {
      PropType t = layout.type(col);
      if (t.isEnum()) {
        enums.add(new EnumRule(col, new HashSet<>(t.enumValues()), String.join(", ", t.enumValues())));
      }
    }
  }

  /** The rules of a node type. */
  public static ConstraintValidator of(NodeType type) {
    return new ConstraintValidator(ColumnLayout.of(type), type.constraints(),
        type.keyProperty().orElse(null), null);
  }

  /** The rules of an edge type ({@code @range}/{@code @check} apply to nodes only). */
  public static ConstraintValidator of(EdgeType type) {
    List<Constraint> edgeRules = type.constraints().stream()
        .filter(c -> c instanceof Constraint.Unique).toList();
    return new ConstraintValidator(ColumnLayout.of(type), edgeRules, null, type.cardinality());
  }

  public ColumnLayout layout() {
    return layout;
  }

  /** Whether a {@link UniqueIndex} has anything to track. */
  public boolean hasUniqueRules() {
    return !uniques.isEmpty();
  }

  /** Columns read by the {@code @unique} rules (for scans of stored rows), in layout order. */
  public List<String> uniqueColumns() {
    Set<Integer> cols = new java.util.TreeSet<>();
    for (UniqueRule u : uniques) {
      for (int c : u.columns()) {
        cols.add(c);
      }
    }
    return cols.stream().map(layout::name).toList();
  }

  /** Whether the edge type has a {@code @card} other than the default {@code 0..}. */
  public boolean hasCardinality() {
    return cardinality != null && !cardinality.isDefault();
  }

  /**
   * Checks required values, {@code @range}, {@code @check} and enum membership of one row, reporting
   * violations in that order (within a kind: rules in canonical order, columns in layout order).
   */
  public void checkValues(Object[] row, WritePath path, Consumer<Violation> out) {
    for (int col = layout.firstProperty(); col < layout.size(); col++) {
      PropType t = layout.type(col);
      if (!t.nullable() && row[col] == null) {
        out.accept(new Violation(Rule.REQUIRED, col, layout.name(col),
            requiredMessage(layout.name(col), t, path)));
      }
    }
    for (int i = 0; i < ranges.size(); i++) {
      RangeRule r = ranges.get(i);
      Object v = row[r.column()];
      String message = v == null ? null : rangeMessage(r, v);
      if (message != null) {
        out.accept(new Violation(Rule.RANGE, i, r.range().property(), message));
      }
    }
    for (int i = 0; i < checks.size(); i++) {
      CheckRule c = checks.get(i);
      if (row[c.column()] instanceof String s) {
        String message = checkMessage(c, s);
        if (message != null) {
          out.accept(new Violation(Rule.CHECK, i, layout.name(c.column()), message));
        }
      }
    }
    for (EnumRule e : enums) {
      Object v = row[e.column()];
      if (v instanceof String s) {
        enumCheck(e, s, out);
      } else if (v instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof String s && enumCheck(e, s, out)) {
            break;
          }
        }
      }
    }
  }

  /** A fresh tracker of {@code @unique} tuples for one write. */
  public UniqueIndex newUniqueIndex() {
    return new UniqueIndex(layout, uniques);
  }

  /** A fresh {@code @card} counter, or null when the type has the default cardinality. */
  public CardinalityCounter newCardinalityCounter() {
    return hasCardinality() ? new CardinalityCounter(layout.typeName(), cardinality) : null;
  }

  /**
   * The violation for two rows of one write with the same key: {@code @unique violation on
   * {T}.{k}: value '{v}' appears in rows {i} and {j}} (positions 0-based among the write's rows of
   * the type). Keys come first among the uniqueness rules (canonical order).
   */
  public Violation keyDuplicate(String keyText, long first, long second) {
    return new Violation(Rule.UNIQUE_IN_WRITE, 0, keyProperty, "@unique violation on "
        + layout.typeName() + "." + keyProperty + ": value '" + keyText + "' appears in rows "
        + first + " and " + second);
  }

  private static String requiredMessage(String p, PropType t, WritePath path) {
    if (path == WritePath.MUTATION) {
      return "missing required property '" + p + "'";
    }
    if (t.isVector()) {
      return "non-nullable vector property '" + p + "' has null values";
    }
    if (!t.list() && t.scalar() == ScalarType.BLOB) {
      return "non-nullable blob property '" + p + "' has null values";
    }
    return "non-nullable property '" + p + "' has null or invalid values";
  }

  private String rangeMessage(RangeRule r, Object value) {
    Double v = CellValues.asDouble(value, layout.type(r.column()));
    if (v == null) {
      return null;
    }
    String prefix = "@range violation on " + layout.typeName() + "." + r.range().property() + ": ";
    if (Double.isNaN(v)) {
      return prefix + "value is NaN";
    }
    if (r.range().min() != null && v < r.range().min().asDouble()) {
      return prefix + "value " + JsonNumbers.plain(v) + " < min "
          + JsonNumbers.plain(r.range().min().asDouble());
    }
    if (r.range().max() != null && v > r.range().max().asDouble()) {
      return prefix + "value " + JsonNumbers.plain(v) + " > max "
          + JsonNumbers.plain(r.range().max().asDouble());
    }
    return null;
  }

  private CheckRule compile(Constraint.Check c) {
    int column = layout.indexOf(c.property());
    try {
      return new CheckRule(column, c.pattern(), Pattern.compile(c.pattern()), null);
    } catch (PatternSyntaxException e) {
      return new CheckRule(column, c.pattern(), null, "@check on " + layout.typeName() + "."
          + c.property() + " has invalid regex '" + c.pattern() + "': " + e.getDescription());
    }
  }

  private String checkMessage(CheckRule c, String value) {
    if (c.compiled() == null) {
      return c.error();
    }
    if (c.compiled().matcher(value).matches()) {
      return null;
    }
    return "@check violation on " + layout.typeName() + "." + layout.name(c.column()) + ": value '"
        + value + "' does not match pattern '" + c.pattern() + "'";
  }

  private boolean enumCheck(EnumRule e, String value, Consumer<Violation> out) {
    if (e.values().contains(value)) {
      return false;
    }
    out.accept(new Violation(Rule.ENUM, e.column(), layout.name(e.column()), "invalid enum value '"
        + value + "' for " + layout.typeName() + "." + layout.name(e.column()) + " (expected: "
        + e.expected() + ")"));
    return true;
  }

  private UniqueRule unique(int order, List<String> columns) {
    int[] cols = columns.stream().mapToInt(layout::indexOf).toArray();
    String display = columns.size() == 1 ? columns.get(0) : "(" + String.join(", ", columns) + ")";
    return new UniqueRule(order, cols, layout.typeName() + "." + display);
  }
}
