package dev.omnigraph.cli.client;

import dev.omnigraph.Omnigraph;
import dev.omnigraph.Schema;
import dev.omnigraph.cli.CliException;
import dev.omnigraph.cli.output.CommitOutput;
import dev.omnigraph.cli.output.LoadOutput;
import dev.omnigraph.cli.output.ReadOutput;
import dev.omnigraph.cli.output.SnapshotOutput;
import java.io.OutputStream;
import java.io.Reader;
import java.util.List;

/**
 * What the commands ask of a repository, in the wire shapes they print. The local implementation
 * calls the embedded engine; a remote one (cli.md §2.4) answers the same calls over HTTP.
 */
public interface GraphClient extends AutoCloseable {
  /** The head snapshot of {@code branch}. */
  SnapshotOutput snapshot(String branch);

  /** A branch's commits oldest first; {@code branch} null = {@code main}'s history. */
  List<CommitOutput> commits(String branch);

  /** One commit by id ({@code commit '{id}' not found} when unknown). */
  CommitOutput commit(String id);

  /**
   * Loads JSONL into an existing branch as one commit (local repositories only).
   *
   * @param mode {@code overwrite}, {@code append} or {@code merge}
   */
  LoadOutput load(String branch, Reader jsonl, String mode);

  /** Writes the NDJSON export to {@code out}; nothing is written when the request is invalid. */
  void export(ExportRequest request, OutputStream out);

  /** Runs one read query (http.md §4.4). */
  ReadOutput read(ReadRequest request);

  /** The repository's accepted schema. */
  Schema schema();

  @Override
  void close();

  /** Whether {@code uri} names a server ({@code http://} or {@code https://}). */
  static boolean isRemote(String uri) {
    return uri.startsWith("http://") || uri.startsWith("https://");
  }

  /**
   * Opens the repository at {@code uri}.
   *
   * @param engineUri the same location for the engine (relative paths resolved by the caller)
   */
  static GraphClient connect(String uri, String engineUri) {
    if (isRemote(uri)) {
      throw new CliException("remote repositories (" + uri
          + ") are not supported by this build of omnigraph");
    }
    return LocalGraphClient.open(uri, engineUri);
  }

  /**
   * A client over a repository this process has already opened; closing the client closes it.
   *
   * @param uri the repository as the user knows it (reported in outputs)
   */
  static GraphClient local(String uri, Omnigraph graph) {
    return LocalGraphClient.of(uri, graph);
  }
}
