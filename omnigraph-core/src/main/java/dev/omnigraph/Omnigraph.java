package dev.omnigraph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omnigraph.embed.EmbeddingProvider;
import dev.omnigraph.engine.Errors;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.export.ExportPlan;
import dev.omnigraph.exec.store.GraphCache;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.export.Exporter;
import dev.omnigraph.load.Loader;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.plan.PhysicalPlan;
import dev.omnigraph.plan.PhysicalPlanner;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
  private final TableData tableData;
  private boolean closed;

  private Omnigraph(Repository repo, OmnigraphOptions options) {
    this.repo = repo;
    this.tableData = new TableData(repo.store(), new GraphCache(options.cacheBytes()));
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
    return new Omnigraph(Errors.translate(() -> Repository.init(uri, schemaSource, options)),
        options);
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
    return new Omnigraph(Errors.translate(() -> Repository.open(uri, options)), options);
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

  /**
   * One row of a table by id at a branch head or commit (engine.md §2.4 {@code entity_at_target}),
   * as a compact JSON object of all its columns: {@code id}, for edges {@code src} and
   * {@code dst}, then the properties in name order, every one present ({@code null} when null).
   * Values are encoded as in query results ({@link QueryResult#toJsonRows()}): shortest float
   * digits (float32 as float32), dates as text, vectors as arrays; Blob columns are {@code null}.
   *
   * <pre>{@code
   * g.entity(ReadTarget.branch("main"), "node:Person", "Alice");
   * // Optional[{"id":"Alice","age":30,"name":"Alice"}]
   * }</pre>
   *
   * @param tableKey {@code node:T} or {@code edge:E}
   * @return the row, or empty when the table has no row with this id
   * @throws NotFoundException for an unknown branch or commit, or a table key that names no type
   *     of the schema ({@code table '{k}' not found})
   */
  public Optional<String> entity(ReadTarget target, String tableKey, String id) {
    Objects.requireNonNull(tableKey, "tableKey");
    Objects.requireNonNull(id, "id");
    return Errors.translate(() -> EntityLookup.find(repo.resolve(target), tableData, tableKey, id));
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

  /**
   * Loads a JSONL file (UTF-8, semantics.md §12) into an existing branch as one commit, without an
   * actor. All or nothing: on any error nothing is published.
   *
   * @throws LoadException when the input is invalid (every problem with its line)
   * @throws KeyConflictException when a strict {@link LoadMode#APPEND} meets an existing id
   * @throws ConflictException when a {@code @unique} value is used by a stored row, or another
   *     writer changed a table this load wrote or validated against
   * @throws NotFoundException when the branch does not exist
   * @throws BadRequestException when the file does not exist or is a directory
   */
  public LoadResult load(String branch, Path jsonl, LoadMode mode) {
    if (Files.isDirectory(jsonl)) {
      throw new BadRequestException("load file '" + jsonl + "' is a directory");
    }
    try (Reader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      return load(branch, in, mode, null);
    } catch (NoSuchFileException e) {
      throw new BadRequestException("load file '" + jsonl + "' not found");
    } catch (IOException e) {
      throw StorageException.io("cannot read " + jsonl, e);
    }
  }

  /** Loads JSONL read from a stream (UTF-8); see {@link #load(String, Path, LoadMode)}. */
  public LoadResult load(String branch, InputStream jsonl, LoadMode mode, String actorId) {
    return load(branch, new InputStreamReader(jsonl, StandardCharsets.UTF_8), mode, actorId);
  }

  /**
   * Loads JSONL text; the actor (nullable) is recorded on the commit. See
   * {@link #load(String, Path, LoadMode)}. The reader is consumed, not closed.
   */
  public LoadResult load(String branch, Reader jsonl, LoadMode mode, String actorId) {
    Objects.requireNonNull(mode, "mode");
    return Errors.translate(() -> loader().loadJsonl(branch, jsonl, mode, actorId));
  }

  /**
   * Loads records built in Java, without JSON; record {@code i} (1-based) plays the role of line
   * {@code i} in error messages. The records are read once, in order, and need not fit in memory.
   * See {@link #load(String, Path, LoadMode)}.
   */
  public LoadResult load(String branch, Iterable<? extends LoadRecord> records, LoadMode mode,
      String actorId) {
    Objects.requireNonNull(mode, "mode");
    return Errors.translate(() -> loader().loadRecords(branch, records, mode, actorId));
  }

  /**
   * Writes the NDJSON export (semantics.md §13) of a branch head or commit to {@code out}: tables
   * in table-key order, rows by id, in the format {@code load} reads back. The target and the
   * selection are checked before the first byte is written, so a failure before streaming leaves
   * {@code out} untouched. {@code out} is flushed, not closed.
   *
   * @throws BadRequestException for an unknown type name or table key
   * @throws NotFoundException for an unknown branch or commit
   * @throws IOException when writing to {@code out} fails
   */
  public void export(ReadTarget target, ExportSelection selection, OutputStream out)
      throws IOException {
    ExportPlan plan = Errors.translate(() -> ExportPlan.of(repo.resolve(target), selection));
    try {
      new Exporter(repo.store()).write(plan, out);
    } catch (RuntimeException e) {
      throw Errors.translate(e);
    }
  }

  /**
   * Runs a read query of a {@code .gq} source (languages.md §3) at a branch head or a commit.
   * The request is processed as the reference does (http.md §4.4): parse the whole file, select
   * the query ({@code queryName}; null selects the file's only query), bind the parameters,
   * type-check, then resolve the target and execute on one snapshot. For a query run many times
   * use {@link #prepare}.
   *
   * @param params the request's JSON {@code params}: an object, JSON null, or null for none
   * @throws QueryException PARSE, TYPE or REQUEST with the exact wire text
   * @throws NotFoundException for an unknown branch or commit
   */
  public QueryResult read(ReadTarget target, String querySource, String queryName,
      JsonNode params) {
    long now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
    QueryFile file = QueryFile.parse(querySource);
    return Errors.translate(() -> {
      // http.md §4.4 order: select, bind and type-check, then resolve the target and execute
      Schema schema = repo.schema();
      PreparedQuery q = file.prepareRead(schema.catalog(), queryName, params);
      GraphSnapshot snapshot = repo.resolve(target);
      if (!snapshot.schema().irHash().equals(schema.irHash())) { // a schema apply in between
        q = file.prepareRead(snapshot.schema().catalog(), queryName, params);
      }
      PhysicalPlan plan = PhysicalPlanner.plan(q.read());
      return PreparedRead.execute(plan, PreparedRead.shape(plan), snapshot, q.params(), now,
          tableData);
    });
  }

  /**
   * {@link #read(ReadTarget, String, String, JsonNode)} with parameters as Java values (see
   * {@link PreparedRead#run(ReadTarget, Map)}).
   */
  public QueryResult read(ReadTarget target, String querySource, String queryName,
      Map<String, ?> params) {
    return read(target, querySource, queryName,
        params == null ? null : PreparedRead.toJson(params));
  }

  /**
   * Parses, type-checks and plans a read query once against the current schema.
   *
   * @param queryName the query to select; null selects the file's only query
   * @throws QueryException PARSE, TYPE or REQUEST (selection, a mutation query)
   */
  public PreparedRead prepare(String querySource, String queryName) {
    QueryFile file = QueryFile.parse(querySource);
    return Errors.translate(() -> new PreparedRead(repo, tableData, file, queryName, repo.schema()));
  }

  /** The read engine's cache of this handle (tests). */
  GraphCache readCache() {
    return tableData.cache();
  }

  /** The loader of this handle; {@code @embed} vectors: see {@link EmbeddingProvider#NONE}. */
  private Loader loader() {
    return new Loader(repo, EmbeddingProvider.NONE);
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
