package dev.omnigraph.write;

import dev.omnigraph.ManifestConflictException;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.storage.ChainBrokenException;
import dev.omnigraph.storage.ChainWriter;
import dev.omnigraph.storage.UpsertCount;
import java.util.List;
import java.util.function.Supplier;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The writes of one operation to one table: staged appends, a staged overwrite, upserts, updates
 * and deletes, all on the lineage {@link GraphWrite} chose for the branch. Later calls see the
 * earlier ones (read-your-writes through {@link #chain()}); nothing is visible to others until
 * the operation publishes.
 */
public final class TableWrite {
  private final String tableKey;
  private final TableEntry base;
  private final TableEntry target;
  private final List<String> indexedColumns;
  private final Reopener reopener;
  private ChainWriter chain;
  private boolean overwrite;
  private boolean changed;
  private boolean keyedWrites;

  /** Re-opens the table's lineage from a fresh head after a lost chain; null if not possible. */
  @FunctionalInterface
  interface Reopener {
    ChainWriter reopen();
  }

  /** How many times staged rows are re-committed after losing the lineage to a concurrent repair. */
  private static final int STAGED_RETRIES = 3;

  TableWrite(String tableKey, TableEntry base, TableEntry target, ChainWriter chain,
      List<String> indexedColumns, Reopener reopener) {
    this.tableKey = tableKey;
    this.base = base;
    this.target = target;
    this.chain = chain;
    this.indexedColumns = indexedColumns;
    this.reopener = reopener;
  }

  public String tableKey() {
    return tableKey;
  }

  /** The table's state in the operation's base snapshot. */
  public TableEntry base() {
    return base;
  }

  /** The table's Arrow schema. */
  public Schema schema() {
    return chain.schema();
  }

  /** The chain writer, for read-your-writes scans of this table (do not close it). */
  public ChainWriter chain() {
    return chain;
  }

  /** From now on, the staged rows replace all rows of the table instead of being appended. */
  public void replaceAll() {
    overwrite = true;
    changed = true;
  }

  /** Stages rows to append (or to replace all rows after {@link #replaceAll()}). */
  public void stage(ArrowReader rows) {
    guard(() -> {
      chain.stage(rows);
      return null;
    });
    changed = true;
  }

  /** Upserts rows by {@code id}. */
  public UpsertCount upsert(ArrowReader rows) {
    keyedWrites = true;
    UpsertCount c = guard(() -> chain.upsert(rows, List.of("id")));
    changed = true;
    return c;
  }

  /** Replaces rows with the same {@code id}; others are ignored. */
  public UpsertCount update(ArrowReader rows) {
    keyedWrites = true;
    UpsertCount c = guard(() -> chain.update(rows, List.of("id")));
    changed = true;
    return c;
  }

  /** Deletes rows matching a SQL predicate. */
  public void delete(String predicate) {
    keyedWrites = true;
    guard(() -> {
      chain.delete(predicate);
      return null;
    });
    changed = true;
  }

  boolean changed() {
    return changed;
  }

  /** Commits staged rows and builds missing indexes; returns the entry to publish. */
  TableEntry finish() {
    return guard(() -> {
      commitStaged();
      long rows = chain.countRows();
      if (rows > 0) {
        for (String column : indexedColumns) {
          chain.ensureBtreeIndex(column);
        }
      }
      return target.at(chain.version(), rows);
    });
  }

  /**
   * Commits the staged rows. Another writer may have taken the next version meanwhile (typically
   * a concurrent repair of orphan versions); when this operation only staged rows, they are still
   * valid data files, so they are committed again on a fresh chain — whose opening re-checks the
   * branch head, so a writer that already lost the race gives up there.
   */
  private void commitStaged() {
    for (int attempt = 0; ; attempt++) {
      try {
        chain.commitStaged(overwrite);
        return;
      } catch (ChainBrokenException e) {
        if (keyedWrites || attempt >= STAGED_RETRIES) {
          throw e;
        }
        Backoff.pause(attempt + 1);
        ChainWriter fresh = reopener.reopen();
        if (fresh == null) {
          throw e;
        }
        fresh.attachStaged(chain.detachStaged());
        chain.close();
        chain = fresh;
      }
    }
  }

  void close() {
    chain.close();
  }

  private <T> T guard(Supplier<T> write) {
    try {
      return write.get();
    } catch (ChainBrokenException e) {
      throw new ManifestConflictException(tableKey, e.baseVersion(), e.foundVersion());
    }
  }
}
