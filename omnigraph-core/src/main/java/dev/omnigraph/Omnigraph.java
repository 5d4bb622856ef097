package dev.omnigraph;

import dev.omnigraph.engine.Errors;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.manifest.TableEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * An open graph repository: a typed property graph stored as Lance datasets, with branches and
 * commits. Thread-safe; every call resolves its target fresh (no stale cached head), so one handle
 * can serve a whole application. Close it to release native resources.
 *
 * <pre>{@code
 * try (Omnigraph g = Omnigraph.init("./people.omni", "node Person { name: String @key }")) {
 *   Snapshot s = g.snapshot("main");
 *   System.out.println(s.manifestVersion() + " " + s.tables());
 * }
 * }</pre>
 */
public final class Omnigraph implements AutoCloseable {
  private static final String VERSION = loadVersion();

  private final Repository repo;
  private boolean closed;

  private Omnigraph(Repository repo) {
    this.repo = repo;
  }

  /**
   * Creates a repository at {@code uri} (a local path, created with parents if missing) from
   * schema source text, and opens it.
   *
   * @throws SchemaException when the schema is rejected (nothing is written)
   * @throws ConflictException when a repository already exists there
   */
  public static Omnigraph init(String uri, String schemaSource) {
    return init(uri, schemaSource, OmnigraphOptions.defaults());
  }

  /** {@link #init(String, String)} with options. */
  public static Omnigraph init(String uri, String schemaSource, OmnigraphOptions options) {
    Objects.requireNonNull(schemaSource, "schemaSource");
    return new Omnigraph(Errors.translate(() -> Repository.init(uri, schemaSource, options)));
  }

  /**
   * Opens an existing repository.
   *
   * @throws NotFoundException when there is no repository at {@code uri}
   */
  public static Omnigraph open(String uri) {
    return open(uri, OmnigraphOptions.defaults());
  }

  /** {@link #open(String)} with options. */
  public static Omnigraph open(String uri, OmnigraphOptions options) {
    return new Omnigraph(Errors.translate(() -> Repository.open(uri, options)));
  }

  /** The library version, e.g. {@code 0.1.0}. */
  public static String version() {
    return VERSION;
  }

  /** The URI this handle was opened with. */
  public String uri() {
    return repo.uri();
  }

  /** The accepted schema (checked against the repository's schema files for drift). */
  public Schema schema() {
    return Errors.translate(repo::schema);
  }

  /** The schema source text as stored in the repository. */
  public String schemaSource() {
    return Errors.translate(repo::schemaSource);
  }

  /** The head snapshot of a branch. */
  public Snapshot snapshot(String branch) {
    return snapshot(ReadTarget.branch(branch));
  }

  /** The snapshot of a read target: a branch head or a commit. */
  public Snapshot snapshot(ReadTarget target) {
    return Errors.translate(() -> toSnapshot(repo.resolve(target)));
  }

  /** Branch names: {@code main} first, then the others in byte order. */
  public List<String> branches() {
    return Errors.translate(repo::branches);
  }

  /**
   * Creates branch {@code name} at the current head of {@code from}. Constant time: tables are
   * shared with the source until the branch first writes them.
   *
   * @throws ConflictException when the branch exists
   * @throws NotFoundException when {@code from} does not exist
   */
  public void createBranch(String name, String from) {
    Errors.translate(() -> {
      repo.createBranch(name, from);
      return null;
    });
  }

  /** A branch's commits, oldest first; the last one is the head. */
  public List<Commit> commits(String branch) {
    return Errors.translate(() -> repo.commits(branch).stream().map(Omnigraph::toCommit).toList());
  }

  /**
   * A commit by id, searched in {@code main}'s history first, then every branch's.
   *
   * @throws NotFoundException when no live branch's history contains it
   */
  public Commit commit(String graphCommitId) {
    return Errors.translate(() -> toCommit(repo.commit(graphCommitId)));
  }

  /** The engine behind this handle, for the other public facades of this module. */
  Repository repository() {
    return repo;
  }

  static Commit toCommit(CommitRecord c) {
    return new Commit(c.graphCommitId(), c.manifestBranch(), c.manifestVersion(),
        c.parentCommitId(), c.mergedParentCommitId(), c.actorId(), c.createdAt());
  }

  private static Snapshot toSnapshot(GraphSnapshot s) {
    List<TableState> tables = s.commit().tables().entrySet().stream()
        .map(e -> toTableState(e.getKey(), e.getValue())).toList();
    return new Snapshot(s.branch(), toCommit(s.commit()), s.commit().manifestVersion(), tables);
  }

  private static TableState toTableState(String key, TableEntry e) {
    return new TableState(key, e.path(), e.version(), e.owner(), e.rows());
  }

  private static String loadVersion() {
    try (InputStream in = Omnigraph.class.getResourceAsStream("version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Releases storage handles and native memory. Idempotent. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      repo.close();
    }
  }
}
