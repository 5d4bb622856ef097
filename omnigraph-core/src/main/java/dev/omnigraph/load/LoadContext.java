package dev.omnigraph.load;

import dev.omnigraph.LoadMode;
import dev.omnigraph.embed.EmbeddingProvider;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.storage.LanceStore;
import dev.omnigraph.write.GraphWrite;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every table of one load shares: the write, the mode, the problems, the per-type state. */
final class LoadContext implements AutoCloseable {
  final GraphWrite write;
  final Catalog catalog;
  final LoadMode mode;
  final LanceStore store;
  final EmbeddingProvider embedder;
  final Problems problems = new Problems();
  final Stager stager = new Stager();
  /** Node types in order of first appearance in the input. */
  final Map<String, NodeLoad> nodes = new LinkedHashMap<>();
  /** Edge types in order of first appearance in the input. */
  final Map<String, EdgeLoad> edges = new LinkedHashMap<>();

  LoadContext(GraphWrite write, LoadMode mode, LanceStore store, EmbeddingProvider embedder) {
    this.write = write;
    this.catalog = write.catalog();
    this.mode = mode;
    this.store = store;
    this.embedder = embedder;
  }

  /** The state of a node type if the input has rows of it, else null. */
  NodeLoad node(String type) {
    return nodes.get(type);
  }

  @Override
  public void close() {
    stager.close();
    nodes.values().forEach(TableLoad::close);
    edges.values().forEach(TableLoad::close);
  }
}
