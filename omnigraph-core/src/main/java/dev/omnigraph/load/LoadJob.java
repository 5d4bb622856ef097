package dev.omnigraph.load;

import dev.omnigraph.LoadError;
import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadResult;
import dev.omnigraph.StorageException;
import dev.omnigraph.embed.EmbeddingProvider;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.write.GraphWrite;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One load (semantics.md §12.3): reads the input once, routing each record to its type; after the
 * input resolves edge endpoints, compares with stored rows, counts {@code @card}; then either
 * throws the first problem (nothing published) or deletes the rows a merge replaces and publishes
 * one commit with operation {@code load}.
 */
final class LoadJob implements RecordSink {
  private final LoadContext ctx;

  private LoadJob(LoadContext ctx) {
    this.ctx = ctx;
  }

  static LoadResult run(Repository repo, String branch, LoadMode mode, String actor,
      EmbeddingProvider embedder, RecordSource source) {
    long started = System.nanoTime();
    try (GraphWrite write = GraphWrite.begin(repo, branch, actor, "load");
        LoadContext ctx = new LoadContext(write, mode, repo.store(), embedder)) {
      LoadJob job = new LoadJob(ctx);
      try {
        source.forEach(job);
      } catch (IOException e) {
        throw StorageException.io("reading load input failed", e);
      }
      return job.finish(started);
    }
  }

  @Override
  public void record(InputRecord r) {
    TableLoad table = r.edge() ? edge(r) : node(r);
    if (table != null) {
      table.accept(r);
    }
  }

  private TableLoad node(InputRecord r) {
    NodeLoad load = ctx.nodes.get(r.type());
    if (load == null) {
      NodeType type = ctx.catalog.node(r.type());
      if (type == null) {
        shapeError(r.line(), "line " + r.line() + ": unknown node type '" + r.type() + "'");
        return null;
      }
      load = new NodeLoad(ctx, type, ctx.nodes.size());
      ctx.nodes.put(r.type(), load);
    }
    return load;
  }

  private TableLoad edge(InputRecord r) {
    EdgeType type = ctx.catalog.findEdge(r.type());
    if (type == null) {
      shapeError(r.line(), "line " + r.line() + ": unknown edge type '" + r.type() + "'");
      return null;
    }
    return ctx.edges.computeIfAbsent(type.name(), n -> new EdgeLoad(ctx, type, ctx.edges.size()));
  }

  @Override
  public void shapeError(long line, String message) {
    ctx.problems.add(new Problems.Key(Problems.PHASE_SHAPE, 0, 0, 0, line, 0),
        new LoadError(line, null, null, message));
  }

  private LoadResult finish(long started) {
    ctx.nodes.values().forEach(TableLoad::finishInput);
    ctx.edges.values().forEach(TableLoad::finishInput);
    RuntimeException staging = null;
    try {
      ctx.stager.await();
    } catch (RuntimeException e) {
      staging = e; // reported unless the input itself is invalid
    }
    ctx.nodes.values().forEach(TableLoad::checkStored);
    for (EdgeLoad e : ctx.edges.values()) {
      e.resolveEndpoints();
      e.checkStored();
      e.checkCardinality();
    }
    if (!ctx.problems.isEmpty()) {
      throw ctx.problems.toException();
    }
    if (staging != null) {
      throw staging;
    }
    Map<String, Long> nodes = new TreeMap<>();
    Map<String, Long> edges = new TreeMap<>();
    Map<String, Long> inserted = new TreeMap<>();
    Map<String, Long> updated = new TreeMap<>();
    for (NodeLoad n : ctx.nodes.values()) {
      n.applyIndexPolicy();
      n.deleteReplaced();
      nodes.put(n.layout.typeName(), n.rows());
      count(n, inserted, updated);
    }
    for (EdgeLoad e : ctx.edges.values()) {
      e.applyIndexPolicy();
      e.deleteReplaced();
      edges.put(e.layout.typeName(), e.rows());
      count(e, inserted, updated);
    }
    Optional<CommitRecord> commit = ctx.write.commit();
    return new LoadResult(ctx.mode, nodes, edges, inserted, updated,
        commit.map(CommitRecord::graphCommitId).orElse(null),
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static void count(TableLoad t, Map<String, Long> inserted, Map<String, Long> updated) {
    inserted.put(t.tableKey, t.inserted());
    updated.put(t.tableKey, (long) t.replaced.size());
  }
}
