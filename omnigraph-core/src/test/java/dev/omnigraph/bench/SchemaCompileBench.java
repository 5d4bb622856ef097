package dev.omnigraph.bench;

import dev.omnigraph.Schema;

/**
 * {@code Schema.parse} of a 200-type schema (150 node types of 8 properties with annotations and
 * constraints, 50 edge types), warm: grammar, validation, canonical IR (compact and pretty), hash
 * and catalog. Run: {@code mvn -q -B -pl omnigraph-core test-compile exec:exec
 * -Dbench=SchemaCompileBench}. Target: a few milliseconds.
 */
public final class SchemaCompileBench {
  public static void main(String[] args) {
    String source = schema(150, 50);
    for (int i = 0; i < 300; i++) {
      Schema.parse(source); // warm-up
    }
    for (int run = 1; run <= 5; run++) {
      Stats stats = new Stats(200);
      for (int i = 0; i < 200; i++) {
        long t0 = System.nanoTime();
        Schema.parse(source);
        stats.add(System.nanoTime() - t0);
      }
      System.out.printf("run %d: %d chars, compile %s%n", run, source.length(), stats.summary());
    }
  }

  static String schema(int nodes, int edges) {
    StringBuilder sb = new StringBuilder("interface Slugged { slug: String @key }\n");
    for (int i = 0; i < nodes; i++) {
      sb.append("// type ").append(i).append('\n')
          .append("node T").append(i).append(" @description(\"type ").append(i)
          .append("\") implements Slugged {\n")
          .append("    title: String @index\n")
          .append("    body: String?\n")
          .append("    score: F64?\n")
          .append("    status: enum(open, closed, blocked)\n")
          .append("    tags: [String]?\n")
          .append("    created: DateTime\n")
          .append("    embedding: Vector(8)? @embed(body)\n")
          .append("    @range(score, 0.0..1.0)\n")
          .append("    @check(title, \"[A-Z].*\")\n")
          .append("}\n");
    }
    for (int i = 0; i < edges; i++) {
      sb.append("edge E").append(i).append(": T").append(i).append(" -> T").append(i + 1)
          .append(" @card(0..1) { since: Date? }\n");
    }
    return sb.toString();
  }
}
