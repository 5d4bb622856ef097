package dev.omnigraph.testing;

import dev.omnigraph.OmnigraphOptions;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.table.TableSchemas;
import dev.omnigraph.write.GraphWrite;
import java.util.List;
import java.util.Map;

/**
 * A child process for crash tests: {@code init URI} or {@code write URI NAME}. Started with
 * {@code OMNIGRAPH_FAILPOINT=...} it halts (exit 137) at that failpoint, like {@code kill -9}.
 */
public final class CrashingWriter {
  private CrashingWriter() {}

  public static void main(String[] args) {
    String uri = args[1];
    if (args[0].equals("init")) {
      Repository.init(uri, Fixtures.text("test.pg"), OmnigraphOptions.defaults()).close();
      return;
    }
    try (Repository r = Repository.open(uri, OmnigraphOptions.defaults());
        GraphWrite w = GraphWrite.begin(r, "main", null, "load")) {
      var schema = TableSchemas.node(r.schema().catalog().node("Person"));
      w.table("node:Person").stage(ArrowRows.of(r.store().allocator(), schema,
          List.of(Map.of("id", args[2], "name", args[2]))));
      w.commit();
    }
  }
}
