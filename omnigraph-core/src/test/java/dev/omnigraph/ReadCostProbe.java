package dev.omnigraph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.omnigraph.bench.Stats;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.exec.ReadExecutor;
import dev.omnigraph.exec.ResultRows;
import dev.omnigraph.exec.store.GraphCache;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.plan.PhysicalPlan;
import dev.omnigraph.plan.PhysicalPlanner;
import dev.omnigraph.query.bind.BoundParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Where the fixed cost of a read goes (bench support, test scope): the phases of
 * {@link PreparedRead#run} timed separately over many calls.
 */
public final class ReadCostProbe {
  private ReadCostProbe() {}

  /** Median µs per phase of running {@code query} with generated parameters. */
  public static Map<String, Double> phases(Omnigraph g, String source, String query,
      IntFunction<Map<String, Object>> params, int calls) {
    QueryFile.CheckedRead checked = QueryFile.parse(source).checkRead(g.schema().catalog(), query);
    PhysicalPlan plan = PhysicalPlanner.plan(checked.query());
    QueryResult.Shape shape = PreparedRead.shape(plan);
    TableData data = new TableData(g.repository().store(), new GraphCache(1L << 30));
    String[] names = {"resolve: head probe", "resolve: schema contract check",
        "params Map -> JSON", "bind", "execute", "result"};
    Stats[] stats = new Stats[names.length];
    for (int i = 0; i < stats.length; i++) {
      stats[i] = new Stats(calls);
    }
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < calls; i++) {
        long t0 = System.nanoTime();
        var state = g.repository().state();
        long ta = System.nanoTime();
        g.repository().schema(state);
        long tb = System.nanoTime();
        GraphSnapshot s = g.repository().resolve(ReadTarget.branch("main")); // as a run does
        long t1 = System.nanoTime();
        JsonNode json = PreparedRead.toJson(params.apply(i));
        long t2 = System.nanoTime();
        BoundParams bound = checked.bind(json);
        long t3 = System.nanoTime();
        ResultRows rows = ReadExecutor.run(plan, s, bound, 0, data);
        long t4 = System.nanoTime();
        new QueryResult(shape, rows.rows());
        long t5 = System.nanoTime();
        if (round == 1) {
          stats[0].add(ta - t0);
          stats[1].add(tb - ta);
          stats[2].add(t2 - t1);
          stats[3].add(t3 - t2);
          stats[4].add(t4 - t3);
          stats[5].add(t5 - t4);
        }
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      out.put(names[i], stats[i].percentileMicros(50));
    }
    return out;
  }
}
