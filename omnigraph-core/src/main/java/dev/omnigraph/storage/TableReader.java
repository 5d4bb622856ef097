package dev.omnigraph.storage;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.BlobFile;
import org.lance.Dataset;
import org.lance.ipc.ColumnOrdering;
import org.lance.ipc.LanceScanner;
import org.lance.ipc.ScanOptions;

/**
 * Reads one table state — a {@code (path, lineage, version)} pinned by a snapshot, or the head of
 * an operation's own {@link ChainWriter} (read-your-writes) — with projections, SQL filters,
 * ordering by a column, row counts and blob contents. Scans stream in batches, so memory does not
 * grow with the table. Shared by the loader, export and the query executor.
 *
 * <pre>{@code
 * try (TableReader t = TableReader.at(store, entry.path(), entry.lineage(), entry.version());
 *      ScanBatches b = t.scan(TableScan.all().columns(List.of("id")).orderedBy("id"))) {
 *   while (b.next()) { VectorSchemaRoot root = b.root(); ... }
 * }
 * }</pre>
 *
 * <p>Not thread-safe; open one reader per thread.
 */
public final class TableReader implements AutoCloseable {
  private final Dataset dataset;
  private final boolean owned;

  private TableReader(Dataset dataset, boolean owned) {
    this.dataset = dataset;
    this.owned = owned;
  }

  /** A reader of one version of a lineage (null lineage = the main line). */
  public static TableReader at(LanceStore store, String path, String lineage, long version) {
    return new TableReader(store.openAt(path, lineage, version), true);
  }

  /**
   * A reader of a chain writer's head: the base plus everything the chain committed so far
   * (staged, uncommitted files are not included). It shares the chain's handle, so it is valid
   * only until the chain's next write; close it before writing again.
   */
  public static TableReader head(ChainWriter chain) {
    return new TableReader(chain.dataset(), false);
  }

  /** The version this reader reads. */
  public long version() {
    return dataset.version();
  }

  /** The table's Arrow schema. */
  public Schema schema() {
    return dataset.getSchema();
  }

  /** The names of the indexes of this version (e.g. {@code id_idx}). */
  public List<String> indexNames() {
    try {
      return List.copyOf(dataset.listIndexes());
    } catch (RuntimeException e) {
      throw StorageFailure.wrap("list indexes", e);
    }
  }

  /** Number of rows. */
  public long countRows() {
    try {
      return dataset.countRows();
    } catch (RuntimeException e) {
      throw StorageFailure.wrap("count rows", e);
    }
  }

  /** Number of rows matching a SQL predicate. */
  public long countRows(String filter) {
    try {
      return dataset.countRows(filter);
    } catch (RuntimeException e) {
      throw StorageFailure.wrap("count rows where " + filter, e);
    }
  }

  /** Starts a scan; close the result before this reader. */
  public ScanBatches scan(TableScan scan) {
    ScanOptions.Builder b = new ScanOptions.Builder().batchSize(scan.batchSize());
    List<String> projection = scan.projection();
    if (projection != null) {
      b.columns(projection);
    }
    if (scan.filter() != null) {
      b.filter(scan.filter());
    }
    if (scan.orderBy() != null) {
      ColumnOrdering.Builder o = new ColumnOrdering.Builder(); // its setters return void
      o.setColumnName(scan.orderBy());
      o.setAscending(true);
      b.setColumnOrderings(List.of(o.build()));
    }
    if (scan.rowIds()) {
      b.withRowId(true);
    }
    if (scan.limit() >= 0) {
      b.limit(scan.limit());
    }
    LanceScanner scanner = null;
    try {
      scanner = dataset.newScan(b.build());
      return new ScanBatches(scanner, scanner.scanBatches());
    } catch (RuntimeException e) {
      closeQuietly(scanner);
      throw StorageFailure.wrap("scan " + dataset.uri(), e);
    }
  }

  /**
   * The contents of a blob column for the given stable row ids, in the same order. The row ids
   * come from a scan with {@link TableScan#withRowIds()}; rows whose blob is null must be left
   * out (a scan shows them as a null descriptor).
   */
  public List<byte[]> readBlobs(String column, List<Long> rowIds) {
    if (rowIds.isEmpty()) {
      return List.of();
    }
    List<BlobFile> files = null;
    try {
      files = dataset.takeBlobs(rowIds, column);
      if (files.size() != rowIds.size()) {
        throw new StorageFailure(LanceErrors.Kind.NOT_FOUND, "read blobs of " + column
            + ": asked for " + rowIds.size() + " rows, found " + files.size(), null);
      }
      List<byte[]> out = new ArrayList<>(files.size());
      for (BlobFile f : files) {
        out.add(f.read());
      }
      return out;
    } catch (Exception e) {
      throw StorageFailure.wrap("read blobs of " + column, e);
    } finally {
      if (files != null) {
        for (BlobFile f : files) {
          closeQuietly(f);
        }
      }
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (Exception ignored) {
      // already failing; the original error is the one to report
    }
  }

  @Override
  public void close() {
    if (owned) {
      dataset.close();
    }
  }
}
