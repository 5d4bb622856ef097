package dev.omnigraph.storage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.lance.Dataset;
import org.lance.SourcedTransaction;
import org.lance.operation.UpdateConfig;
import org.lance.operation.UpdateMap;

/**
 * A row-less Lance dataset used only for its config map and per-version transaction properties:
 * the repository's {@code __manifest} (engine.md §15.3). Every commit is an {@code UpdateConfig}
 * with an explicit read version; Lance rejects it when a transaction committed after that version
 * upserted one of the same keys, which is the compare-and-set the publish protocol builds on.
 *
 * <p>Thread-safe: one long-lived handle; commits and checkouts never move it.
 */
public final class ConfigDataset implements AutoCloseable {
  private static final Schema SCHEMA =
      new Schema(List.of(Field.nullable("unused", ArrowType.Utf8.INSTANCE)));

  private final LanceStore store;
  private final String path;
  private final Dataset handle;
  private final VersionProbe probe;

  private ConfigDataset(LanceStore store, String path, Dataset handle) {
    this.store = store;
    this.path = path;
    this.handle = handle;
    this.probe = store.location().local()
        ? new VersionProbe(java.nio.file.Path.of(store.location().resolve(path), "_versions"),
            handle::latestVersion)
        : null;
  }

  /** Opens an existing config dataset. */
  public static ConfigDataset open(LanceStore store, String path) {
    return new ConfigDataset(store, path, store.openLatest(path, null));
  }

  /**
   * Creates the dataset unless it exists. Creation is not once-only in Lance (racing creators may
   * all "succeed"); callers fence what matters with a following {@link #commit}.
   */
  public static void createIfAbsent(LanceStore store, String path) {
    try {
      store.createEmpty(path, SCHEMA);
    } catch (StorageFailure e) {
      if (e.kind() != LanceErrors.Kind.ALREADY_EXISTS && e.kind() != LanceErrors.Kind.CONFLICT) {
        throw e;
      }
    }
  }

  /** The newest version (a directory stat locally when nothing changed; else one listing). */
  public long latestVersion() {
    try {
      return probe != null ? probe.latest() : handle.latestVersion();
    } catch (Exception e) {
      throw StorageFailure.wrap("probe " + path, e);
    }
  }

  /** The config map as of a version. */
  public Map<String, String> config(long version) {
    try (Dataset at = handle.checkoutVersion(version)) {
      return at.getConfig();
    } catch (Exception e) {
      throw StorageFailure.wrap("read " + path + "@" + version, e);
    }
  }

  /** The transaction properties of the commit that produced a version (empty if none). */
  public Optional<Map<String, String>> transactionProperties(long version) {
    try (Dataset at = handle.checkoutVersion(version)) {
      return at.readTransaction().flatMap(t -> {
        try (t) {
          return t.transactionProperties();
        }
      });
    } catch (Exception e) {
      throw StorageFailure.wrap("read transaction " + path + "@" + version, e);
    }
  }

  /**
   * Commits config updates (a null value deletes the key) based on {@code readVersion}.
   *
   * @return the version the commit produced
   * @throws FenceLostException when a transaction after {@code readVersion} upserted one of the keys
   */
  public long commit(long readVersion, Map<String, String> updates, Map<String, String> properties) {
    UpdateConfig op = UpdateConfig.builder()
        .configUpdates(UpdateMap.builder().updates(updates).replace(false).build()).build();
    try (SourcedTransaction tx = handle.newTransactionBuilder().readVersion(readVersion)
        .operation(op).transactionProperties(properties).build();
        Dataset next = tx.commit()) {
      return next.version();
    } catch (Exception e) {
      if (LanceErrors.classify(e) == LanceErrors.Kind.CONFLICT) {
        throw new FenceLostException(LanceErrors.message(e));
      }
      throw StorageFailure.wrap("commit " + path, e);
    }
  }

  public String path() {
    return path;
  }

  LanceStore store() {
    return store;
  }

  @Override
  public void close() {
    handle.close();
  }
}
