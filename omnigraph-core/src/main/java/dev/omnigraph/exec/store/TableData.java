package dev.omnigraph.exec.store;

import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.storage.LanceStore;
import dev.omnigraph.storage.ScanBatches;
import dev.omnigraph.storage.TableReader;
import dev.omnigraph.storage.TableScan;
import dev.omnigraph.table.TableSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * Loads table data of immutable versions into memory and keeps it in the {@link GraphCache}:
 * columns (the missing ones of a request read together in one scan), the id index of node tables
 * and the adjacency of edge tables. A loaded value is returned even when the cache does not keep
 * it, so one query can always finish with what it loaded. Thread-safe; concurrent loads of one
 * table version are serialised so that it is read once.
 */
public final class TableData {
  private static final int LOCK_STRIPES = 64;

  private final LanceStore store;
  private final GraphCache cache;
  private final Object[] locks = new Object[LOCK_STRIPES];

  public TableData(LanceStore store, GraphCache cache) {
    this.store = store;
    this.cache = cache;
    for (int i = 0; i < LOCK_STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  public GraphCache cache() {
    return cache;
  }

  /** Keys of cached values. */
  record ColumnKey(TableVersion table, String column) {}

  record IdKey(TableVersion table) {}

  record AdjacencyKey(TableVersion edges, TableVersion from, TableVersion to) {}

  /**
   * Estimated bytes still to load for a node table's id index and these columns (those already
   * cached count 0).
   */
  public long missingBytes(TableVersion table, long rows, Map<String, PropType> columns) {
    long total = cache.get(new IdKey(table)) == null ? estimateIds(rows) : 0;
    for (Map.Entry<String, PropType> c : columns.entrySet()) {
      if (cache.get(new ColumnKey(table, c.getKey())) == null) {
        total += estimate(c.getValue(), rows);
      }
    }
    return total;
  }

  /** Estimated bytes of an edge table's adjacency (unless cached). */
  public long missingAdjacencyBytes(TableVersion edges, TableVersion from, TableVersion to,
      long edgeRows, long nodeRows) {
    return cache.get(new AdjacencyKey(edges, from, to)) != null ? 0
        : 64 + edgeRows * 16 + nodeRows * 8;
  }

  /** The id index of a node table version. */
  public IdIndex ids(TableVersion table, long rows) {
    IdKey key = new IdKey(table);
    IdIndex cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    synchronized (lock(table)) {
      cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
      ColumnBuilder.Strings ids = ColumnBuilder.ids((int) rows);
      scan(table, List.of(TableSchemas.ID), null, root -> {
        ids.append(root.getVector(TableSchemas.ID), root.getRowCount());
        return true;
      });
      IdIndex index = IdIndex.of(ids.buildPlain());
      cache.put(key, index);
      return index;
    }
  }

  /**
   * Columns of a table version by name, loading those not cached in one scan. Blob columns are
   * never read: they come back as all-null columns.
   */
  public Map<String, Column> columns(TableVersion table, long rows, Map<String, PropType> wanted) {
    Map<String, Column> out = new LinkedHashMap<>();
    Map<String, PropType> missing = collect(table, wanted, out);
    if (missing.isEmpty()) {
      return out;
    }
    synchronized (lock(table)) {
      missing = collect(table, wanted, out);
      if (missing.isEmpty()) {
        return out;
      }
      Map<String, ColumnBuilder> builders = new LinkedHashMap<>();
      List<String> scanned = new ArrayList<>();
      for (Map.Entry<String, PropType> m : missing.entrySet()) {
        builders.put(m.getKey(), ColumnBuilder.of(m.getValue(), (int) rows));
        if (m.getValue().scalar() != ScalarType.BLOB || m.getValue().list()) {
          scanned.add(m.getKey());
        }
      }
      if (scanned.isEmpty()) {
        scanned.add(TableSchemas.ID); // only blobs: count the rows
      }
      scan(table, scanned, null, root -> {
        for (Map.Entry<String, ColumnBuilder> b : builders.entrySet()) {
          String name = scanned.contains(b.getKey()) ? b.getKey() : scanned.get(0);
          b.getValue().append(root.getVector(name), root.getRowCount());
        }
        return true;
      });
      for (Map.Entry<String, ColumnBuilder> b : builders.entrySet()) {
        Column c = b.getValue().build();
        cache.put(new ColumnKey(table, b.getKey()), c);
        out.put(b.getKey(), c);
      }
      return out;
    }
  }

  private Map<String, PropType> collect(TableVersion table, Map<String, PropType> wanted,
      Map<String, Column> out) {
    Map<String, PropType> missing = new LinkedHashMap<>();
    for (Map.Entry<String, PropType> w : wanted.entrySet()) {
      Column c = cache.get(new ColumnKey(table, w.getKey()));
      if (c == null) {
        missing.put(w.getKey(), w.getValue());
      } else {
        out.put(w.getKey(), c);
      }
    }
    return missing;
  }

  /**
   * The adjacency of an edge table version over its endpoint tables' rows.
   *
   * @param sameType whether From and To are the same node type (then {@code fromIds == toIds})
   */
  public EdgeAdjacency adjacency(TableVersion edges, long edgeRows, TableVersion from,
      IdIndex fromIds, TableVersion to, IdIndex toIds, boolean sameType) {
    AdjacencyKey key = new AdjacencyKey(edges, from, to);
    EdgeAdjacency cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    synchronized (lock(edges)) {
      cached = cache.get(key);
      if (cached != null) {
        return cached;
      }
      ColumnBuilder.Strings src = ColumnBuilder.ids((int) edgeRows);
      ColumnBuilder.Strings dst = ColumnBuilder.ids((int) edgeRows);
      scan(edges, List.of(TableSchemas.SRC, TableSchemas.DST), null, root -> {
        src.append(root.getVector(TableSchemas.SRC), root.getRowCount());
        dst.append(root.getVector(TableSchemas.DST), root.getRowCount());
        return true;
      });
      EdgeAdjacency adjacency = resolve(src.buildPlain(), dst.buildPlain(), fromIds, toIds,
          sameType);
      cache.put(key, adjacency);
      return adjacency;
    }
  }

  /**
   * Resolves edge endpoints to row positions (the hash lookups dominate building an adjacency;
   * the two columns are resolved in parallel) and numbers the dangling ids of same-type edges.
   */
  private static EdgeAdjacency resolve(PlainStrings src, PlainStrings dst, IdIndex fromIds,
      IdIndex toIds, boolean sameType) {
    int edges = src.size();
    CompletableFuture<int[]> dstRows = CompletableFuture.supplyAsync(() -> rows(dst, toIds));
    int[] s = rows(src, fromIds);
    int[] d = dstRows.join();
    int universe = Math.max(fromIds.size(), toIds.size());
    if (sameType) {
      // ids without a node row get positions after the table's rows, in order of appearance
      Map<String, Integer> dangling = new HashMap<>();
      universe = fromIds.size();
      for (int e = 0; e < edges; e++) {
        s[e] = s[e] >= 0 ? s[e] : danglingPosition(src.string(e), dangling, universe);
        d[e] = d[e] >= 0 ? d[e] : danglingPosition(dst.string(e), dangling, universe);
      }
      universe += dangling.size();
    }
    return EdgeAdjacency.build(s, d, edges, sameType, fromIds.size(), toIds.size(), universe);
  }

  private static int danglingPosition(String id, Map<String, Integer> dangling, int rows) {
    return dangling.computeIfAbsent(id, k -> rows + dangling.size());
  }

  /** The row of each id in the index, or -1. */
  private static int[] rows(PlainStrings ids, IdIndex index) {
    int[] out = new int[ids.size()];
    byte[] data = ids.data();
    int[] offsets = ids.offsets();
    for (int i = 0; i < out.length; i++) {
      out[i] = index.find(data, offsets[i], offsets[i + 1]);
    }
    return out;
  }

  /**
   * Reads columns of a table version in storage order, batch by batch, until {@code batches}
   * returns false.
   *
   * @param filter a SQL predicate, or null
   */
  public void scan(TableVersion table, List<String> columns, String filter,
      java.util.function.Predicate<VectorSchemaRoot> batches) {
    TableScan spec = TableScan.all().columns(columns);
    if (filter != null) {
      spec = spec.filter(filter);
    }
    try (TableReader reader = TableReader.at(store, table.path(), table.lineage(), table.version());
         ScanBatches b = reader.scan(spec)) {
      while (b.next()) {
        if (!batches.test(b.root())) {
          return;
        }
      }
    }
  }

  private Object lock(TableVersion table) {
    return locks[(table.hashCode() & 0x7fffffff) % LOCK_STRIPES];
  }

  /** Estimated heap bytes of the id index of a table of {@code rows} rows. */
  static long estimateIds(long rows) {
    return 64 + rows * 40;
  }

  /** Estimated heap bytes of a column of this type. */
  static long estimate(PropType t, long rows) {
    if (t.list() || t.isVector()) {
      return 16 + rows * (t.isVector() ? 24L + 4L * t.vectorDim() : 96L);
    }
    return 16 + rows * switch (t.scalar()) {
      case STRING -> 24L;
      case BOOL -> 1L;
      case I32, DATE, F32 -> 4L;
      case I64, U32, U64, DATETIME, F64 -> 8L;
      case BLOB -> 0L;
      case VECTOR -> 4L * t.vectorDim();
    };
  }
}
