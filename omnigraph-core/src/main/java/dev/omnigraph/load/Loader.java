package dev.omnigraph.load;

import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadRecord;
import dev.omnigraph.LoadResult;
import dev.omnigraph.embed.EmbeddingProvider;
import dev.omnigraph.engine.Repository;
import java.io.Reader;
import java.util.Objects;

/** Entry points of the loader for the public facade and the server: JSONL text or Java records. */
public final class Loader {
  private final Repository repo;
  private final EmbeddingProvider embedder;

  public Loader(Repository repo, EmbeddingProvider embedder) {
    this.repo = repo;
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /** Loads JSONL text (semantics.md §12) into an existing branch as one commit. */
  public LoadResult loadJsonl(String branch, Reader jsonl, LoadMode mode, String actor) {
    return LoadJob.run(repo, branch, mode, actor, embedder, new JsonlSource(jsonl));
  }

  /** Loads in-memory records; record {@code i} (1-based) is reported as line {@code i}. */
  public LoadResult loadRecords(String branch, Iterable<? extends LoadRecord> records,
      LoadMode mode, String actor) {
    return LoadJob.run(repo, branch, mode, actor, embedder, new MemorySource(records));
  }
}
