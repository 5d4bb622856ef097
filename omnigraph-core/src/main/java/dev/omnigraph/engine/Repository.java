package dev.omnigraph.engine;

import com.github.f4b6a3.ulid.UlidCreator;
import dev.omnigraph.BadRequestException;
import dev.omnigraph.ConflictException;
import dev.omnigraph.NotFoundException;
import dev.omnigraph.OmnigraphOptions;
import dev.omnigraph.ReadTarget;
import dev.omnigraph.Schema;
import dev.omnigraph.history.CommitJournal;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.manifest.HeadRecord;
import dev.omnigraph.manifest.ManifestCodec;
import dev.omnigraph.manifest.ManifestKeys;
import dev.omnigraph.manifest.ManifestState;
import dev.omnigraph.manifest.ManifestStore;
import dev.omnigraph.manifest.Publication;
import dev.omnigraph.manifest.SchemaRecord;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.storage.ConfigDataset;
import dev.omnigraph.storage.LanceErrors;
import dev.omnigraph.storage.LanceStore;
import dev.omnigraph.storage.RepoLocation;
import dev.omnigraph.storage.StorageFailure;
import dev.omnigraph.storage.TextFiles;
import dev.omnigraph.table.TablePaths;
import dev.omnigraph.table.TableSchemas;
import dev.omnigraph.util.ByteOrder;
import dev.omnigraph.util.Failpoints;
import dev.omnigraph.util.Micros;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An open repository: storage, manifest, accepted schema and history, resolved fresh for every
 * operation (DECISIONS 15). The engine behind {@link dev.omnigraph.Omnigraph}; thread-safe.
 */
public final class Repository implements AutoCloseable {
  private final String uri;
  private final LanceStore store;
  private final ManifestStore manifest;
  private final SchemaContract contract;
  private final CommitJournal journal;
  private final BranchLocks branchLocks;

  private Repository(String uri, LanceStore store, ManifestStore manifest, SchemaContract contract,
      OmnigraphOptions options) {
    this.uri = uri;
    this.store = store;
    this.manifest = manifest;
    this.contract = contract;
    this.journal = new CommitJournal(manifest);
    this.branchLocks = new BranchLocks(options.writeQueue());
  }

  /**
   * Creates a repository (engine.md §15.3 and the §15.15 adjustment): schema files, one empty
   * table per type, then the genesis commit through the ordinary fenced publish, whose
   * precondition "no repository yet" makes exactly one of several racing inits win.
   */
  public static Repository init(String uri, String schemaSource, OmnigraphOptions options) {
    Schema schema = Schema.parse(schemaSource); // reject bad schemas before touching storage
    RepoLocation location = RepoLocation.parse(uri);
    TextFiles files = TextFiles.forLocation(location); // an unsupported location fails here
    LanceStore store = new LanceStore(location);
    try {
      if (store.exists(ManifestKeys.PATH) && hasFormat(store)) {
        throw new ConflictException("repository already exists at " + uri);
      }
      SchemaContract contract = new SchemaContract(files);
      contract.write(schema);
      Map<String, TableEntry> tables = createTables(store, schema);
      Failpoints.hit("init.after_tables");
      ConfigDataset.createIfAbsent(store, ManifestKeys.PATH);
      Failpoints.hit("init.before_manifest");
      ManifestStore manifest = ManifestStore.open(store);
      try {
        publishGenesis(uri, manifest, schema, tables);
      } catch (RuntimeException e) {
        manifest.close();
        throw e;
      }
      return new Repository(uri, store, manifest, contract, options);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Opens an existing repository. */
  public static Repository open(String uri, OmnigraphOptions options) {
    RepoLocation location = RepoLocation.parse(uri);
    TextFiles files = TextFiles.forLocation(location); // an unsupported location fails here
    LanceStore store = new LanceStore(location);
    try {
      if (!store.exists(ManifestKeys.PATH)) {
        throw new NotFoundException("repository not found at " + uri);
      }
      ManifestStore manifest = ManifestStore.open(store);
      try {
        ManifestState state = manifest.current();
        checkFormat(uri, store, state);
        Repository repo = new Repository(uri, store, manifest,
            new SchemaContract(files), options);
        repo.schema(state); // fail fast on drift
        return repo;
      } catch (RuntimeException e) {
        manifest.close();
        throw e;
      }
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  private static boolean hasFormat(LanceStore store) {
    try (ManifestStore m = ManifestStore.open(store)) {
      return m.current().format() != null;
    }
  }

  private static void checkFormat(String uri, LanceStore store, ManifestState state) {
    if (state.format() == null) {
      if (store.fieldNames(ManifestKeys.PATH).contains("object_id")) {
        throw new BadRequestException("repository format not supported: created by another"
            + " Omnigraph implementation; export it there and load the export here");
      }
      throw new NotFoundException("repository not found at " + uri
          + " (its initialisation did not complete)");
    }
    if (!ManifestKeys.FORMAT_VERSION.equals(state.format())) {
      throw new BadRequestException("repository format " + state.format() + " at " + uri
          + " is not supported by omnigraph (supported: " + ManifestKeys.FORMAT_VERSION
          + "); upgrade omnigraph to open it");
    }
  }

  private static Map<String, TableEntry> createTables(LanceStore store, Schema schema) {
    Map<String, TableEntry> tables = new TreeMap<>();
    schema.catalog().nodeTypes().values().forEach(n ->
        tables.put(n.tableKey(), createTable(store, n.tableKey(), TableSchemas.node(n))));
    schema.catalog().edgeTypes().values().forEach(e ->
        tables.put(e.tableKey(), createTable(store, e.tableKey(), TableSchemas.edge(e))));
    return tables;
  }

  private static TableEntry createTable(LanceStore store, String key,
      org.apache.arrow.vector.types.pojo.Schema arrow) {
    String path = TablePaths.of(key);
    long version;
    try {
      version = store.createEmpty(path, arrow);
    } catch (StorageFailure e) {
      if (e.kind() != LanceErrors.Kind.ALREADY_EXISTS) {
        throw e;
      }
      version = store.overwriteEmpty(path, arrow); // left by an init that crashed
    }
    return TableEntry.mainLine(UlidCreator.getMonotonicUlid().toString(), path, version, 0);
  }

  private static void publishGenesis(String uri, ManifestStore manifest, Schema schema,
      Map<String, TableEntry> tables) {
    String commitId = UlidCreator.getMonotonicUlid().toString();
    String repoId = UlidCreator.getMonotonicUlid().toString();
    String incarnation = UlidCreator.getMonotonicUlid().toString();
    manifest.publish(state -> {
      if (state.format() != null) {
        throw new ConflictException("repository already exists at " + uri);
      }
      long version = state.version() + 1;
      long now = Micros.now();
      CommitRecord genesis = new CommitRecord(commitId, null, version, null, null, null, null, null,
          now, "init", schema.irHash(), new TreeMap<>(tables));
      HeadRecord main = new HeadRecord(BranchNames.MAIN, incarnation, null, now, genesis);
      Map<String, String> updates = new TreeMap<>();
      updates.put(ManifestKeys.FORMAT, ManifestKeys.FORMAT_VERSION);
      updates.put(ManifestKeys.REPO, repoId);
      updates.put(ManifestKeys.SCHEMA, ManifestCodec.write(new SchemaRecord(schema.irHash(), version)));
      updates.put(ManifestKeys.head(BranchNames.MAIN), ManifestCodec.write(main));
      return new Publication<>(updates, Map.of(ManifestKeys.PROP_OP, "init",
          ManifestKeys.PROP_COMMIT, ManifestCodec.write(genesis)), genesis);
    });
  }

  /** The URI as the user gave it. */
  public String uri() {
    return uri;
  }

  /** The latest manifest state (probed fresh). */
  public ManifestState state() {
    return manifest.current();
  }

  /** The accepted schema, checked for drift against the given state. */
  public Schema schema(ManifestState state) {
    return contract.accepted(state.schema().irHash());
  }

  /** The accepted schema, checked for drift. */
  public Schema schema() {
    return schema(state());
  }

  /** The stored schema source, unvalidated. */
  public String schemaSource() {
    return contract.source();
  }

  /** Resolves a read target to a snapshot (engine.md §2.4). */
  public GraphSnapshot resolve(ReadTarget target) {
    ManifestState state = state();
    Schema schema = schema(state);
    if (target instanceof ReadTarget.Branch b) {
      String name = BranchNames.normalize(b.name());
      return new GraphSnapshot(name, head(state, name).commit(), schema);
    }
    String id = ((ReadTarget.Commit) target).id();
    CommitRecord c = findCommit(state, id);
    return new GraphSnapshot(c.branchName(), c, schema);
  }

  /** The head of a branch in a state, or not found. */
  public static HeadRecord head(ManifestState state, String branch) {
    HeadRecord h = state.head(branch);
    if (h == null || BranchNames.isInternal(branch)) {
      throw new NotFoundException("branch '" + branch + "' not found");
    }
    return h;
  }

  /** Branch names: {@code main} first, then the others in byte order; internal names hidden. */
  public List<String> branches() {
    ManifestState state = state();
    schema(state);
    List<String> out = new ArrayList<>();
    if (state.head(BranchNames.MAIN) != null) {
      out.add(BranchNames.MAIN);
    }
    state.heads().keySet().stream()
        .filter(b -> !b.equals(BranchNames.MAIN) && !BranchNames.isInternal(b))
        .sorted(ByteOrder.COMPARATOR)
        .forEach(out::add);
    return out;
  }

  /**
   * Creates a branch at the head of {@code from} (engine.md §15.6): one small publish adding the
   * head; no table is touched (tables fork lazily on the branch's first write to them).
   */
  public void createBranch(String name, String from) {
    String n = BranchNames.normalize(name);
    String f = BranchNames.normalize(from);
    BranchNames.rejectInternal("branch_create", n);
    BranchNames.rejectInternal("branch_create_from", f);
    if (n.equals(BranchNames.MAIN)) {
      throw new BadRequestException("cannot create branch 'main'");
    }
    String incarnation = UlidCreator.getMonotonicUlid().toString();
    manifest.publish(state -> {
      schema(state);
      if (state.lock() != null && state.lock().heldAt(Micros.now())) {
        throw new ConflictException("branch_create is unavailable while schema apply is in progress");
      }
      HeadRecord source = head(state, f);
      if (state.head(n) != null) {
        throw new ConflictException("branch '" + n + "' already exists");
      }
      HeadRecord created = new HeadRecord(n, incarnation, f, Micros.now(), source.commit());
      return new Publication<Void>(Map.of(ManifestKeys.head(n), ManifestCodec.write(created)),
          Map.of(ManifestKeys.PROP_OP, "branch_create", ManifestKeys.PROP_BRANCH, n), null);
    });
  }

  /** A branch's history, oldest first; the last element is the head. */
  public List<CommitRecord> commits(String branch) {
    ManifestState state = state();
    schema(state);
    String name = BranchNames.normalize(branch);
    return journal.history(head(state, name).commit());
  }

  /** A visible commit by id. */
  public CommitRecord commit(String id) {
    ManifestState state = state();
    schema(state);
    return findCommit(state, id);
  }

  private CommitRecord findCommit(ManifestState state, String id) {
    return journal.find(id, state)
        .orElseThrow(() -> new NotFoundException("commit '" + id + "' not found"));
  }

  public LanceStore store() {
    return store;
  }

  public ManifestStore manifest() {
    return manifest;
  }

  public CommitJournal journal() {
    return journal;
  }

  public BranchLocks branchLocks() {
    return branchLocks;
  }

  @Override
  public void close() {
    manifest.close();
    store.close();
  }
}
