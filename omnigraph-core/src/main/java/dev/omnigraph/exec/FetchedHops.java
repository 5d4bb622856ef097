package dev.omnigraph.exec;

import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.exec.store.TableVersion;
import dev.omnigraph.query.ir.Direction;
import dev.omnigraph.storage.TableScan;
import dev.omnigraph.table.TableSchemas;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.VarCharVector;

/**
 * Hops read from storage, frontier by frontier: the edges whose {@code src} (or {@code dst}) is one
 * of the frontier's ids, in one filtered scan per frontier chunk (the edge tables carry B-tree
 * indexes on both endpoint columns). Node numbers are handles of the endpoint sources.
 */
final class FetchedHops implements Hops {
  private static final int[] NONE = new int[0];
  private static final int LOOKUP_CHUNK = 512;

  private final TableData data;
  private final TableVersion edges;
  private final NodeSource from;
  private final NodeSource to;
  private final String keyColumn;
  private final String otherColumn;
  private final boolean sameType;
  private final Map<Integer, int[]> lists = new HashMap<>();

  /**
   * @param from the source of the nodes walked from (the edge's From type for OUT)
   * @param to   the source of the nodes reached
   */
  FetchedHops(TableData data, TableVersion edges, Direction direction, NodeSource from,
      NodeSource to, boolean sameType) {
    this.data = data;
    this.edges = edges;
    this.from = from;
    this.to = to;
    this.sameType = sameType;
    this.keyColumn = direction == Direction.OUT ? TableSchemas.SRC : TableSchemas.DST;
    this.otherColumn = direction == Direction.OUT ? TableSchemas.DST : TableSchemas.SRC;
  }

  @Override
  public boolean sameType() {
    return sameType;
  }

  @Override
  public void prepare(int[] nodes, int count) {
    Map<String, Integer> wanted = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      if (!lists.containsKey(nodes[i])) {
        wanted.put(from.id(nodes[i]), nodes[i]);
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    Map<Integer, IntList> found = new HashMap<>();
    List<String> ids = new ArrayList<>(wanted.keySet());
    for (int at = 0; at < ids.size(); at += LOOKUP_CHUNK) {
      List<String> chunk = ids.subList(at, Math.min(ids.size(), at + LOOKUP_CHUNK));
      data.scan(edges, List.of(TableSchemas.SRC, TableSchemas.DST),
          TableScan.inList(keyColumn, chunk), root -> {
            VarCharVector key = (VarCharVector) root.getVector(keyColumn);
            VarCharVector other = (VarCharVector) root.getVector(otherColumn);
            for (int r = 0; r < root.getRowCount(); r++) {
              int u = wanted.get(new String(key.get(r), StandardCharsets.UTF_8));
              int v = to.intern(new String(other.get(r), StandardCharsets.UTF_8));
              found.computeIfAbsent(u, k -> new IntList(4)).add(v);
            }
            return true;
          });
    }
    for (int u : wanted.values()) {
      IntList l = found.get(u);
      lists.put(u, l == null ? NONE : l.toArray());
    }
  }

  @Override
  public int degree(int u) {
    return lists.get(u).length;
  }

  @Override
  public int neighbour(int u, int k) {
    return lists.get(u)[k];
  }

  @Override
  public int toHandle(int u) {
    return u;
  }
}
