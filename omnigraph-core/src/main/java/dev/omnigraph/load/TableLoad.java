package dev.omnigraph.load;

import dev.omnigraph.LoadError;
import dev.omnigraph.LoadMode;
import dev.omnigraph.constraint.ColumnLayout;
import dev.omnigraph.constraint.ConstraintValidator;
import dev.omnigraph.constraint.ConstraintValidator.WritePath;
import dev.omnigraph.constraint.UniqueIndex;
import dev.omnigraph.constraint.Violation;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.storage.ScanBatches;
import dev.omnigraph.storage.TableReader;
import dev.omnigraph.storage.TableScan;
import dev.omnigraph.table.CellReader;
import dev.omnigraph.table.CellWriter;
import dev.omnigraph.write.TableWrite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.arrow.vector.DensityAwareVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The rows of one type in one load: converts and checks each record as it arrives, keeps the
 * compact per-type state (ids, {@code @unique} tuples, line numbers), buffers converted rows into
 * Arrow batches and stages them as data files while the input is still being read. After the
 * input, {@link #checkStored()} compares the input with the table's stored rows.
 */
abstract class TableLoad implements AutoCloseable {
  /** Rows per Arrow batch (semantics.md §12.8). */
  static final int BATCH_ROWS = 8192;
  /** Stored-row lookups by id list instead of a full id scan when at most this many ids. */
  private static final int ID_LIST_LOOKUP_MAX = 1024;
  private static final int IDS_PER_QUERY = 256;

  final LoadContext ctx;
  final ColumnLayout layout;
  final ConstraintValidator validator;
  final String tableKey;
  final int phase;
  final int order;
  /** Line of each input row of this type, by position (0-based). */
  final LongList lines = new LongList();
  /** Ids of the input rows that other rows can refer to or collide with → row position. */
  final IdIndex ids = new IdIndex();
  /** Stored ids the input replaces (merge mode), found by {@link #checkStored()}. */
  final List<String> replaced = new ArrayList<>();
  private final UniqueIndex unique;
  private final Schema arrowSchema;
  private final StagingBuffer staging;
  private final List<PendingRow> pending = new ArrayList<>(BATCH_ROWS);
  /** Bytes per value of each variable-width column in the last batch (sizes the next one). */
  private final double[] density;
  private TableWrite table;
  private long rows;

  /** A converted row waiting for its batch. */
  record PendingRow(Object[] values, long position, long line, boolean valid) {}

  TableLoad(LoadContext ctx, ConstraintValidator validator, Schema arrowSchema, int phase,
      int order) {
    this.ctx = ctx;
    this.validator = validator;
    this.layout = validator.layout();
    this.tableKey = layout.tableKey();
    this.arrowSchema = arrowSchema;
    this.phase = phase;
    this.order = order;
    this.unique = validator.hasUniqueRules() ? validator.newUniqueIndex() : null;
    this.staging = new StagingBuffer(ctx.store.allocator(), arrowSchema);
    this.density = new double[layout.size()];
    java.util.Arrays.fill(density, 16);
  }

  /** Input rows of this type. */
  long rows() {
    return rows;
  }

  /** Converts, identifies and queues one record. */
  final void accept(InputRecord r) {
    if (table == null) {
      table = ctx.write.table(tableKey);
      if (ctx.mode == LoadMode.OVERWRITE) {
        table.replaceAll();
      }
    }
    long position = rows++;
    lines.add(r.line());
    Object[] row = new Object[layout.size()];
    boolean valid = convert(r, row, position);
    valid &= identify(r, row, position);
    pending.add(new PendingRow(row, position, r.line(), valid));
    if (pending.size() >= BATCH_ROWS) {
      flush();
    }
  }

  /** Converts the property values of a record into {@code row}; false if any failed. */
  private boolean convert(InputRecord r, Object[] row, long position) {
    boolean valid = true;
    Map<String, Object> data = r.data();
    for (int col = layout.firstProperty(); col < layout.size(); col++) {
      Object raw = data.get(layout.name(col));
      if (raw == null) {
        continue;
      }
      try {
        row[col] = ValueCoercer.coerce(raw, layout.name(col), layout.type(col));
      } catch (CoercionError e) {
        problem(Problems.STAGE_VALUE, 0, position, col, r.line(), layout.name(col), e.getMessage());
        valid = false;
      }
    }
    return valid;
  }

  /** Sets the id (and endpoints) of a converted row; false if the record cannot be identified. */
  abstract boolean identify(InputRecord r, Object[] row, long position);

  /** Fills values computed from other values (embeddings) in the rows of a batch. */
  void complete(List<PendingRow> batch) {}

  /** The explicit {@code data.id} if it is a string, else null. */
  static String explicitId(InputRecord r) {
    return r.data().get("id") instanceof String s ? s : null;
  }

  /** Reports a {@code data.id} that is present but not a string; false then. */
  final boolean idIsValid(InputRecord r, long position) {
    Object id = r.data().get("id");
    if (id == null || id instanceof String) {
      return true;
    }
    problem(Problems.STAGE_VALUE, 0, position, 0, r.line(), "id",
        "property 'id' expects String, got " + dev.omnigraph.value.JsonKinds.of(id));
    return false;
  }

  /**
   * Registers an id that must be unique within the input and reports a duplicate: as a
   * {@code @unique} violation of the key property, or (keyless types, edges) as a duplicate id.
   */
  final void registerId(String id, long position, long line, String keyProperty) {
    long first = ids.putIfAbsent(id, position);
    if (first < 0) {
      return;
    }
    String message = keyProperty != null
        ? validator.keyDuplicate(id, first, position).message()
        : "duplicate id '" + id + "' for " + layout.typeName();
    problem(Problems.STAGE_UNIQUE, 0, position, 0, line, keyProperty != null ? keyProperty : "id",
        message);
  }

  /** Checks and writes the queued rows as one Arrow batch. */
  final void flush() {
    if (pending.isEmpty()) {
      return;
    }
    complete(pending);
    for (PendingRow p : pending) {
      if (!p.valid()) {
        continue;
      }
      validator.checkValues(p.values(), WritePath.LOAD, v -> violation(v, p.position(), p.line()));
      if (unique != null) {
        unique.add(p.position(), p.values(), v -> violation(v, p.position(), p.line()));
      }
    }
    if (ctx.problems.isEmpty()) {
      staging.add(toBatch(pending));
      if (staging.full()) {
        ctx.stager.stage(table, staging.drain());
      }
    }
    pending.clear();
  }

  /** Flushes the last batch and stages everything buffered. */
  final void finishInput() {
    flush();
    if (ctx.problems.isEmpty() && !staging.isEmpty()) {
      ctx.stager.stage(table, staging.drain());
    } else {
      staging.close();
    }
  }

  private VectorSchemaRoot toBatch(List<PendingRow> batch) {
    VectorSchemaRoot root = VectorSchemaRoot.create(arrowSchema, ctx.store.allocator());
    try {
      for (int c = 0; c < layout.size(); c++) {
        FieldVector v = root.getVector(c);
        if (v instanceof DensityAwareVector d) {
          d.setInitialCapacity(batch.size(), density[c]);
        } else {
          v.setInitialCapacity(batch.size());
        }
        v.allocateNew();
      }
      CellWriter[] writers = new CellWriter[layout.size()];
      for (int c = 0; c < writers.length; c++) {
        writers[c] = CellWriter.of(root.getVector(c), layout.type(c));
      }
      for (int i = 0; i < batch.size(); i++) {
        Object[] values = batch.get(i).values();
        for (int c = 0; c < writers.length; c++) {
          writers[c].write(i, values[c]);
        }
      }
      root.setRowCount(batch.size());
      for (int c = 0; c < layout.size(); c++) {
        if (root.getVector(c) instanceof DensityAwareVector) {
          density[c] = Math.max(1, (double) root.getVector(c).getBufferSize() / batch.size());
        }
      }
      return root;
    } catch (RuntimeException e) {
      root.close();
      throw e;
    }
  }

  /**
   * Compares the input with the stored rows that stay in the table (none in overwrite mode):
   * existing ids (strict append: a conflict; merge: the rows being replaced) and {@code @unique}
   * tuples against stored rows. Edge loads add their {@code @card} counts here.
   */
  void checkStored() {
    TableEntry base = ctx.write.baseEntry(tableKey);
    if (ctx.mode == LoadMode.OVERWRITE || base.rows() == 0
        || ctx.problems.full(key(Problems.STAGE_STORED, 0, 0, 0))) {
      return;
    }
    try (TableReader stored = TableReader.at(ctx.store, base.path(), base.lineage(),
        base.version())) {
      if (!ids.isEmpty()) {
        findStored(stored, base.rows(), ids, this::existingId);
      }
      if (unique != null) {
        List<String> columns = new ArrayList<>(List.of(layout.name(0)));
        columns.addAll(validator.uniqueColumns());
        scanStored(stored, columns, (id, row) -> unique.checkStored(id, row, this::storedProblem));
      }
      checkStoredMore(stored);
    }
  }

  /** Further checks against the stored rows (edge {@code @card} counts). */
  void checkStoredMore(TableReader stored) {}

  private void existingId(String id) {
    if (ctx.mode == LoadMode.MERGE) {
      replaced.add(id);
      return;
    }
    long position = ids.get(id);
    long line = lines.get(position);
    String kind = layout.edge() ? "edge" : "node";
    String message = "line " + line + ": " + kind + " type '" + layout.typeName()
        + "' already has this id ('" + id + "')";
    ctx.problems.add(key(Problems.STAGE_STORED, 0, position, 0),
        new LoadError(line, layout.typeName(), null, message), Problems.Kind.KEY_CONFLICT,
        tableKey, id);
  }

  private void storedProblem(long position, Violation v) {
    long line = lines.get(position);
    ctx.problems.add(key(Problems.STAGE_STORED, v.order(), position, 0),
        new LoadError(line, layout.typeName(), v.property(), "line " + line + ": " + v.message()),
        Problems.Kind.UNIQUE_CONFLICT, tableKey, null);
  }

  /**
   * Visits every stored row that stays in the table after this load (merge mode: rows whose id the
   * input replaces are skipped), with the requested columns as canonical values at their layout
   * positions.
   */
  final void scanStored(TableReader stored, List<String> columns, StoredRowVisitor visitor) {
    try (ScanBatches b = stored.scan(TableScan.all().columns(columns))) {
      while (b.next()) {
        VectorSchemaRoot root = b.root();
        CellReader[] readers = new CellReader[columns.size()];
        int[] positions = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
          positions[c] = layout.indexOf(columns.get(c));
          readers[c] = CellReader.of(root.getVector(columns.get(c)), layout.type(positions[c]));
        }
        for (int i = 0; i < root.getRowCount(); i++) {
          String id = (String) readers[0].read(i);
          if (ctx.mode == LoadMode.MERGE && ids.contains(id)) {
            continue;
          }
          Object[] row = new Object[layout.size()];
          for (int c = 0; c < readers.length; c++) {
            row[positions[c]] = readers[c].read(i);
          }
          visitor.visit(id, row);
        }
      }
    }
  }

  /** A stored row (columns at layout positions, others null). */
  @FunctionalInterface
  interface StoredRowVisitor {
    void visit(String id, Object[] row);
  }

  /**
   * Reports which of {@code wanted}'s ids the stored table has: by id lists (the BTREE index) when
   * few are wanted, else by one scan of the id column.
   */
  static void findStored(TableReader stored, long storedRows, IdIndex wanted,
      Consumer<String> found) {
    if (wanted.size() <= ID_LIST_LOOKUP_MAX && wanted.size() * 8L < storedRows) {
      List<String> all = new ArrayList<>(wanted.size());
      wanted.forEach((id, v) -> all.add(id));
      for (int i = 0; i < all.size(); i += IDS_PER_QUERY) {
        List<String> chunk = all.subList(i, Math.min(all.size(), i + IDS_PER_QUERY));
        scanIds(stored, TableScan.inList("id", chunk), id -> found.accept(id));
      }
      return;
    }
    scanIds(stored, null, id -> {
      if (wanted.contains(id)) {
        found.accept(id);
      }
    });
  }

  private static void scanIds(TableReader stored, String filter, Consumer<String> visitor) {
    try (ScanBatches b = stored.scan(TableScan.all().columns(List.of("id")).filter(filter))) {
      while (b.next()) {
        VarCharVector ids = (VarCharVector) b.root().getVector(0);
        for (int i = 0; i < ids.getValueCount(); i++) {
          visitor.accept(new String(ids.get(i), StandardCharsets.UTF_8));
        }
      }
    }
  }

  /** Deletes the stored rows the input replaces (merge mode), before the new rows are committed. */
  final void deleteReplaced() {
    for (int i = 0; i < replaced.size(); i += 1000) {
      table.delete(TableScan.inList("id", replaced.subList(i, Math.min(replaced.size(), i + 1000))));
    }
  }

  /**
   * A load that fills a table from scratch (overwrite, or a table empty before) with at least this
   * many rows publishes it without building its indexes ({@link TableWrite#deferIndexes()}).
   */
  static final long DEFER_INDEXES_ROWS = 100_000;

  /** Applies the index policy for bulk loads before the commit. */
  final void applyIndexPolicy() {
    boolean fromScratch = ctx.mode == LoadMode.OVERWRITE || ctx.write.baseEntry(tableKey).rows() == 0;
    if (fromScratch && rows >= DEFER_INDEXES_ROWS) {
      table.deferIndexes();
    }
  }

  /** Rows that were new to the table. */
  long inserted() {
    return rows - replaced.size();
  }

  final void violation(Violation v, long position, long line) {
    int stage = switch (v.rule()) {
      case REQUIRED -> Problems.STAGE_VALUE;
      case RANGE -> Problems.STAGE_RANGE;
      case CHECK -> Problems.STAGE_CHECK;
      case ENUM -> Problems.STAGE_ENUM;
      case UNIQUE_IN_WRITE -> Problems.STAGE_UNIQUE;
      case UNIQUE_STORED -> Problems.STAGE_STORED;
      case CARDINALITY -> throw new IllegalArgumentException("not a row violation");
    };
    boolean rowMajor = stage == Problems.STAGE_VALUE;
    problem(stage, rowMajor ? 0 : v.order(), position, rowMajor ? v.order() : 0, line,
        v.property(), v.message());
  }

  /** Records a problem of one input row; the message gets the {@code line n: } prefix. */
  final void problem(int stage, int ruleOrder, long position, int sub, long line, String property,
      String message) {
    ctx.problems.add(key(stage, ruleOrder, position, sub),
        new LoadError(line, layout.typeName(), property, "line " + line + ": " + message));
  }

  final Problems.Key key(int stage, int ruleOrder, long position, int sub) {
    return new Problems.Key(phase, order, stage, ruleOrder, position, sub);
  }

  /** The type of a property column. */
  final PropType type(int column) {
    return layout.type(column);
  }

  @Override
  public void close() {
    staging.close();
  }
}
