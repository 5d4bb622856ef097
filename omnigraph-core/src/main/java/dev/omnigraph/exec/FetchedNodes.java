package dev.omnigraph.exec;

import dev.omnigraph.exec.store.Column;
import dev.omnigraph.exec.store.ObjectColumn;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.exec.store.TableVersion;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.storage.TableScan;
import dev.omnigraph.table.CellReader;
import dev.omnigraph.table.TableSchemas;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/**
 * A node table this query reads from storage because the cache budget cannot hold it: only the
 * rows the query touches are fetched (root scans with SQL filters, ids looked up in batches when
 * expansions reach them), with the planned columns. Handles are assigned in order of first
 * contact.
 */
final class FetchedNodes implements NodeSource {
  private static final byte UNKNOWN = 0;
  private static final byte EXISTS = 1;
  private static final byte DANGLING = 2;
  /** Ids per {@code id IN (…)} lookup. */
  private static final int LOOKUP_CHUNK = 512;

  private final TableData data;
  private final TableVersion table;
  private final NodeType type;
  private final Map<String, PropType> wanted;
  private final List<String> projection = new ArrayList<>();
  private final Map<String, ObjectColumn> columns = new LinkedHashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> handles = new HashMap<>();
  private byte[] state = new byte[64];

  FetchedNodes(TableData data, TableVersion table, NodeType type, Map<String, PropType> wanted) {
    this.data = data;
    this.table = table;
    this.type = type;
    this.wanted = wanted;
    projection.add(TableSchemas.ID);
    for (Map.Entry<String, PropType> w : wanted.entrySet()) {
      columns.put(w.getKey(), new ObjectColumn(new ArrayList<>()));
      if (w.getValue().scalar() != ScalarType.BLOB || w.getValue().list()) {
        projection.add(w.getKey());
      }
    }
  }

  @Override
  public NodeType type() {
    return type;
  }

  @Override
  public Column column(String property) {
    Column c = columns.get(property);
    if (c == null) {
      throw new IllegalStateException("column " + type.name() + "." + property + " not planned");
    }
    return c;
  }

  @Override
  public String id(int handle) {
    return ids.get(handle);
  }

  @Override
  public int intern(String id) {
    Integer h = handles.get(id);
    if (h != null) {
      return h;
    }
    int handle = ids.size();
    ids.add(id);
    handles.put(id, handle);
    if (handle == state.length) {
      state = Arrays.copyOf(state, state.length * 2);
    }
    for (ObjectColumn c : columns.values()) {
      c.values().add(null);
    }
    return handle;
  }

  @Override
  public void resolve(int[] hs, int count) {
    Set<String> unknown = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      if (state[hs[i]] == UNKNOWN) {
        unknown.add(ids.get(hs[i]));
      }
    }
    if (unknown.isEmpty()) {
      return;
    }
    List<String> all = new ArrayList<>(unknown);
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      data.scan(table, projection, TableScan.inList(TableSchemas.ID, chunk), root -> {
        read(root, null, null);
        return true;
      });
    }
    for (String id : all) {
      int h = handles.get(id);
      if (state[h] == UNKNOWN) {
        state[h] = DANGLING;
      }
    }
  }

  @Override
  public boolean exists(int handle) {
    return state[handle] == EXISTS;
  }

  @Override
  public int find(String id) {
    int h = intern(id);
    resolve(new int[] {h}, 1);
    return exists(h) ? h : -1;
  }

  @Override
  public void scan(String sql, NodeTest test, HandleSink out) {
    data.scan(table, projection, sql, root -> read(root, test, out));
  }

  /** Stores the rows of a batch; with a sink, pushes those passing the test. */
  private boolean read(VectorSchemaRoot root, NodeTest test, HandleSink out) {
    int[] passed = new int[root.getRowCount()];
    int n = 0;
    VarCharVector idVector = (VarCharVector) root.getVector(TableSchemas.ID);
    Map<String, CellReader> readers = new LinkedHashMap<>();
    for (String name : projection.subList(1, projection.size())) {
      readers.put(name, CellReader.of(root.getVector(name), wanted.get(name)));
    }
    for (int i = 0; i < root.getRowCount(); i++) {
      int h = intern(new String(idVector.get(i), java.nio.charset.StandardCharsets.UTF_8));
      for (Map.Entry<String, CellReader> r : readers.entrySet()) {
        columns.get(r.getKey()).values().set(h, r.getValue().read(i));
      }
      state[h] = EXISTS;
      if (out != null && test.test(h)) {
        passed[n++] = h;
      }
    }
    return out == null || n == 0 || out.accept(passed, n);
  }
}
