package dev.omnigraph.storage;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.Dataset;
import org.lance.Fragment;
import org.lance.FragmentMetadata;
import org.lance.SourcedTransaction;
import org.lance.index.IndexOptions;
import org.lance.index.IndexParams;
import org.lance.index.IndexType;
import org.lance.index.scalar.ScalarIndexParams;
import org.lance.merge.MergeInsertParams;
import org.lance.merge.MergeInsertResult;
import org.lance.operation.Append;
import org.lance.operation.Operation;
import org.lance.operation.Overwrite;

/**
 * Extends one lineage of a table version by version, proving after every commit that it landed at
 * exactly {@code previous + 1} (engine.md §15.5). Lance allocates versions by put-if-absent, so
 * landing there proves nobody else committed in between — even though Lance would silently have
 * rebased a concurrent write. Any other outcome throws {@link ChainBrokenException}.
 *
 * <p>Pure inserts are staged as data files ({@link #stage}) and committed as one {@code Append}
 * (or {@code Overwrite}) at {@link #commitStaged}, so a failure before that leaves no version.
 * Not thread-safe: one writer per lineage at a time.
 */
public final class ChainWriter implements AutoCloseable {
  private final LanceStore store;
  private final String path;
  private final String lineage;
  private final long base;
  private Dataset current;
  private final List<FragmentMetadata> staged = new ArrayList<>();
  private long stagedRows;

  ChainWriter(LanceStore store, String path, String lineage, long baseVersion) {
    this.store = store;
    this.path = path;
    this.lineage = lineage;
    this.base = baseVersion;
    this.current = store.openAt(path, lineage, baseVersion);
  }

  public String path() {
    return path;
  }

  public String lineage() {
    return lineage;
  }

  /** The version the chain started from. */
  public long baseVersion() {
    return base;
  }

  /** The chain head: the version the last write produced (the base before any write). */
  public long version() {
    return current.version();
  }

  /** A handle at the chain head, for read-your-writes scans. Owned by this writer: do not close. */
  public Dataset dataset() {
    return current;
  }

  /** The table schema at the chain head. */
  public Schema schema() {
    return current.getSchema();
  }

  /** Writes rows as data files that belong to no version until {@link #commitStaged}. */
  public void stage(ArrowReader rows) {
    try (ArrowArrayStream stream = ArrowArrayStream.allocateNew(store.allocator())) {
      Data.exportArrayStream(store.allocator(), rows, stream);
      List<FragmentMetadata> frags = Fragment.write().datasetUri(store.uri(path, lineage))
          .allocator(store.allocator()).data(stream)
          .storageOptions(store.location().storageOptions()).execute();
      staged.addAll(frags);
      for (FragmentMetadata f : frags) {
        stagedRows += f.getNumRows();
      }
    } catch (Exception e) {
      throw StorageFailure.wrap("stage rows for " + path, e);
    }
  }

  /** Staged files, detached from this writer to be committed by another chain of the lineage. */
  public Staged detachStaged() {
    Staged st = new Staged(List.copyOf(staged), stagedRows);
    staged.clear();
    stagedRows = 0;
    return st;
  }

  /** Adopts files staged by an abandoned chain of the same lineage. */
  public void attachStaged(Staged st) {
    staged.addAll(st.fragments);
    stagedRows += st.rows;
  }

  /** Data files written by {@link #stage} and not yet part of any version. */
  public static final class Staged {
    private final List<FragmentMetadata> fragments;
    private final long rows;

    private Staged(List<FragmentMetadata> fragments, long rows) {
      this.fragments = fragments;
      this.rows = rows;
    }
  }

  /** Rows staged and not yet committed. */
  public long stagedRows() {
    return stagedRows;
  }

  /**
   * Commits the staged files as one version: appended to the table, or replacing all its rows
   * ({@code overwrite}). With nothing staged, an append is a no-op and an overwrite empties the table.
   */
  public void commitStaged(boolean overwrite) {
    if (staged.isEmpty() && !overwrite) {
      return;
    }
    Operation op = overwrite
        ? Overwrite.builder().fragments(List.copyOf(staged)).schema(current.getSchema()).build()
        : Append.builder().fragments(List.copyOf(staged)).build();
    commit(op, overwrite ? "overwrite" : "append");
    staged.clear();
    stagedRows = 0;
  }

  /**
   * Upserts rows by key columns (matched rows replaced, new rows inserted) without Lance's
   * conflict retries: a concurrent writer makes this fail instead of being rebased over.
   *
   * @return inserted and updated row counts
   */
  public UpsertCount upsert(ArrowReader rows, List<String> keys) {
    return mergeInsert(rows, new MergeInsertParams(keys).withMatchedUpdateAll()
        .withNotMatched(MergeInsertParams.WhenNotMatched.InsertAll), "upsert");
  }

  /** Replaces matched rows only; source rows without a match are ignored. */
  public UpsertCount update(ArrowReader rows, List<String> keys) {
    return mergeInsert(rows, new MergeInsertParams(keys).withMatchedUpdateAll()
        .withNotMatched(MergeInsertParams.WhenNotMatched.DoNothing), "update");
  }

  private UpsertCount mergeInsert(ArrowReader rows, MergeInsertParams params, String what) {
    long expected = current.version() + 1;
    MergeInsertResult result;
    try (ArrowArrayStream stream = ArrowArrayStream.allocateNew(store.allocator())) {
      Data.exportArrayStream(store.allocator(), rows, stream);
      result = current.mergeInsert(params.withConflictRetries(0).withSkipAutoCleanup(true), stream);
    } catch (Exception e) {
      throw chainFailure(what, e);
    }
    advance(result.dataset(), expected, what);
    return new UpsertCount(result.stats().numInsertedRows(), result.stats().numUpdatedRows());
  }

  /** Deletes rows matching a SQL predicate. */
  public void delete(String predicate) {
    long expected = current.version() + 1;
    try {
      current.delete(predicate); // advances this handle
    } catch (Exception e) {
      throw chainFailure("delete", e);
    }
    check(current.version(), expected, "delete");
  }

  /** Builds a BTREE index on one column unless an index of that name exists. */
  public void ensureBtreeIndex(String column) {
    String name = column + "_idx";
    if (current.listIndexes().contains(name)) {
      return;
    }
    long expected = current.version() + 1;
    try {
      current.createIndex(IndexOptions.builder(List.of(column), IndexType.BTREE,
          IndexParams.builder().setScalarIndexParams(ScalarIndexParams.create("btree")).build())
          .withIndexName(name).replace(false).build());
    } catch (Exception e) {
      throw chainFailure("index " + column, e);
    }
    check(current.version(), expected, "index " + column);
  }

  /**
   * Re-publishes the base version's content as the new head ({@code restore}): used to repair a
   * lineage whose head is ahead of the manifest because a writer failed before publishing.
   */
  public void restoreBase(long headVersion) {
    long expected = headVersion + 1;
    try {
      current.restore(); // commits a copy of `base` at latest + 1 and advances this handle
    } catch (Exception e) {
      throw chainFailure("restore", e);
    }
    check(current.version(), expected, "restore");
  }

  /** Number of rows at the chain head. */
  public long countRows() {
    return current.countRows();
  }

  private void commit(Operation op, String what) {
    long expected = current.version() + 1;
    Dataset next;
    try (SourcedTransaction tx = current.newTransactionBuilder().readVersion(current.version())
        .operation(op).build()) {
      next = tx.commit();
    } catch (Exception e) {
      throw chainFailure(what, e);
    }
    advance(next, expected, what);
  }

  private void advance(Dataset next, long expected, String what) {
    long landed = next.version();
    current.close();
    current = next;
    check(landed, expected, what);
  }

  private void check(long landed, long expected, String what) {
    if (landed != expected) {
      throw new ChainBrokenException(path, lineage, base, expected - 1, landed, what);
    }
  }

  private RuntimeException chainFailure(String what, Exception e) {
    if (LanceErrors.classify(e) == LanceErrors.Kind.CONFLICT) {
      return new ChainBrokenException(path, lineage, base, current.version(), -1, what);
    }
    return StorageFailure.wrap(what + " on " + path, e);
  }

  @Override
  public void close() {
    current.close();
  }
}
