package dev.omnigraph.schema.compiler;

import dev.omnigraph.schema.Annotation;
import dev.omnigraph.schema.Cardinality;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.PropType;
import java.util.ArrayList;
import java.util.List;

/**
 * The parsed schema, in source order, before canonicalisation. Lists keep duplicates: rejecting
 * them is the job of the later phases, in the reference's order.
 */
final class SchemaAst {
  private SchemaAst() {}

  record SchemaFile(List<Decl> declarations) {
    SchemaFile {
      declarations = List.copyOf(declarations);
    }
  }

  /** A declaration: interface, node or edge. */
  sealed interface Decl permits InterfaceDecl, TableDecl {
    String name();

    List<PropDecl> properties();

    /** {@code interface}, {@code node} or {@code edge}: the namespace, and the IR id prefix. */
    String kind();
  }

  /** A node or an edge: a declaration that becomes a table. */
  sealed interface TableDecl extends Decl permits NodeDecl, EdgeDecl {
    List<Annotation> annotations();

    List<Constraint> constraints();
  }

  record InterfaceDecl(String name, List<PropDecl> properties) implements Decl {
    InterfaceDecl {
      properties = List.copyOf(properties);
    }

    @Override
    public String kind() {
      return "interface";
    }
  }

  /**
   * @param constraints body constraints in source order, then those implied by property
   *                    annotations (languages.md §2.4), then those of injected properties
   */
  record NodeDecl(String name, List<Annotation> annotations, List<String> implementsList,
      List<PropDecl> properties, List<Constraint> constraints) implements TableDecl {
    NodeDecl {
      annotations = List.copyOf(annotations);
      implementsList = List.copyOf(implementsList);
      properties = List.copyOf(properties);
      constraints = List.copyOf(constraints);
    }

    @Override
    public String kind() {
      return "node";
    }
  }

  record EdgeDecl(String name, String fromType, String toType, Cardinality cardinality,
      List<Annotation> annotations, List<PropDecl> properties, List<Constraint> constraints)
      implements TableDecl {
    EdgeDecl {
      annotations = List.copyOf(annotations);
      properties = List.copyOf(properties);
      constraints = List.copyOf(constraints);
    }

    @Override
    public String kind() {
      return "edge";
    }
  }

  /**
   * A property as declared (or injected from an interface).
   *
   * @param offset where the declaration starts in the source (for positioned messages)
   */
  record PropDecl(String name, PropType type, List<Annotation> annotations, int offset) {
    PropDecl {
      annotations = List.copyOf(annotations);
    }

    /** {@code p: T @key} → {@code @key(p)}, likewise {@code @unique}, {@code @index}; in order. */
    List<Constraint> impliedConstraints() {
      List<Constraint> out = new ArrayList<>();
      for (Annotation a : annotations) {
        switch (a.name()) {
          case "key" -> out.add(new Constraint.Key(List.of(name)));
          case "unique" -> out.add(new Constraint.Unique(List.of(name)));
          case "index" -> out.add(new Constraint.Index(List.of(name)));
          default -> { }
        }
      }
      return out;
    }
  }
}
