package dev.omnigraph.load;

import com.github.f4b6a3.ulid.UlidCreator;
import dev.omnigraph.constraint.ConstraintValidator;
import dev.omnigraph.embed.EmbeddingException;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.table.CellValues;
import dev.omnigraph.table.TableSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of one node type (semantics.md §12.5): a keyed type's id is its key value as text (a
 * string as written; other key types their canonical text), an explicit {@code data.id} must
 * agree with it; a keyless type takes {@code data.id} or a fresh ULID. Missing {@code @embed}
 * vectors are computed per batch through the load's embedding provider.
 */
final class NodeLoad extends TableLoad {
  private final NodeType type;
  private final String keyProperty;
  private final int keyColumn;
  private final List<int[]> embeds = new ArrayList<>();

  NodeLoad(LoadContext ctx, NodeType type, int order) {
    super(ctx, ConstraintValidator.of(type), TableSchemas.node(type), Problems.PHASE_NODES, order);
    this.type = type;
    this.keyProperty = type.keyProperty().orElse(null);
    this.keyColumn = keyProperty == null ? -1 : layout.indexOf(keyProperty);
    for (Map.Entry<String, String> e : type.embedSources().entrySet()) {
      embeds.add(new int[] {layout.indexOf(e.getKey()), layout.indexOf(e.getValue())});
    }
  }

  @Override
  boolean identify(InputRecord r, Object[] row, long position) {
    boolean valid = idIsValid(r, position);
    String explicit = explicitId(r);
    if (keyProperty == null) {
      String id = explicit != null ? explicit : UlidCreator.getMonotonicUlid().toString();
      row[0] = id;
      if (explicit != null) {
        registerId(id, position, r.line(), null);
      }
      return valid;
    }
    Object raw = r.data().get(keyProperty);
    if (raw == null) {
      problem(Problems.STAGE_IDENTITY, 0, position, 0, r.line(), keyProperty,
          "node " + type.name() + " missing @key property '" + keyProperty + "'");
      return false;
    }
    Object key = row[keyColumn];
    if (key == null) {
      return false; // the key value did not convert: already reported
    }
    String id = raw instanceof CharSequence s ? s.toString() : keyText(key, type(keyColumn));
    if (explicit != null && !explicit.equals(id)) {
      problem(Problems.STAGE_IDENTITY, 0, position, 0, r.line(), keyProperty, "node " + type.name()
          + " has explicit id '" + explicit + "' that does not match @key property '" + keyProperty
          + "' value '" + id + "'");
      return false;
    }
    row[0] = id;
    registerId(id, position, r.line(), keyProperty);
    return valid;
  }

  /** The canonical text of a key value given in a non-string JSON form. */
  private static String keyText(Object key, PropType t) {
    if (t.scalar() == ScalarType.F32 || t.scalar() == ScalarType.F64) {
      return CellValues.text(key, t);
    }
    return t.scalar() == ScalarType.U64 ? Long.toUnsignedString((Long) key) : key.toString();
  }

  @Override
  void complete(List<PendingRow> batch) {
    if (embeds.isEmpty() || !ctx.embedder.enabled()) {
      return;
    }
    for (int[] e : embeds) {
      int target = e[0];
      int source = e[1];
      List<PendingRow> rows = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (PendingRow p : batch) {
        if (p.valid() && p.values()[target] == null && p.values()[source] instanceof String s) {
          rows.add(p);
          texts.add(s);
        }
      }
      if (texts.isEmpty()) {
        continue;
      }
      int dim = type(target).vectorDim();
      List<float[]> vectors;
      try {
        vectors = ctx.embedder.embed(texts, dim);
        if (vectors.size() != texts.size()) {
          throw new IllegalStateException("embedding response size mismatch: expected "
              + texts.size() + ", got " + vectors.size());
        }
      } catch (RuntimeException ex) {
        throw new EmbeddingException("line " + rows.get(0).line() + ": embedding failed for "
            + type.name() + "." + layout.name(target) + ": " + ex.getMessage(), ex);
      }
      for (int i = 0; i < rows.size(); i++) {
        float[] v = vectors.get(i);
        if (v.length != dim) {
          throw new EmbeddingException("line " + rows.get(i).line() + ": embedding failed for "
              + type.name() + "." + layout.name(target) + ": embedding dimension mismatch: expected "
              + dim + ", got " + v.length, null);
        }
        rows.get(i).values()[target] = v;
      }
    }
  }
}
