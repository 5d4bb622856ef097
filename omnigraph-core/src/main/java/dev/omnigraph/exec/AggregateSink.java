package dev.omnigraph.exec;

import dev.omnigraph.QueryException;
import dev.omnigraph.exec.store.Column;
import dev.omnigraph.exec.store.DictStrings;
import dev.omnigraph.plan.OutputColumn;
import dev.omnigraph.plan.OutputPlan;
import dev.omnigraph.plan.RowExpr;
import dev.omnigraph.plan.Slot;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.table.TableSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups match rows as they arrive and folds the aggregates (semantics.md §6): groups by the
 * plain columns (null equals null; floats by value with −0.0 apart from 0.0), in order of their
 * first row; key values from that first row.
 */
final class AggregateSink implements RowSink {
  private final List<OutputColumn> columns;
  private final int[] keyColumns;
  private final Grouper grouper;
  private final Accumulator[] accumulators;
  private final RowValue[] keyValues;
  private final List<Object[]> keys = new ArrayList<>();

  AggregateSink(OutputPlan output, List<Slot> slots, QueryContext ctx) {
    this.columns = output.columns();
    List<Integer> keyIdx = new ArrayList<>();
    List<Accumulator> accs = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      OutputColumn c = columns.get(i);
      if (c.isAggregate()) {
        accs.add(Accumulator.of(c, slots, ctx));
      } else {
        keyIdx.add(i);
      }
    }
    keyColumns = keyIdx.stream().mapToInt(Integer::intValue).toArray();
    accumulators = accs.toArray(new Accumulator[0]);
    keyValues = new RowValue[keyColumns.length];
    for (int k = 0; k < keyColumns.length; k++) {
      keyValues[k] = RowValues.projected(columns.get(keyColumns[k]).expr(), slots, ctx);
    }
    grouper = Grouper.of(columns, keyColumns, keyValues, slots, ctx);
  }

  @Override
  public void push(Batch batch) {
    int[] groups = new int[batch.size];
    int after = grouper.groups(batch, groups);
    for (int i = 0; i < batch.size && keys.size() < after; i++) {
      if (groups[i] == keys.size()) { // groups are numbered in order of first appearance
        Object[] k = new Object[keyColumns.length];
        for (int j = 0; j < k.length; j++) {
          k[j] = keyValues[j].get(batch, i);
        }
        keys.add(k);
      }
    }
    for (Accumulator a : accumulators) {
      a.add(groups, keys.size(), batch);
    }
  }

  @Override
  public void finish() {
    // results are read with rows()
  }

  @Override
  public boolean full() {
    return false;
  }

  /** One row per group (one row without group keys, also over no input). */
  List<Object[]> rows() {
    int groups = keys.size();
    if (keyColumns.length == 0 && groups == 0) {
      keys.add(new Object[0]);
      groups = 1;
    }
    List<Object[]> out = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      Object[] row = new Object[columns.size()];
      Object[] k = keys.get(g);
      for (int j = 0; j < keyColumns.length; j++) {
        row[keyColumns[j]] = k[j];
      }
      int a = 0;
      for (int i = 0; i < row.length; i++) {
        if (columns.get(i).isAggregate()) {
          row[i] = accumulators[a++].result(g);
        }
      }
      out.add(row);
    }
    return out;
  }

  /** Maps rows to group indexes; a new group gets the next index. */
  private interface Grouper {
    /** Fills {@code groups[i]} with the group of row {@code i}; returns the number of groups. */
    int groups(Batch batch, int[] groups);

    static Grouper of(List<OutputColumn> columns, int[] keyColumns, RowValue[] keyValues,
        List<Slot> slots, QueryContext ctx) {
      if (keyColumns.length == 0) {
        return (b, groups) -> b.size > 0 ? 1 : 0; // every row in group 0
      }
      if (keyColumns.length == 1) {
        RowExpr e = columns.get(keyColumns[0]).expr();
        if (e instanceof RowExpr.NodeId n) {
          return new HandleKeys(n.slot());
        }
        if (e instanceof RowExpr.Prop p) {
          Column c = ctx.nodes(slots.get(p.slot()).type()).column(p.property().name());
          if (c instanceof DictStrings d) {
            return new DictKeys(p.slot(), d);
          }
        }
      }
      return new ValueKeys(keyValues);
    }
  }

  /** Groups by a dictionary-coded string: its code indexes the group table directly. */
  private static final class DictKeys implements Grouper {
    private final int slot;
    private final DictStrings dict;
    private final int[] groupOfCode; // code + 1 (0 = null) → group + 1 (0 = none yet)
    private int count;

    DictKeys(int slot, DictStrings dict) {
      this.slot = slot;
      this.dict = dict;
      this.groupOfCode = new int[dict.cardinality() + 1];
    }

    @Override
    public int groups(Batch batch, int[] groups) {
      int[] handles = batch.columns[slot];
      int[] codes = dict.codes();
      for (int i = 0; i < batch.size; i++) {
        int code = codes[handles[i]] + 1;
        int g = groupOfCode[code] - 1;
        if (g < 0) {
          g = count++;
          groupOfCode[code] = g + 1;
        }
        groups[i] = g;
      }
      return count;
    }
  }

  /** Groups by node: equal handles are the same node. */
  private static final class HandleKeys implements Grouper {
    private final int slot;
    private int[] table = new int[64]; // key + 2 in slot 2i (0 = empty), group in slot 2i + 1
    private int count;

    HandleKeys(int slot) {
      this.slot = slot;
    }

    @Override
    public int groups(Batch batch, int[] groups) {
      int[] handles = batch.columns[slot];
      for (int i = 0; i < batch.size; i++) {
        groups[i] = group(handles[i]);
      }
      return count;
    }

    private int group(int key) {
      int mask = (table.length >> 1) - 1;
      int i = mix(key) & mask;
      while (true) {
        int stored = table[2 * i];
        if (stored == 0) {
          table[2 * i] = key + 2; // never 0: handles are ≥ 0
          table[2 * i + 1] = count;
          int g = count++;
          if (count * 2 > mask) {
            rehash();
          }
          return g;
        }
        if (stored == key + 2) {
          return table[2 * i + 1];
        }
        i = (i + 1) & mask;
      }
    }

    private void rehash() {
      int[] old = table;
      table = new int[old.length * 2];
      int mask = (table.length >> 1) - 1;
      for (int j = 0; j < old.length; j += 2) {
        if (old[j] != 0) {
          int i = mix(old[j] - 2) & mask;
          while (table[2 * i] != 0) {
            i = (i + 1) & mask;
          }
          table[2 * i] = old[j];
          table[2 * i + 1] = old[j + 1];
        }
      }
    }

    private static int mix(int k) {
      int h = k * 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  /** Groups by canonical values (vectors compared by content). */
  private static final class ValueKeys implements Grouper {
    private final RowValue[] values;
    private final Map<List<Object>, Integer> groups = new HashMap<>();

    ValueKeys(RowValue[] values) {
      this.values = values;
    }

    @Override
    public int groups(Batch batch, int[] groups) {
      for (int i = 0; i < batch.size; i++) {
        groups[i] = group(batch, i);
      }
      return this.groups.size();
    }

    private int group(Batch batch, int row) {
      List<Object> key = new ArrayList<>(values.length);
      for (RowValue v : values) {
        Object x = v.get(batch, row);
        key.add(x instanceof float[] f ? new VectorKey(f) : x);
      }
      Integer g = groups.get(key);
      if (g == null) {
        g = groups.size();
        groups.put(key, g);
      }
      return g;
    }
  }

  /** A vector as a map key. */
  private record VectorKey(float[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof VectorKey k && Arrays.equals(values, k.values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }

  /** One aggregate, folded per group. */
  private abstract static class Accumulator {
    final RowValue value;
    final PropType type;

    Accumulator(RowValue value, PropType type) {
      this.value = value;
      this.type = type;
    }

    /** Folds the rows of a batch into their groups ({@code groupCount} groups exist now). */
    abstract void add(int[] groups, int groupCount, Batch batch);

    abstract Object result(int group);

    static Accumulator of(OutputColumn c, List<Slot> slots, QueryContext ctx) {
      RowValue v = RowValues.of(c.expr(), slots, ctx);
      PropType t = RowValues.type(c.expr());
      return switch (c.aggregate()) {
        case COUNT -> new Count(v, t, nonNull(c.expr(), slots, ctx));
        case SUM -> new Sum(v, t, false);
        case AVG -> new Sum(v, t, true);
        case MIN -> new Extreme(v, t, -1);
        case MAX -> new Extreme(v, t, 1);
      };
    }
  }

  /**
   * An aggregate over a type the checker let through (a node variable, L§4 T8 note): named by its
   * storage type, as the reference reports it ({@code sum: unsupported type Utf8}).
   */
  private static QueryException unsupported(String function, PropType type) {
    return QueryException.request(function + ": unsupported type "
        + TableSchemas.storageTypeName(type));
  }

  private static final RowTest ALWAYS = (b, i) -> true;

  /** Whether a row's value of {@code e} is non-null, without materialising the value. */
  private static RowTest nonNull(RowExpr e, List<Slot> slots, QueryContext ctx) {
    if (e instanceof RowExpr.NodeId) {
      return ALWAYS;
    } else if (e instanceof RowExpr.Prop p) {
      Column c = ctx.nodes(slots.get(p.slot()).type()).column(p.property().name());
      int slot = p.slot();
      return (b, i) -> !c.isNull(b.columns[slot][i]);
    }
    boolean present = ctx.values.resolve(((RowExpr.Value) e).value()) != null;
    return present ? ALWAYS : (b, i) -> false;
  }

  /** {@code count(e)}: rows where e is not null. */
  private static final class Count extends Accumulator {
    private final RowTest nonNull;
    private long[] counts = new long[16];

    Count(RowValue value, PropType type, RowTest nonNull) {
      super(value, type);
      this.nonNull = nonNull;
    }

    @Override
    void add(int[] groups, int groupCount, Batch batch) {
      if (groupCount > counts.length) {
        counts = Arrays.copyOf(counts, Math.max(counts.length * 2, groupCount));
      }
      if (nonNull == ALWAYS) {
        for (int i = 0; i < batch.size; i++) {
          counts[groups[i]]++;
        }
        return;
      }
      for (int i = 0; i < batch.size; i++) {
        if (nonNull.test(batch, i)) {
          counts[groups[i]]++;
        }
      }
    }

    @Override
    Object result(int group) {
      return group < counts.length ? counts[group] : 0L;
    }
  }

  /** {@code sum(e)} and {@code avg(e)}: float64 sums left to right; null without values. */
  private static final class Sum extends Accumulator {
    private final boolean average;
    private double[] sums = new double[16];
    private long[] counts = new long[16];

    Sum(RowValue value, PropType type, boolean average) {
      super(value, type);
      if (!type.scalar().isNumeric() || type.list()) {
        throw unsupported(average ? "avg" : "sum", type);
      }
      this.average = average;
    }

    @Override
    void add(int[] groups, int groupCount, Batch batch) {
      if (groupCount > sums.length) {
        sums = Arrays.copyOf(sums, Math.max(sums.length * 2, groupCount));
        counts = Arrays.copyOf(counts, sums.length);
      }
      for (int i = 0; i < batch.size; i++) {
        Object v = value.get(batch, i);
        if (v != null) {
          sums[groups[i]] += toDouble((Number) v);
          counts[groups[i]]++;
        }
      }
    }

    private double toDouble(Number n) {
      long l = n.longValue();
      if (type.scalar() == ScalarType.U64 && l < 0) {
        return ((l >>> 1) | (l & 1)) * 2.0;
      }
      return n instanceof Long ? (double) l : n.doubleValue();
    }

    @Override
    Object result(int group) {
      if (group >= counts.length || counts[group] == 0) {
        return null;
      }
      return average ? sums[group] / counts[group] : sums[group];
    }
  }

  /** {@code min(e)} / {@code max(e)} over numbers (by value) and strings (byte order). */
  private static final class Extreme extends Accumulator {
    private final int sign;
    private Object[] best = new Object[16];

    Extreme(RowValue value, PropType type, int sign) {
      super(value, type);
      boolean ok = !type.list() && (type.scalar().isNumeric() || type.scalar() == ScalarType.STRING);
      if (!ok) {
        throw unsupported(sign < 0 ? "min" : "max", type);
      }
      this.sign = sign;
    }

    @Override
    void add(int[] groups, int groupCount, Batch batch) {
      if (groupCount > best.length) {
        best = Arrays.copyOf(best, Math.max(best.length * 2, groupCount));
      }
      for (int i = 0; i < batch.size; i++) {
        Object v = value.get(batch, i);
        if (v == null) {
          continue;
        }
        Object b = best[groups[i]];
        if (b == null || sign * Comparisons.compare(v, type, b, type) > 0) {
          best[groups[i]] = v;
        }
      }
    }

    @Override
    Object result(int group) {
      return group < best.length ? best[group] : null;
    }
  }
}
