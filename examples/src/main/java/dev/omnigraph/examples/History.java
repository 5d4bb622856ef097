package dev.omnigraph.examples;

import dev.omnigraph.Commit;
import dev.omnigraph.LoadMode;
import dev.omnigraph.LoadRecord;
import dev.omnigraph.NotFoundException;
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
 * Commit history with the embedded API (docs/history.md): what writes a commit, a branch's
 * history ({@code commits}), one commit by id ({@code commit}), reading the graph as a commit left
 * it. Commit ids and times differ from run to run, so it prints positions in the list instead.
 * Run: {@code mvn -q -pl examples compile exec:exec -Dexample=History}.
 */
public final class History {
  static final String SCHEMA = "node Person { name: String @key  age: I32? }\n";
  static final String COUNT = "query people() { match { $p: Person } return { count($p) as n } }";

  private History() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("omnigraph-example");
    run(dir.resolve("history.omni"), System.out);
  }

  /** The whole example against a new repository at {@code repo}, printing to {@code out}. */
  static void run(Path repo, PrintStream out) {
    try (Omnigraph g = Omnigraph.init(repo.toString(), SCHEMA)) { // commit 1: genesis
      // commit 2: a load on main, with an actor
      g.load("main", new StringReader("""
          {"type": "Person", "data": {"name": "Alice", "age": 30}}
          {"type": "Person", "data": {"name": "Bob", "age": 25}}
          """), LoadMode.OVERWRITE, "importer");
      // a branch starts with main's history; creating it writes no commit
      g.createBranch("feature", "main");
      // commit 3, on feature only
      g.load("feature", List.of(LoadRecord.node("Person", Map.of("name", "Carol", "age", 41))),
          LoadMode.APPEND, "carol-bot");

      List<Commit> main = g.commits("main");
      List<Commit> feature = g.commits("feature");
      print(out, "main", main);
      print(out, "feature", feature);

      // one commit by id: the same record as in the list
      Commit head = feature.get(feature.size() - 1);
      out.println("commit(id) equals the list element: " + g.commit(head.graphCommitId())
          .equals(head));
      out.println("feature head is its snapshot's commit: " + g.snapshot("feature").commit()
          .equals(head));

      // time travel: every commit id is a read target
      for (int i = 0; i < feature.size(); i++) {
        ReadTarget at = ReadTarget.commit(feature.get(i).graphCommitId());
        out.println("people at #" + i + ": " + g.read(at, COUNT, null, Map.of()).toJsonRows());
      }

      try {
        g.commit("01NOPE");
      } catch (NotFoundException e) {
        out.println(e.getMessage());
      }
    }
  }

  /** One line per commit: position, branch, manifest version, parent's position, actor. */
  private static void print(PrintStream out, String branch, List<Commit> commits) {
    out.println("commits(\"" + branch + "\"):");
    for (int i = 0; i < commits.size(); i++) {
      Commit c = commits.get(i);
      String parent = "-";
      for (int j = 0; j < commits.size(); j++) {
        if (commits.get(j).graphCommitId().equals(c.parentCommitId())) {
          parent = "#" + j;
        }
      }
      out.println("  #" + i + " manifestBranch=" + c.manifestBranch() + " manifestVersion="
          + c.manifestVersion() + " parent=" + parent + " actor=" + c.actorId());
    }
  }
}
