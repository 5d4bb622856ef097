package dev.omnigraph.history;

import dev.omnigraph.StorageException;
import dev.omnigraph.manifest.CommitRecord;
import dev.omnigraph.manifest.HeadRecord;
import dev.omnigraph.manifest.ManifestState;
import dev.omnigraph.manifest.ManifestStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Commit history (engine.md §15.6). Every commit record names where its parent was published, so
 * a branch's history is the first-parent chain from its head, read record by record from the
 * manifest's transaction properties and kept in memory (records are immutable).
 *
 * <p>Visible commits are those on the first-parent chain of some live head: a commit made only on
 * a deleted branch is not found any more (engine.md §3.3).
 */
public final class CommitJournal {
  private final ManifestStore manifest;
  private final Map<String, CommitRecord> byId = new ConcurrentHashMap<>();

  public CommitJournal(ManifestStore manifest) {
    this.manifest = manifest;
  }

  /** Remembers a record this process published or read. */
  public void add(CommitRecord c) {
    byId.putIfAbsent(c.graphCommitId(), c);
  }

  /** The first-parent chain ending at {@code head}, oldest first. */
  public List<CommitRecord> history(CommitRecord head) {
    List<CommitRecord> chain = new ArrayList<>();
    CommitRecord c = head;
    while (c != null) {
      add(c);
      chain.add(c);
      c = parent(c);
    }
    Collections.reverse(chain);
    return chain;
  }

  /** The first parent of a commit, or null for genesis. */
  public CommitRecord parent(CommitRecord c) {
    if (c.parentCommitId() == null) {
      return null;
    }
    return record(c.parentCommitId(), c.parentManifestVersion());
  }

  /** The merged (second) parent of a merge commit, or null. */
  public CommitRecord mergedParent(CommitRecord c) {
    if (c.mergedParentCommitId() == null) {
      return null;
    }
    return record(c.mergedParentCommitId(), c.mergedParentManifestVersion());
  }

  private CommitRecord record(String id, Long version) {
    CommitRecord known = byId.get(id);
    if (known != null) {
      return known;
    }
    if (version == null) {
      throw new StorageException("commit " + id + " has no recorded manifest version");
    }
    CommitRecord r = manifest.commitAt(version)
        .filter(x -> x.graphCommitId().equals(id))
        .orElseThrow(() -> new StorageException("commit " + id + " is missing from manifest version "
            + version + " (history was cleaned up or damaged)"));
    add(r);
    return r;
  }

  /**
   * A visible commit by id: searched on main's history first, then on every other branch's.
   */
  public Optional<CommitRecord> find(String id, ManifestState state) {
    HeadRecord main = state.head("main");
    List<HeadRecord> heads = new ArrayList<>();
    if (main != null) {
      heads.add(main);
    }
    state.heads().values().stream().filter(h -> !h.branch().equals("main")).forEach(heads::add);
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (HeadRecord h : heads) {
      CommitRecord c = h.commit();
      while (c != null && seen.add(c.graphCommitId())) {
        if (c.graphCommitId().equals(id)) {
          return Optional.of(c);
        }
        c = parent(c);
      }
    }
    return Optional.empty();
  }
}
