package dev.omnigraph.manifest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.f4b6a3.ulid.UlidCreator;
import dev.omnigraph.CommitStateUnknownException;
import dev.omnigraph.ConflictException;
import dev.omnigraph.storage.ConfigDataset;
import dev.omnigraph.util.Failpoints;
import dev.omnigraph.storage.FenceLostException;
import dev.omnigraph.storage.LanceStore;
import dev.omnigraph.storage.StorageFailure;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The graph manifest: reads branch heads at the latest or any version, and publishes changes with
 * the compare-and-set fence of engine.md §15.4 (Iceberg's {@code TableOperations} shape:
 * {@link #current()}, {@link #at(long)}, {@link #publish(PublishStep)}).
 *
 * <p>Every publish upserts {@link ManifestKeys#SEQ}; Lance rejects an {@code UpdateConfig} whose
 * read version is older than another upsert of that key, so of N racing publishers exactly one
 * lands each round and the losers re-validate against the new state. Thread-safe.
 */
public final class ManifestStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ManifestStore.class);
  public static final int PUBLISH_RETRIES = 5;

  private final ConfigDataset dataset;
  private final ReentrantLock publishLock = new ReentrantLock();
  private final Cache<Long, ManifestState> states = Caffeine.newBuilder().maximumSize(64).build();
  private final Cache<Long, Optional<CommitRecord>> commits =
      Caffeine.newBuilder().maximumSize(10_000).build();
  private volatile ManifestState latest;

  private ManifestStore(ConfigDataset dataset) {
    this.dataset = dataset;
  }

  /** Opens the manifest of an existing repository. */
  public static ManifestStore open(LanceStore store) {
    return new ManifestStore(ConfigDataset.open(store, ManifestKeys.PATH));
  }

  /** The newest version number (a cheap probe). */
  public long latestVersion() {
    return dataset.latestVersion();
  }

  /**
   * The state at the newest version. Probes the version (~0.1 ms locally) and decodes the config
   * only when it moved, so every caller sees the latest published heads.
   */
  public ManifestState current() {
    long v = dataset.latestVersion();
    ManifestState s = latest;
    if (s != null && s.version() == v) {
      return s;
    }
    s = at(v);
    latest = s;
    return s;
  }

  /** The state as of a version (immutable, cached). */
  public ManifestState at(long version) {
    return states.get(version, v -> decode(v, dataset.config(v)));
  }

  /** The raw config of a version (for format checks before decoding). */
  public Map<String, String> rawConfig(long version) {
    return dataset.config(version);
  }

  /** The commit record published by a version, if that version published one. */
  public Optional<CommitRecord> commitAt(long version) {
    return commits.get(version, v -> dataset.transactionProperties(v)
        .map(p -> p.get(ManifestKeys.PROP_COMMIT))
        .map(json -> ManifestCodec.read(json, CommitRecord.class)));
  }

  /**
   * Publishes with the fence: prepares against the latest state, commits at its version, and on
   * a lost fence retries with the newer state (at most {@value #PUBLISH_RETRIES} retries).
   *
   * @throws ConflictException when the retries are exhausted (or whatever {@code step} throws)
   * @throws CommitStateUnknownException when an I/O failure leaves the outcome undecidable
   */
  public <T> T publish(PublishStep<T> step) {
    String txn = UlidCreator.getMonotonicUlid().toString();
    publishLock.lock(); // no self-contention inside one process; the fence handles the others
    try {
      for (int attempt = 0; attempt <= PUBLISH_RETRIES; attempt++) {
        ManifestState state = current();
        Publication<T> pub = step.prepare(state);
        long r = state.version();
        Map<String, String> updates = new HashMap<>(pub.updates());
        updates.put(ManifestKeys.SEQ, Long.toString(r + 1));
        Map<String, String> props = new TreeMap<>(pub.properties());
        props.put(ManifestKeys.PROP_TXN, txn);
        try {
          Failpoints.hit("publish.during_commit");
          long landed = dataset.commit(r, updates, props);
          if (landed != r + 1) {
            LOG.warn("manifest publish based on v{} landed at v{} (rebased over a racing create)",
                r, landed);
          }
          Failpoints.hit("publish.after_commit");
          return pub.result();
        } catch (FenceLostException lost) {
          LOG.debug("manifest fence lost at v{} (attempt {}): {}", r, attempt, lost.getMessage());
          backoff(attempt);
        } catch (StorageFailure io) {
          switch (resolve(r + 1, txn)) {
            case LANDED:
              return pub.result();
            case FREE:
              backoff(attempt);
              break;
            default:
              throw new CommitStateUnknownException(io.getMessage(), io);
          }
        }
      }
      throw new ConflictException(
          "manifest publish exhausted " + PUBLISH_RETRIES + " retries against concurrent writers");
    } finally {
      publishLock.unlock();
    }
  }

  private enum Outcome { LANDED, FREE, UNKNOWN }

  private Outcome resolve(long version, String txn) {
    try {
      if (dataset.latestVersion() < version) {
        return Outcome.FREE;
      }
      return dataset.transactionProperties(version)
          .map(p -> txn.equals(p.get(ManifestKeys.PROP_TXN)) ? Outcome.LANDED : Outcome.FREE)
          .orElse(Outcome.FREE);
    } catch (RuntimeException e) {
      return Outcome.UNKNOWN;
    }
  }

  private static void backoff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 50) * (attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConflictException("manifest publish interrupted");
    }
  }

  private static ManifestState decode(long version, Map<String, String> config) {
    TreeMap<String, HeadRecord> heads = new TreeMap<>();
    for (Map.Entry<String, String> e : config.entrySet()) {
      if (e.getKey().startsWith(ManifestKeys.HEAD_PREFIX)) {
        HeadRecord h = ManifestCodec.read(e.getValue(), HeadRecord.class);
        heads.put(h.branch(), h);
      }
    }
    String schema = config.get(ManifestKeys.SCHEMA);
    String lock = config.get(ManifestKeys.SCHEMA_LOCK);
    return new ManifestState(version, config.get(ManifestKeys.FORMAT), config.get(ManifestKeys.REPO), heads,
        schema == null ? null : ManifestCodec.read(schema, SchemaRecord.class),
        lock == null ? null : ManifestCodec.read(lock, LockRecord.class));
  }

  @Override
  public void close() {
    dataset.close();
  }
}
