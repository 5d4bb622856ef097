package dev.omnigraph.examples;

import dev.omnigraph.ExportSelection;
import dev.omnigraph.KeyConflictException;
import dev.omnigraph.LoadError;
import dev.omnigraph.LoadException;
import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadRecord;
import dev.omnigraph.LoadResult;
import dev.omnigraph.Omnigraph;
import dev.omnigraph.ReadTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Bulk loading and export with the embedded API (docs/loading.md, docs/export.md): a JSONL load,
 * a load of records built in Java, the three modes, what a rejected load reports, and an export.
 * Run: {@code mvn -q -pl examples compile exec:exec -Dexample=LoadAndExport}.
 */
public final class LoadAndExport {
  static final String SCHEMA = """
      node Person { name: String @key  age: I32?  @range(age, 0..150) }
      node Company { name: String @key }
      edge WorksAt: Person -> Company @card(0..1)
      """;

  static final String PEOPLE = """
      // people first, then who works where
      {"type": "Person", "data": {"name": "Alice", "age": 30}}
      {"type": "Person", "data": {"name": "Bob", "age": 25}}
      {"type": "Company", "data": {"name": "Acme"}}
      {"edge": "WorksAt", "from": "Alice", "to": "Acme"}
      """;

  private LoadAndExport() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("omnigraph-example");
    run(dir.resolve("people.omni"), System.out);
  }

  /** The whole example against a new repository at {@code repo}, printing to {@code out}. */
  static void run(Path repo, PrintStream out) throws IOException {
    try (Omnigraph g = Omnigraph.init(repo.toString(), SCHEMA)) {
      // 1. JSONL text: one record per line; blank lines and // comments are skipped.
      LoadResult first = g.load("main", new StringReader(PEOPLE), LoadMode.OVERWRITE, "importer");
      out.println("loaded " + first.nodesLoaded() + " " + first.edgesLoaded() + " in commit "
          + (first.commitId() != null));

      // 2. Records built in Java; merge upserts by key (Bob's row is replaced, Carol is new).
      LoadResult merged = g.load("main", List.of(
          LoadRecord.node("Person", Map.of("name", "Bob", "age", 26)),
          LoadRecord.node("Person", Map.of("name", "Carol", "age", 41))), LoadMode.MERGE, null);
      out.println("merge: inserted " + merged.inserted() + ", updated " + merged.updated());

      // 3. Append is strict: an existing key is a conflict and nothing is written.
      try {
        g.load("main", List.of(LoadRecord.node("Person", Map.of("name", "Alice"))),
            LoadMode.APPEND, null);
      } catch (KeyConflictException e) {
        out.println("append: " + e.getMessage() + " [" + e.typeKey() + " " + e.entityId() + "]");
      }

      // 4. Bad input: every problem with its line, the first one is the message.
      try {
        g.load("main", new StringReader("""
            {"type": "Person", "data": {"name": "Dan", "age": 200}}
            {"type": "Person", "data": {"name": "Eve", "age": "old"}}
            {"edge": "WorksAt", "from": "Alice", "to": "Globex"}
            """), LoadMode.MERGE, null);
      } catch (LoadException e) {
        for (LoadError err : e.errors()) {
          out.println("error: " + err.message());
        }
      }

      // 5. Export: NDJSON, edge tables first, rows by id; the format load reads back.
      g.export(ReadTarget.branch("main"), ExportSelection.all(), out);
      out.println(g.commits("main").size() + " commits");
    }
  }
}
