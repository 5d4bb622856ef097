package dev.omnigraph.exec;

import dev.omnigraph.exec.store.Column;
import dev.omnigraph.exec.store.IdIndex;
import dev.omnigraph.schema.NodeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A node table held in memory: handles are row positions (storage order); ids not in the table
 * get handles from {@code rows} up, which never exist.
 */
final class CachedNodes implements NodeSource {
  private final NodeType type;
  private final IdIndex ids;
  private final Map<String, Column> columns;
  private final int rows;
  private Map<String, Integer> dangling;
  private List<String> danglingIds;

  CachedNodes(NodeType type, IdIndex ids, Map<String, Column> columns) {
    this.type = type;
    this.ids = ids;
    this.columns = columns;
    this.rows = ids.size();
  }

  int rows() {
    return rows;
  }

  IdIndex ids() {
    return ids;
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
    return handle < rows ? ids.ids().string(handle) : danglingIds.get(handle - rows);
  }

  @Override
  public int intern(String id) {
    int row = ids.find(id);
    if (row >= 0) {
      return row;
    }
    if (dangling == null) {
      dangling = new HashMap<>();
      danglingIds = new ArrayList<>();
    }
    return dangling.computeIfAbsent(id, k -> {
      danglingIds.add(k);
      return rows + danglingIds.size() - 1;
    });
  }

  @Override
  public void resolve(int[] handles, int count) {
    // Everything is in memory already.
  }

  @Override
  public boolean exists(int handle) {
    return handle < rows;
  }

  @Override
  public int find(String id) {
    return ids.find(id);
  }

  @Override
  public void scan(String sql, NodeTest test, HandleSink out) {
    int[] chunk = null;
    for (int start = 0; start < rows; start += Batch.CAPACITY) {
      int length = Math.min(Batch.CAPACITY, rows - start);
      if (chunk == null) {
        chunk = new int[length];
      }
      for (int i = 0; i < length; i++) {
        chunk[i] = start + i;
      }
      int n = test == NodeTest.TRUE ? length : test.select(chunk, length);
      if (n > 0) {
        boolean more = out.accept(chunk, n);
        chunk = null; // handed over
        if (!more) {
          return;
        }
      }
    }
  }
}
