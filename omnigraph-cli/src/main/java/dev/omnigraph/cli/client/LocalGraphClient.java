package dev.omnigraph.cli.client;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.QueryFile;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.Schema;
import dev.omnigraph.cli.output.CommitOutput;
import dev.omnigraph.cli.output.LoadOutput;
import dev.omnigraph.cli.output.ReadOutput;
import dev.omnigraph.cli.output.SnapshotOutput;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;

/** A repository opened in this process through the public engine API. */
final class LocalGraphClient implements GraphClient {
  private final Omnigraph graph;

  private LocalGraphClient(Omnigraph graph) {
    this.graph = graph;
  }

  /** Opens a local or S3 repository. */
  static LocalGraphClient open(String uri) {
    return new LocalGraphClient(Omnigraph.open(uri));
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
    throw EngineGap.missing("load");
  }

  @Override
  public void export(ExportRequest request, OutputStream out) {
    throw EngineGap.missing("export");
  }

  @Override
  public ReadOutput read(ReadRequest request) {
    // Everything the engine offers before execution: selection, binding, type check, target.
    QueryFile.parse(request.querySource())
        .prepareRead(graph.schema().catalog(), request.queryName(), request.params());
    graph.snapshot(request.snapshot() != null ? ReadTarget.commit(request.snapshot())
        : ReadTarget.branch(request.branch()));
    throw EngineGap.missing("query execution");
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
