package dev.omnigraph.schema.compiler;

import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.schema.compiler.SchemaAst.Decl;
import dev.omnigraph.schema.compiler.SchemaAst.EdgeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.PropDecl;
import dev.omnigraph.schema.compiler.SchemaAst.SchemaFile;
import dev.omnigraph.schema.compiler.SchemaAst.TableDecl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phase 5 (languages.md §2.8, S-K1…S-K4, S-U1, S-X1, S-X2, S-R1…S-R3, S-C1): each node's and
 * edge's constraints against its properties, declarations in source order, constraints in the
 * order of §2.4.
 */
final class ConstraintValidator {
  private ConstraintValidator() {}

  /** @throws ParseFailure on the first violation */
  static void validate(SchemaFile file) {
    for (Decl d : file.declarations()) {
      if (d instanceof TableDecl t) {
        new Scope(t.name(), t instanceof EdgeDecl, t.properties()).validate(t.constraints());
      }
    }
  }

  /** The properties of one node or edge, looked up by name (a later duplicate wins). */
  private static final class Scope {
    private final String typeName;
    private final boolean edge;
    private final Map<String, PropType> types = new HashMap<>();

    Scope(String typeName, boolean edge, List<PropDecl> properties) {
      this.typeName = typeName;
      this.edge = edge;
      properties.forEach(p -> types.put(p.name(), p.type()));
    }

    void validate(List<Constraint> constraints) {
      int keys = 0;
      for (Constraint c : constraints) {
        if (c instanceof Constraint.Key k) {
          if (edge) {
            throw fail("S-K1", "@key constraint is not supported on edges (edge " + typeName + ")");
          }
          if (++keys > 1) {
            throw fail("S-K2", "node type " + typeName
                + " has multiple @key constraints; only one is supported");
          }
          k.columns().forEach(this::checkKeyColumn);
        } else if (c instanceof Constraint.Unique u) {
          for (String col : u.columns()) {
            if (!isEdgeEndpoint(col) && !types.containsKey(col)) {
              throw fail("S-U1", "@unique on " + typeName + " references unknown property '" + col
                  + "'");
            }
          }
        } else if (c instanceof Constraint.Index i) {
          i.columns().forEach(this::checkIndexColumn);
        } else if (c instanceof Constraint.Range r) {
          PropType type = typed("S-R1", "@range", "S-R2", r.property());
          if (!type.scalar().isNumeric()) {
            throw fail("S-R3", "@range on " + typeName + "." + r.property()
                + " requires a numeric type, got " + type.display());
          }
        } else if (c instanceof Constraint.Check ch) {
          PropType type = typed("S-C1", "@check", "S-C1", ch.property());
          if (type.scalar() != ScalarType.STRING) {
            throw fail("S-C1", "@check on " + typeName + "." + ch.property()
                + " requires String type, got " + type.display());
          }
        }
      }
    }

    private void checkKeyColumn(String col) {
      PropType type = types.get(col);
      if (type == null) {
        throw fail("S-K3", "@key on " + typeName + " references unknown property '" + col + "'");
      }
      String qualified = typeName + "." + col;
      if (type.nullable()) {
        throw fail("S-K4", "@key property " + qualified + " cannot be nullable");
      }
      if (type.list()) {
        throw fail("S-K4", "@key is not supported on list property " + qualified);
      }
      if (type.isVector()) {
        throw fail("S-K4", "@key is not supported on vector property " + qualified);
      }
      if (type.scalar() == ScalarType.BLOB) {
        throw fail("S-K4", "@key is not supported on blob property " + qualified);
      }
    }

    private void checkIndexColumn(String col) {
      if (isEdgeEndpoint(col)) {
        return;
      }
      PropType type = types.get(col);
      if (type == null) {
        throw fail("S-X1", "@index on " + typeName + " references unknown property '" + col + "'");
      }
      if (type.scalar() == ScalarType.BLOB) {
        throw fail("S-X2", "@index is not supported on blob property " + typeName + "." + col);
      }
    }

    /** {@code @range}/{@code @check}: nodes only, and the property must exist. */
    private PropType typed(String edgeCode, String constraint, String unknownCode, String prop) {
      if (edge) {
        throw fail(edgeCode,
            constraint + " constraint is not supported on edges (edge " + typeName + ")");
      }
      PropType type = types.get(prop);
      if (type == null) {
        throw fail(unknownCode,
            constraint + " on " + typeName + " references unknown property '" + prop + "'");
      }
      return type;
    }

    /** On edges, {@code src} and {@code dst} name the implicit endpoint columns. */
    private boolean isEdgeEndpoint(String col) {
      return edge && (col.equals("src") || col.equals("dst"));
    }

    private static ParseFailure fail(String code, String message) {
      return ParseFailure.semantic(code, message);
    }
  }
}
