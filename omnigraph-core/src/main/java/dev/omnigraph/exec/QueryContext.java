package dev.omnigraph.exec;

import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.exec.store.Column;
import dev.omnigraph.exec.store.IdIndex;
import dev.omnigraph.exec.store.NullColumn;
import dev.omnigraph.exec.store.PlainStrings;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.exec.store.TableVersion;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.plan.PhysicalPlan;
import dev.omnigraph.query.bind.BoundParams;
import dev.omnigraph.query.ir.Direction;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Everything one query run shares: the snapshot (every table at its pinned version), the bound
 * values, the request clock, and per node type and per edge direction the data source chosen for
 * this run — the in-memory store when the cache budget holds it, else storage reads.
 */
final class QueryContext {
  private static final ThreadLocal<Bfs> BFS = ThreadLocal.withInitial(Bfs::new);

  final GraphSnapshot snapshot;
  final Values values;
  final TableData data;
  final PhysicalPlan plan;
  final Bfs bfs = BFS.get();
  private final Map<String, NodeSource> nodes = new HashMap<>();
  private final Map<String, Hops> hops = new HashMap<>();

  QueryContext(GraphSnapshot snapshot, BoundParams params, long nowMillis, TableData data,
      PhysicalPlan plan) {
    this.snapshot = snapshot;
    this.values = new Values(params, nowMillis);
    this.data = data;
    this.plan = plan;
  }

  Catalog catalog() {
    return snapshot.schema().catalog();
  }

  /** The source of a node type's nodes for this run. */
  NodeSource nodes(NodeType type) {
    NodeSource s = nodes.get(type.name());
    if (s == null) {
      s = openNodes(type);
      nodes.put(type.name(), s);
    }
    return s;
  }

  private NodeSource openNodes(NodeType type) {
    TableEntry entry = snapshot.entry(type.tableKey());
    Map<String, PropType> wanted = new LinkedHashMap<>();
    for (Property p : plan.columns().getOrDefault(type.name(), Set.of())) {
      wanted.put(p.name(), p.type());
    }
    if (entry == null) {
      // a type added to the schema after the commit read: no table, no nodes
      Map<String, Column> none = new LinkedHashMap<>();
      wanted.keySet().forEach(k -> none.put(k, new NullColumn(0)));
      return new CachedNodes(type, IdIndex.of(new PlainStrings.Builder(0).build()), none);
    }
    TableVersion table = TableVersion.of(entry);
    if (data.cache().admits(data.missingBytes(table, entry.rows(), wanted))) {
      IdIndex ids = data.ids(table, entry.rows());
      return new CachedNodes(type, ids, data.columns(table, entry.rows(), wanted));
    }
    return new FetchedNodes(data, table, type, wanted);
  }

  /** The adjacency of an edge type walked in a direction, for this run. */
  Hops hops(EdgeType edge, Direction direction) {
    String key = edge.name() + (direction == Direction.OUT ? ">" : "<");
    Hops h = hops.get(key);
    if (h == null) {
      h = openHops(edge, direction);
      hops.put(key, h);
    }
    return h;
  }

  private Hops openHops(EdgeType edge, Direction direction) {
    NodeType fromType = catalog().node(edge.fromType());
    NodeType toType = catalog().node(edge.toType());
    NodeSource from = nodes(fromType);
    NodeSource to = nodes(toType);
    boolean sameType = fromType.name().equals(toType.name());
    TableEntry edgeEntry = snapshot.entry(edge.tableKey());
    if (edgeEntry == null || snapshot.entry(fromType.tableKey()) == null
        || snapshot.entry(toType.tableKey()) == null) {
      // a type added to the schema after the commit read: no edges, or only dangling ones
      return new NoHops(sameType);
    }
    TableVersion edges = TableVersion.of(edgeEntry);
    if (from instanceof CachedNodes f && to instanceof CachedNodes t) {
      TableVersion fromTable = TableVersion.of(snapshot.entry(fromType.tableKey()));
      TableVersion toTable = TableVersion.of(snapshot.entry(toType.tableKey()));
      long bytes = data.missingAdjacencyBytes(edges, fromTable, toTable, edgeEntry.rows(),
          (long) f.rows() + t.rows());
      if (data.cache().admits(bytes)) {
        return new CsrHops(data.adjacency(edges, edgeEntry.rows(), fromTable, f.ids(), toTable,
            t.ids(), sameType), direction);
      }
    }
    return direction == Direction.OUT
        ? new FetchedHops(data, edges, direction, from, to, sameType)
        : new FetchedHops(data, edges, direction, to, from, sameType);
  }
}
