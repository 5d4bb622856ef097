package dev.omnigraph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.omnigraph.engine.Errors;
import dev.omnigraph.engine.GraphSnapshot;
import dev.omnigraph.engine.Repository;
import dev.omnigraph.exec.ReadExecutor;
import dev.omnigraph.exec.ResultRows;
import dev.omnigraph.exec.store.TableData;
import dev.omnigraph.plan.PhysicalPlan;
import dev.omnigraph.plan.PhysicalPlanner;
import dev.omnigraph.query.bind.BoundParams;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A read query parsed, type-checked and planned once, to run many times with different parameters
 * and targets. Thread-safe. Obtain one from {@link Omnigraph#prepare(String, String)}.
 *
 * <pre>{@code
 * PreparedRead q = graph.prepare(source, "friends_of");
 * QueryResult r = q.run(ReadTarget.branch("main"), Map.of("name", "Alice"));
 * }</pre>
 *
 * <p>Every run reads the target fresh (the branch head at that moment, or the commit) and uses one
 * snapshot throughout; {@code now()} is the run's start time. When the repository's schema has
 * changed since preparation the query is checked and planned again against the new schema.
 */
public final class PreparedRead {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Repository repo;
  private final TableData data;
  private final QueryFile file;
  private final String name;
  private volatile Compiled compiled;

  /** A checked and planned query for one schema, with the shape of its results. */
  private record Compiled(String schemaHash, QueryFile.CheckedRead checked, PhysicalPlan plan,
      QueryResult.Shape shape) {}

  PreparedRead(Repository repo, TableData data, QueryFile file, String name, Schema schema) {
    this.repo = repo;
    this.data = data;
    this.file = file;
    this.name = name;
    this.compiled = compile(schema);
  }

  /** The query name. */
  public String name() {
    return compiled.checked().query().name();
  }

  /** The result columns every run returns. */
  public List<ResultColumn> columns() {
    return compiled.shape().columns();
  }

  /** The physical plan as indented text: root accesses, steps, output (docs/query-execution.md). */
  public String explain() {
    return compiled.plan().toString();
  }

  /** Runs the query without parameters. */
  public QueryResult run(ReadTarget target) {
    return run(target, (JsonNode) null);
  }

  /**
   * Runs the query with parameters given as Java values: JSON-like values (String, Number,
   * Boolean, List, null; Date and DateTime as strings; vectors as lists or {@code float[]}), bound
   * exactly as the same JSON would be (languages.md §3.13).
   */
  public QueryResult run(ReadTarget target, Map<String, ?> params) {
    return run(target, params == null ? null : toJson(params));
  }

  /** Parameters given as Java values, as the JSON object they stand for. */
  static JsonNode toJson(Map<String, ?> params) {
    return JSON.valueToTree(params);
  }

  /**
   * Runs the query with the request's JSON {@code params} (an object, JSON null, or null).
   *
   * @throws QueryException REQUEST for parameters that do not bind or values that fail at
   *     execution, TYPE when a changed schema no longer accepts the query
   * @throws NotFoundException for an unknown branch or commit
   */
  public QueryResult run(ReadTarget target, JsonNode params) {
    long now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toEpochMilli();
    return Errors.translate(() -> {
      GraphSnapshot snapshot = repo.resolve(target);
      Compiled c = compiled;
      if (!c.schemaHash().equals(snapshot.schema().irHash())) {
        c = compile(snapshot.schema());
        compiled = c;
      }
      BoundParams bound = c.checked().bind(params);
      return execute(c.plan(), c.shape(), snapshot, bound, now, data);
    });
  }

  private Compiled compile(Schema schema) {
    QueryFile.CheckedRead checked = file.checkRead(schema.catalog(), name);
    PhysicalPlan plan = PhysicalPlanner.plan(checked.query());
    return new Compiled(schema.irHash(), checked, plan, shape(plan));
  }

  /** The result shape of a plan. */
  static QueryResult.Shape shape(PhysicalPlan plan) {
    return new QueryResult.Shape(plan.output().columns().stream()
        .map(c -> new ResultColumn(c.name(), c.type())).toList());
  }

  /** Executes a plan and wraps its rows. */
  static QueryResult execute(PhysicalPlan plan, QueryResult.Shape shape, GraphSnapshot snapshot,
      BoundParams params, long nowMillis, TableData data) {
    ResultRows rows = ReadExecutor.run(plan, snapshot, params, nowMillis, data);
    return new QueryResult(shape, rows.rows());
  }
}
