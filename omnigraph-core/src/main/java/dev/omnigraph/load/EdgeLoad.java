package dev.omnigraph.load;

import com.github.f4b6a3.ulid.UlidCreator;
import dev.omnigraph.LoadError;
import dev.omnigraph.LoadMode;
import dev.omnigraph.constraint.CardinalityCounter;
import dev.omnigraph.constraint.ConstraintValidator;
import dev.omnigraph.constraint.Violation;
import dev.omnigraph.manifest.TableEntry;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.storage.TableReader;
import dev.omnigraph.table.TableSchemas;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one edge type: ids from {@code data.id} or fresh ULIDs; endpoints must exist in the
 * From/To node tables as they will be after the load (semantics.md §12.3 phase 3) — input nodes,
 * plus stored nodes unless this load overwrites that node table. Endpoints not found among the
 * input's nodes when the edge arrives are remembered (one entry per distinct id) and resolved
 * after the input. {@code @card} counts every source over the table after the load.
 */
final class EdgeLoad extends TableLoad {
  private final EdgeType type;
  private final IdIndex pendingSrc = new IdIndex();
  private final IdIndex pendingDst = new IdIndex();
  private final CardinalityCounter cardinality;

  EdgeLoad(LoadContext ctx, EdgeType type, int order) {
    super(ctx, ConstraintValidator.of(type), TableSchemas.edge(type), Problems.PHASE_EDGES, order);
    this.type = type;
    this.cardinality = validator.newCardinalityCounter();
  }

  @Override
  boolean identify(InputRecord r, Object[] row, long position) {
    boolean valid = idIsValid(r, position);
    String explicit = explicitId(r);
    row[0] = explicit != null ? explicit : UlidCreator.getMonotonicUlid().toString();
    if (explicit != null) {
      registerId(explicit, position, r.line(), null);
    }
    row[1] = r.from();
    row[2] = r.to();
    remember(pendingSrc, type.fromType(), r.from(), position);
    remember(pendingDst, type.toType(), r.to(), position);
    if (cardinality != null) {
      cardinality.add(r.from());
    }
    return valid;
  }

  private void remember(IdIndex pending, String nodeType, String id, long position) {
    NodeLoad nodes = ctx.node(nodeType);
    if (nodes == null || !nodes.ids.contains(id)) {
      pending.putIfAbsent(id, position);
    }
  }

  /** Reports every endpoint that exists neither in the input nor (where it counts) in storage. */
  void resolveEndpoints() {
    if (ctx.problems.full(key(Problems.STAGE_ENDPOINT, 0, 0, 0))) {
      return;
    }
    resolve(pendingSrc, type.fromType(), 0, "src");
    resolve(pendingDst, type.toType(), 1, "dst");
  }

  private void resolve(IdIndex pending, String nodeType, int side, String label) {
    NodeLoad nodes = ctx.node(nodeType);
    IdIndex unresolved = new IdIndex();
    IdIndex missing = new IdIndex();
    pending.forEach((id, position) -> {
      if (nodes != null && nodes.ids.contains(id)) {
        return;
      }
      // an overwritten node table keeps only the input's rows: stored ones do not count
      (nodes != null && ctx.mode == LoadMode.OVERWRITE ? missing : unresolved)
          .putIfAbsent(id, position);
    });
    if (!unresolved.isEmpty()) {
      String nodeKey = "node:" + nodeType;
      ctx.write.consulted(nodeKey);
      TableEntry base = ctx.write.baseEntry(nodeKey);
      Set<String> found = new HashSet<>();
      if (base.rows() > 0) {
        try (TableReader stored = TableReader.at(ctx.store, base.path(), base.lineage(),
            base.version())) {
          findStored(stored, base.rows(), unresolved, found::add);
        }
      }
      unresolved.forEach((id, position) -> {
        if (!found.contains(id)) {
          missing.putIfAbsent(id, position);
        }
      });
    }
    missing.forEach((id, position) -> problem(Problems.STAGE_ENDPOINT, 0, position, side,
        lines.get(position), null, "edge " + type.name() + " row " + (position + 1) + ": " + label
            + " '" + id + "' not found in " + nodeType));
  }

  @Override
  void checkStoredMore(TableReader stored) {
    if (cardinality != null) {
      scanStored(stored, List.of(TableSchemas.ID, TableSchemas.SRC),
          (id, row) -> cardinality.add((String) row[1]));
    }
  }

  /** Reports {@code @card} violations over the table as it will be (after {@link #checkStored()}). */
  void checkCardinality() {
    if (cardinality == null) {
      return;
    }
    List<Violation> violations = cardinality.violations();
    for (int i = 0; i < violations.size(); i++) {
      ctx.problems.add(new Problems.Key(Problems.PHASE_CARDINALITY, order, 0, 0, i, 0),
          new LoadError(0, type.name(), null, violations.get(i).message()));
    }
  }
}
