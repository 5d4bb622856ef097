package dev.omnigraph.storage;

import com.github.f4b6a3.ulid.UlidCreator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.Dataset;
import org.lance.ReadOptions;
import org.lance.Ref;
import org.lance.Session;
import org.lance.WriteParams;

/**
 * The repository's Lance datasets, addressed by path (relative to the root), lineage (a Lance
 * branch; null = the main line) and version. Owns the process-side resources every handle shares:
 * one Arrow allocator and one Lance {@link Session} (caches sized explicitly, lance/NOTES.md §20).
 *
 * <p>Thread-safe. Handles returned by {@code open*} belong to the caller, who closes them.
 */
public final class LanceStore implements AutoCloseable {
  /** Lance index cache per repository handle (the default would be 6 GiB). */
  private static final long INDEX_CACHE_BYTES = 512L << 20;
  private static final long METADATA_CACHE_BYTES = 256L << 20;

  private final RepoLocation location;
  private final BufferAllocator allocator;
  private final Session session;

  public LanceStore(RepoLocation location) {
    this.location = location;
    this.allocator = new RootAllocator();
    this.session = Session.builder().indexCacheSizeBytes(INDEX_CACHE_BYTES)
        .metadataCacheSizeBytes(METADATA_CACHE_BYTES).build();
  }

  public RepoLocation location() {
    return location;
  }

  public BufferAllocator allocator() {
    return allocator;
  }

  /** The dataset URI of a path on a lineage ({@code {root}/{path}/tree/{lineage}}). */
  public String uri(String path, String lineage) {
    String base = location.resolve(path);
    return lineage == null ? base : base + "/tree/" + lineage;
  }

  /** Whether a dataset exists at the path (main line). */
  public boolean exists(String path) {
    if (location.local()) {
      return Files.isDirectory(Path.of(location.resolve(path), "_versions"));
    }
    try (Dataset d = openLatest(path, null)) {
      return true;
    } catch (Exception e) {
      if (LanceErrors.classify(e) == LanceErrors.Kind.NOT_FOUND) {
        return false;
      }
      throw StorageFailure.wrap("open " + path, e);
    }
  }

  /**
   * Creates an empty dataset with stable row ids; returns its version (1).
   *
   * @throws StorageFailure with kind {@code ALREADY_EXISTS} when a dataset is already there
   */
  public long createEmpty(String path, Schema schema) {
    try (Dataset d = Dataset.write().allocator(allocator).schema(schema).uri(location.resolve(path))
        .mode(WriteParams.WriteMode.CREATE).enableStableRowIds(true)
        .storageOptions(location.storageOptions()).session(session).execute()) {
      return d.version();
    } catch (Exception e) {
      throw StorageFailure.wrap("create " + path, e);
    }
  }

  /** Replaces whatever is at the path with an empty dataset of this schema; returns the new version. */
  public long overwriteEmpty(String path, Schema schema) {
    try (Dataset d = Dataset.write().allocator(allocator).schema(schema).uri(location.resolve(path))
        .mode(WriteParams.WriteMode.OVERWRITE).enableStableRowIds(true)
        .storageOptions(location.storageOptions()).session(session).execute()) {
      return d.version();
    } catch (Exception e) {
      throw StorageFailure.wrap("overwrite " + path, e);
    }
  }

  /** Opens the newest version of a lineage. */
  public Dataset openLatest(String path, String lineage) {
    try {
      return Dataset.open().allocator(allocator).uri(uri(path, lineage)).session(session)
          .readOptions(new ReadOptions.Builder().setStorageOptions(location.storageOptions()).build())
          .build();
    } catch (Exception e) {
      throw StorageFailure.wrap("open " + uri(path, lineage), e);
    }
  }

  /** Opens one version of a lineage. */
  public Dataset openAt(String path, String lineage, long version) {
    try {
      return Dataset.open().allocator(allocator).uri(uri(path, lineage)).session(session)
          .readOptions(new ReadOptions.Builder().setVersion(version)
              .setStorageOptions(location.storageOptions()).build())
          .build();
    } catch (Exception e) {
      throw StorageFailure.wrap("open " + uri(path, lineage) + " at version " + version, e);
    }
  }

  /** The newest version of a lineage (one listing). */
  public long latestVersion(String path, String lineage) {
    try (Dataset d = openLatest(path, lineage)) {
      return d.version();
    }
  }

  /**
   * Forks a new lineage from {@code (fromLineage, version)} — copy-on-write, no data copied — and
   * returns its name ({@code f} + a fresh ULID, never a graph branch name: engine.md §4.6).
   */
  public String fork(String path, String fromLineage, long version) {
    String name = "f" + UlidCreator.getMonotonicUlid().toString();
    // createBranch must be called on a handle of the source lineage: given a handle of another
    // lineage, Lance silently forks that one (lance/NOTES.md, engine design check 4).
    try (Dataset src = openLatest(path, fromLineage)) {
      Ref ref = fromLineage == null ? Ref.ofMain(version) : Ref.ofBranch(fromLineage, version);
      Dataset created = location.storageOptions().isEmpty()
          ? src.createBranch(name, ref)
          : src.createBranch(name, ref, location.storageOptions());
      created.close(); // its allocator is null: reopen through checkout/open when needed
      return name;
    } catch (Exception e) {
      throw StorageFailure.wrap("fork " + path + " at " + (fromLineage == null ? "main" : fromLineage)
          + "@" + version, e);
    }
  }

  /** Deletes a lineage (Lance branch) of a dataset. */
  public void deleteLineage(String path, String lineage) {
    try (Dataset d = openLatest(path, null)) {
      d.branches().delete(lineage);
    } catch (Exception e) {
      throw StorageFailure.wrap("delete lineage " + lineage + " of " + path, e);
    }
  }

  /** The config map of a dataset version. */
  public Map<String, String> config(String path, long version) {
    try (Dataset d = openAt(path, null, version)) {
      return d.getConfig();
    }
  }

  /** The transaction properties recorded with a version, if any. */
  public Optional<Map<String, String>> transactionProperties(String path, long version) {
    try (Dataset d = openAt(path, null, version)) {
      return d.readTransaction().flatMap(t -> {
        try (t) {
          return t.transactionProperties();
        }
      });
    } catch (Exception e) {
      throw StorageFailure.wrap("read transaction of " + path + "@" + version, e);
    }
  }

  /**
   * Whether {@code version} of a lineage was committed by a {@code restore} of {@code restored}
   * (its content is exactly that older version's).
   */
  public boolean isRestoreOf(String path, String lineage, long version, long restored) {
    try (Dataset d = openAt(path, lineage, version)) {
      return d.readTransaction().map(t -> {
        try (t) {
          return t.operation() instanceof org.lance.operation.Restore r && r.version() == restored;
        }
      }).orElse(false);
    } catch (Exception e) {
      throw StorageFailure.wrap("read transaction of " + path + "@" + version, e);
    }
  }

  /** Field names of the newest version's schema (used to recognise foreign repository formats). */
  public List<String> fieldNames(String path) {
    try (Dataset d = openLatest(path, null)) {
      return d.getSchema().getFields().stream().map(f -> f.getName()).toList();
    }
  }

  /** A writer that extends a lineage version by version from {@code baseVersion}. */
  public ChainWriter chain(String path, String lineage, long baseVersion) {
    return new ChainWriter(this, path, lineage, baseVersion);
  }

  Session session() {
    return session;
  }

  @Override
  public void close() {
    session.close();
    allocator.close();
  }
}
