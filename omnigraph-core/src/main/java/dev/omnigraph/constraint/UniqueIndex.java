package dev.omnigraph.constraint;

import dev.omnigraph.constraint.ConstraintValidator.UniqueRule;
import dev.omnigraph.constraint.Violation.Rule;
import dev.omnigraph.table.CellValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The {@code @unique} tuples of one write's rows (DECISIONS 8: composite tuples, rows with a null
 * component exempt), to find duplicates within the write and collisions with stored rows. Holds
 * one map entry per row and rule — the tuple values, not the rows. Not thread-safe.
 */
public final class UniqueIndex {
  private final ColumnLayout layout;
  private final List<UniqueRule> rules;
  private final List<Map<Object, Long>> seen = new ArrayList<>();

  UniqueIndex(ColumnLayout layout, List<UniqueRule> rules) {
    this.layout = layout;
    this.rules = rules;
    rules.forEach(r -> seen.add(new HashMap<>()));
  }

  /** Receives a collision between a stored row and a row of the write. */
  @FunctionalInterface
  public interface StoredConflict {
    void accept(long position, Violation violation);
  }

  /**
   * Registers the row at {@code position} (0-based among the write's rows of this type) and
   * reports a violation for each rule whose tuple an earlier row already had.
   */
  public void add(long position, Object[] row, Consumer<Violation> out) {
    for (int i = 0; i < rules.size(); i++) {
      UniqueRule r = rules.get(i);
      Object key = tuple(r, row);
      if (key == null) {
        continue;
      }
      Long first = seen.get(i).putIfAbsent(key, position);
      if (first != null) {
        out.accept(new Violation(Rule.UNIQUE_IN_WRITE, r.order(), layout.name(r.columns()[0]),
            "@unique violation on " + r.display() + ": value " + values(r, row)
                + " appears in rows " + first + " and " + position));
      }
    }
  }

  /**
   * Checks a stored row (one that stays in the table after the write) against the write's rows:
   * each collision is reported with the position of the write's row and the message
   * {@code @unique violation on {T}.{cols}: value {vals} already used by id '{storedId}'}.
   */
  public void checkStored(String storedId, Object[] storedRow, StoredConflict out) {
    for (int i = 0; i < rules.size(); i++) {
      UniqueRule r = rules.get(i);
      Object key = tuple(r, storedRow);
      Long position = key == null ? null : seen.get(i).get(key);
      if (position != null) {
        out.accept(position, new Violation(Rule.UNIQUE_STORED, r.order(),
            layout.name(r.columns()[0]), "@unique violation on " + r.display() + ": value "
                + values(r, storedRow) + " already used by id '" + storedId + "'"));
      }
    }
  }

  /** The tuple key of a row for a rule, or null when a component is null (exempt). */
  private static Object tuple(UniqueRule r, Object[] row) {
    int[] cols = r.columns();
    if (cols.length == 1) {
      return row[cols[0]];
    }
    Object[] parts = new Object[cols.length];
    for (int k = 0; k < cols.length; k++) {
      parts[k] = row[cols[k]];
      if (parts[k] == null) {
        return null;
      }
    }
    return Arrays.asList(parts);
  }

  private String values(UniqueRule r, Object[] row) {
    int[] cols = r.columns();
    if (cols.length == 1) {
      return "'" + CellValues.text(row[cols[0]], layout.type(cols[0])) + "'";
    }
    StringBuilder b = new StringBuilder("(");
    for (int k = 0; k < cols.length; k++) {
      b.append(k == 0 ? "'" : ", '").append(CellValues.text(row[cols[k]], layout.type(cols[k])))
          .append('\'');
    }
    return b.append(')').toString();
  }

  @Override
  public String toString() {
    return "UniqueIndex[" + layout.typeName() + ", " + rules.size() + " rules]";
  }
}
