package dev.omnigraph.write;

import com.github.f4b6a3.ulid.UlidCreator;
import dev.omnigraph.ConflictException;
import dev.omnigraph.ManifestConflictException;
import dev.omnigraph.NotFoundException;
import dev.omnigraph.Schema;
import dev.omnigraph.StorageException;
import dev.omnigraph.engine.BranchLocks;
import dev.omnigraph.engine.BranchNames;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.manifest.HeadRecord;
import dev.omnigraph.manifest.ManifestCodec;
import dev.omnigraph.manifest.ManifestKeys;
import dev.omnigraph.manifest.ManifestState;
import dev.omnigraph.manifest.Publication;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.storage.ChainBrokenException;
import dev.omnigraph.storage.ChainWriter;
import dev.omnigraph.storage.LanceStore;
import dev.omnigraph.util.Failpoints;
import dev.omnigraph.util.Micros;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One write operation on one branch (a load, a mutation, ...): it reads the branch head fresh,
 * writes each touched table on the right lineage (engine.md §15.5), and publishes everything as
 * one commit with the manifest fence — or nothing at all.
 *
 * <p>Lineage choice per table: {@code main} writes the main line; another branch writes the
 * lineage it owns, or forks one (copy-on-write) on its first write. A lineage whose head is ahead
 * of the manifest holds orphan versions of a writer that failed before publishing; it is
 * repaired (main: restore; forks: a fresh fork) so that failed writes never block later ones.
 *
 * <pre>{@code
 * try (GraphWrite w = GraphWrite.begin(repo, "main", actor, "load")) {
 *   w.table("node:Person").stage(rows);
 *   Optional<CommitRecord> c = w.commit();
 * }
 * }</pre>
 */
public final class GraphWrite implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(GraphWrite.class);

  private final Repository repo;
  private final String branch;
  private final String actor;
  private final String operation;
  private final BranchLocks.Held turn;
  private final HeadRecord head;
  private final Schema schema;
  private final Map<String, TableWrite> tables = new TreeMap<>();
  private final Set<String> consulted = new TreeSet<>();
  private boolean done;

  private GraphWrite(Repository repo, String branch, String actor, String operation,
      BranchLocks.Held turn, HeadRecord head, Schema schema) {
    this.repo = repo;
    this.branch = branch;
    this.actor = actor;
    this.operation = operation;
    this.turn = turn;
    this.head = head;
    this.schema = schema;
  }

  /** Starts a write on an existing branch (waits for the branch's turn in this process). */
  public static GraphWrite begin(Repository repo, String branch, String actor, String operation) {
    String name = BranchNames.normalize(branch);
    BranchLocks.Held turn = repo.branchLocks().acquire(name);
    try {
      ManifestState state = repo.state();
      checkNoSchemaApply(state);
      Schema schema = repo.schema(state);
      HeadRecord head = Repository.head(state, name);
      return new GraphWrite(repo, name, actor, operation, turn, head, schema);
    } catch (RuntimeException e) {
      turn.close();
      throw e;
    }
  }

  private static void checkNoSchemaApply(ManifestState state) {
    if (state.lock() != null && state.lock().heldAt(Micros.now())) {
      throw new ConflictException("write is unavailable while schema apply is in progress");
    }
  }

  public String branch() {
    return branch;
  }

  public Catalog catalog() {
    return schema.catalog();
  }

  public Schema schema() {
    return schema;
  }

  /** The head commit this operation is based on. */
  public CommitRecord base() {
    return head.commit();
  }

  /** A table's state in the base snapshot. */
  public TableEntry baseEntry(String tableKey) {
    TableEntry e = head.commit().table(tableKey);
    if (e == null) {
      throw new NotFoundException("table '" + tableKey + "' not found");
    }
    return e;
  }

  /**
   * Records that the operation validated against a table it does not write (edge endpoints,
   * uniqueness probes): if another writer changes it before the publish, this one fails.
   */
  public void consulted(String tableKey) {
    baseEntry(tableKey);
    consulted.add(tableKey);
  }

  /** The write handle of a table, opened (forked or repaired if needed) on first use. */
  public TableWrite table(String tableKey) {
    TableWrite t = tables.get(tableKey);
    if (t == null) {
      t = open(tableKey);
      tables.put(tableKey, t);
    }
    return t;
  }

  private TableWrite open(String tableKey) {
    TableEntry entry = baseEntry(tableKey);
    Lineage l = openLineage(tableKey, entry);
    if (!Objects.equals(l.target().lineage(), entry.lineage())) {
      Failpoints.hit("write.after_fork");
    }
    TableWrite.Reopener reopener = l.target().lineage() == null
        ? () -> openLineage(tableKey, entry).chain()
        : () -> null; // staged files of a fork cannot move to a fresh fork
    return new TableWrite(tableKey, entry, l.target(), l.chain(), indexedColumns(tableKey),
        reopener);
  }

  /** Where a table's writes go: the entry to publish and a chain positioned on its base. */
  private record Lineage(TableEntry target, ChainWriter chain) {}

  /** How many times a repair is retried when other writers repair the same lineage. */
  private static final int REPAIR_ATTEMPTS = 4;

  private Lineage openLineage(String tableKey, TableEntry entry) {
    for (int attempt = 1; ; attempt++) {
      try {
        return chooseLineage(tableKey, entry);
      } catch (ChainBrokenException e) {
        if (attempt >= REPAIR_ATTEMPTS) {
          throw new ManifestConflictException(tableKey, entry.version(), e.foundVersion());
        }
        Backoff.pause(attempt);
      }
    }
  }

  private Lineage chooseLineage(String tableKey, TableEntry entry) {
    LanceStore store = repo.store();
    boolean owned = entry.lineage() == null
        ? BranchNames.MAIN.equals(branch)
        : Objects.equals(entry.ownerIncarnation(), head.incarnation());
    if (!owned) {
      TableEntry fork = forkOf(entry, store);
      return new Lineage(fork, store.chain(entry.path(), fork.lineage(), entry.version()));
    }
    long latest = store.latestVersion(entry.path(), entry.lineage());
    if (latest == entry.version()) {
      return new Lineage(entry, store.chain(entry.path(), entry.lineage(), entry.version()));
    }
    if (latest < entry.version()) {
      throw new StorageException("table " + tableKey + " lost data: its lineage is at version "
          + latest + " but the manifest references version " + entry.version());
    }
    requireUnmoved(tableKey, entry);
    if (entry.lineage() != null) {
      LOG.warn("repairing {}: lineage {} at v{} is ahead of the manifest's v{}; forking afresh",
          tableKey, entry.lineage(), latest, entry.version());
      TableEntry fork = forkOf(entry, store);
      return new Lineage(fork, store.chain(entry.path(), fork.lineage(), entry.version()));
    }
    if (store.isRestoreOf(entry.path(), null, latest, entry.version())) {
      // a concurrent writer already repaired it: build on its restore instead of restoring again
      return new Lineage(entry, store.chain(entry.path(), null, latest));
    }
    LOG.warn("repairing {}: main line at v{} is ahead of the manifest's v{} (orphan versions of a"
        + " failed writer); restoring v{}", tableKey, latest, entry.version(), entry.version());
    ChainWriter chain = store.chain(entry.path(), null, entry.version());
    try {
      chain.restoreBase(latest);
      return new Lineage(entry, chain);
    } catch (RuntimeException e) {
      chain.close();
      throw e;
    }
  }

  private TableEntry forkOf(TableEntry entry, LanceStore store) {
    String lineage = store.fork(entry.path(), entry.lineage(), entry.version());
    return new TableEntry(entry.tableId(), entry.path(), entry.version(), lineage, branch,
        head.incarnation(), new TableEntry.ForkPoint(entry.lineage(), entry.version()),
        entry.rows());
  }

  /** The head must still reference the entry; else someone published meanwhile: we lost. */
  private void requireUnmoved(String tableKey, TableEntry entry) {
    HeadRecord now = repo.state().head(branch);
    TableEntry cur = now == null ? null : now.commit().table(tableKey);
    if (!entry.sameState(cur)) {
      throw new ManifestConflictException(tableKey, entry.version(), cur == null ? 0 : cur.version());
    }
  }

  private static List<String> indexedColumns(String tableKey) {
    return tableKey.startsWith("edge:") ? List.of("id", "src", "dst") : List.of("id");
  }

  /**
   * Finishes every table write and publishes one commit. Returns empty when the operation
   * changed nothing (no commit is written then).
   *
   * @throws ManifestConflictException when a table this operation wrote or consulted was changed
   *     by another writer since the operation began; nothing of this operation is visible then
   */
  public Optional<CommitRecord> commit() {
    if (done) {
      throw new IllegalStateException("write already committed");
    }
    done = true;
    Map<String, TableEntry> updates = new TreeMap<>();
    int written = 0;
    for (TableWrite t : tables.values()) {
      if (!t.changed()) {
        continue;
      }
      updates.put(t.tableKey(), t.finish());
      Failpoints.hit("write.after_table_write");
      written++;
    }
    if (written == 0) {
      return Optional.empty();
    }
    Failpoints.hit("write.before_publish");
    Set<String> expected = new TreeSet<>(consulted);
    expected.addAll(updates.keySet());
    String commitId = UlidCreator.getMonotonicUlid().toString();
    CommitRecord published = repo.manifest().publish(state -> {
      checkNoSchemaApply(state);
      HeadRecord now = Repository.head(state, branch);
      if (!now.incarnation().equals(head.incarnation())) {
        throw new ConflictException("branch '" + branch
            + "' was deleted or re-created during the operation; retry");
      }
      for (String key : expected) {
        TableEntry was = baseEntry(key);
        TableEntry cur = now.commit().table(key);
        if (!was.sameState(cur)) {
          throw new ManifestConflictException(key, was.version(), cur == null ? 0 : cur.version());
        }
      }
      Map<String, TableEntry> tablesNow = new TreeMap<>(now.commit().tables());
      tablesNow.putAll(updates);
      CommitRecord parent = now.commit();
      CommitRecord c = new CommitRecord(commitId, BranchNames.manifestBranch(branch),
          state.version() + 1, parent.graphCommitId(), parent.manifestVersion(), null, null, actor,
          Micros.now(), operation, schema.irHash(), new TreeMap<>(tablesNow));
      return new Publication<>(
          Map.of(ManifestKeys.head(branch), ManifestCodec.write(now.withCommit(c))),
          Map.of(ManifestKeys.PROP_OP, "commit", ManifestKeys.PROP_COMMIT, ManifestCodec.write(c)),
          c);
    });
    repo.journal().add(published);
    return Optional.of(published);
  }

  /** Releases the table writers and the branch's turn; unpublished writes stay invisible. */
  @Override
  public void close() {
    try {
      for (TableWrite t : tables.values()) {
        t.close();
      }
    } finally {
      turn.close();
    }
  }
}
