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
  private final ChainWriter chain;
  private final List<String> indexedColumns;
  private boolean overwrite;
  private boolean changed;
  private boolean deferIndexes;

  TableWrite(String tableKey, TableEntry base, TableEntry target, ChainWriter chain,
      List<String> indexedColumns) {
    this.tableKey = tableKey;
    this.base = base;
    this.target = target;
    this.chain = chain;
    this.indexedColumns = indexedColumns;
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
    UpsertCount c = guard(() -> chain.upsert(rows, List.of("id")));
    changed = true;
    return c;
  }

  /** Replaces rows with the same {@code id}; others are ignored. */
  public UpsertCount update(ArrowReader rows) {
    UpsertCount c = guard(() -> chain.update(rows, List.of("id")));
    changed = true;
    return c;
  }

  /** Deletes rows matching a SQL predicate. */
  public void delete(String predicate) {
    guard(() -> {
      chain.delete(predicate);
      return null;
    });
    changed = true;
  }

  /**
   * Publishes this table without building its missing indexes (BTREE on {@code id}, edges also
   * {@code src}/{@code dst}). For bulk loads that fill a table from scratch, where building them
   * costs about as much as writing the data. Reads stay correct (Lance scans unindexed data); point
   * lookups are slower until the next write of the table that does not defer — any later write
   * builds what is missing — or maintenance builds them.
   */
  public void deferIndexes() {
    deferIndexes = true;
  }

  boolean changed() {
    return changed;
  }

  /** Commits staged rows and builds missing indexes; returns the entry to publish. */
  TableEntry finish() {
    return guard(() -> {
      chain.commitStaged(overwrite);
      long rows = chain.countRows();
      if (rows > 0 && !deferIndexes) {
        for (String column : indexedColumns) {
          chain.ensureBtreeIndex(column);
        }
      }
      return target.at(chain.version(), rows);
    });
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
