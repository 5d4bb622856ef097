package dev.omnigraph.cli.client;

import dev.omnigraph.ExportSelection;
import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadResult;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.QueryFile;
import dev.omnigraph.QueryResult;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.Schema;
import dev.omnigraph.cli.CliException;
import dev.omnigraph.cli.IoErrors;
import dev.omnigraph.cli.json.JsonText;
import dev.omnigraph.cli.output.CommitOutput;
import dev.omnigraph.cli.output.LoadOutput;
import dev.omnigraph.cli.output.ReadOutput;
import dev.omnigraph.cli.output.SnapshotOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;

/** A repository opened in this process through the public engine API. */
final class LocalGraphClient implements GraphClient {
  private final String uri;
  private final Omnigraph graph;

  private LocalGraphClient(String uri, Omnigraph graph) {
    this.uri = uri;
    this.graph = graph;
  }

  /**
   * Opens a local or S3 repository.
   *
   * @param uri       the repository as the user gave it (reported in outputs)
   * @param engineUri the same location for the engine
   */
  static LocalGraphClient open(String uri, String engineUri) {
    return new LocalGraphClient(uri, Omnigraph.open(engineUri));
  }

  /** A client over an open repository. */
  static LocalGraphClient of(String uri, Omnigraph graph) {
    return new LocalGraphClient(uri, graph);
  }

  @Override
  public SnapshotOutput snapshot(String branch) {
    return SnapshotOutput.of(branch, graph.snapshot(branch));
  }

  @Override
  public List<CommitOutput> commits(String branch) {
    return graph.commits(branch == null ? "main" : branch).stream().map(CommitOutput::of).toList();
  }

  @Override
  public CommitOutput commit(String id) {
    return CommitOutput.of(graph.commit(id));
  }

  @Override
  public LoadOutput load(String branch, Reader jsonl, String mode) {
    LoadResult r = graph.load(branch, jsonl, LoadMode.fromWireName(mode), null);
    return new LoadOutput(uri, branch, r.mode().wireName(), r.totalNodes(), r.totalEdges(),
        r.nodesLoaded().size(), r.edgesLoaded().size(), r.commitId());
  }

  @Override
  public void export(ExportRequest request, OutputStream out) {
    try {
      graph.export(target(request.branch(), request.snapshot()),
          new ExportSelection(request.typeNames(), request.tableKeys()), out);
    } catch (IOException e) {
      throw new CliException(IoErrors.describe(e));
    }
  }

  @Override
  public ReadOutput read(ReadRequest request) {
    QueryResult result = graph.read(target(request.branch(), request.snapshot()),
        request.querySource(), request.queryName(), request.params());
    // The engine ran the selected query: without a name, the file holds exactly one.
    String name = request.queryName() != null ? request.queryName()
        : QueryFile.parse(request.querySource()).queryNames().get(0);
    // Rows exactly as the engine encodes them (semantics.md §5.3); numbers keep their text.
    @SuppressWarnings("unchecked")
    List<Object> rows = (List<Object>) JsonText.parse(result.toJsonRows());
    return new ReadOutput(name, request.branch(), request.snapshot(), result.rowCount(),
        result.columnNames(), rows);
  }

  private static ReadTarget target(String branch, String snapshot) {
    return snapshot != null ? ReadTarget.commit(snapshot) : ReadTarget.branch(branch);
  }

  @Override
  public Schema schema() {
    return graph.schema();
  }

  @Override
  public void close() {
    graph.close();
  }
}
