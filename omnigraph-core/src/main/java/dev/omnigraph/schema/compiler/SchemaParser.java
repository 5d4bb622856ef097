package dev.omnigraph.schema.compiler;

import dev.omnigraph.lang.Literals;
import dev.omnigraph.lang.Node;
import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.schema.Annotation;
import dev.omnigraph.schema.Bound;
import dev.omnigraph.schema.Cardinality;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.schema.compiler.SchemaAst.Decl;
import dev.omnigraph.schema.compiler.SchemaAst.EdgeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.InterfaceDecl;
import dev.omnigraph.schema.compiler.SchemaAst.NodeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.PropDecl;
import dev.omnigraph.schema.compiler.SchemaAst.SchemaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Phases 1 and 2 of languages.md §2.8: the grammar, then, per declaration and per item in source
 * order, the checks that need only the item itself (type references, cardinality, constraint
 * arguments, string escapes). Also desugars property {@code @key}/{@code @unique}/{@code @index}.
 */
final class SchemaParser {
  private static final long U32_MAX = 0xFFFF_FFFFL;

  private SchemaParser() {}

  /** @throws ParseFailure on the first grammar or phase-2 error */
  static SchemaFile parse(String source) {
    Node file = SchemaGrammar.GRAMMAR.parse("schema_file", source);
    List<Decl> declarations = new ArrayList<>();
    for (Node decl : file.all("schema_decl")) {
      declarations.add(declaration(decl.child(0)));
    }
    return new SchemaFile(declarations);
  }

  private static Decl declaration(Node n) {
    return switch (n.rule()) {
      case "interface_decl" -> interfaceDecl(n);
      case "node_decl" -> nodeDecl(n);
      default -> edgeDecl(n);
    };
  }

  private static InterfaceDecl interfaceDecl(Node n) {
    List<PropDecl> properties = new ArrayList<>();
    for (Node p : n.all("prop_decl")) {
      properties.add(property(p));
    }
    return new InterfaceDecl(n.child(0).text(), properties);
  }

  private static NodeDecl nodeDecl(Node n) {
    List<Annotation> annotations = new ArrayList<>();
    List<String> implementsList = new ArrayList<>();
    Body body = new Body();
    for (int i = 1; i < n.childCount(); i++) {
      Node item = n.child(i);
      switch (item.rule()) {
        case "annotation" -> annotations.add(annotation(item));
        case "implements_clause" -> item.all("type_name").forEach(t -> implementsList.add(t.text()));
        default -> body.add(item);
      }
    }
    return new NodeDecl(n.child(0).text(), annotations, implementsList, body.properties,
        body.constraints());
  }

  private static EdgeDecl edgeDecl(Node n) {
    Cardinality cardinality = Cardinality.DEFAULT;
    List<Annotation> annotations = new ArrayList<>();
    Body body = new Body();
    for (int i = 3; i < n.childCount(); i++) {
      Node item = n.child(i);
      switch (item.rule()) {
        case "cardinality" -> cardinality = cardinality(item);
        case "annotation" -> annotations.add(annotation(item));
        default -> body.add(item);
      }
    }
    return new EdgeDecl(n.child(0).text(), n.child(1).text(), n.child(2).text(), cardinality,
        annotations, body.properties, body.constraints());
  }

  /** The properties and body constraints of a node or edge, in source order. */
  private static final class Body {
    final List<PropDecl> properties = new ArrayList<>();
    final List<Constraint> bodyConstraints = new ArrayList<>();

    void add(Node item) {
      if (item.is("prop_decl")) {
        properties.add(property(item));
      } else if (item.is("body_constraint")) {
        bodyConstraints.add(bodyConstraint(item));
      }
    }

    /** Body constraints, then the ones implied by property annotations (languages.md §2.4). */
    List<Constraint> constraints() {
      List<Constraint> all = new ArrayList<>(bodyConstraints);
      properties.forEach(p -> all.addAll(p.impliedConstraints()));
      return all;
    }
  }

  private static Cardinality cardinality(Node n) {
    String minText = n.child(0).text();
    long min = Literals.parseUnsigned(minText, U32_MAX);
    if (min < 0) {
      throw ParseFailure.semantic("S-N1", "invalid cardinality min: " + minText);
    }
    if (n.childCount() < 2) {
      return new Cardinality(min, null);
    }
    String maxText = n.child(1).text();
    long max = Literals.parseUnsigned(maxText, U32_MAX);
    if (max < 0) {
      throw ParseFailure.semantic("S-N1", "invalid cardinality max: " + maxText);
    }
    if (min > max) {
      throw ParseFailure.semantic("S-N2",
          "cardinality min (" + min + ") exceeds max (" + max + ")");
    }
    return new Cardinality(min, max);
  }

  private static PropDecl property(Node n) {
    PropType type = typeRef(n.child(1));
    List<Annotation> annotations = new ArrayList<>();
    for (Node a : n.all("annotation")) {
      annotations.add(annotation(a));
    }
    return new PropDecl(n.child(0).text(), type, annotations, n.start());
  }

  private static PropType typeRef(Node n) {
    // The reference tests the text of type_ref; a trailing "?" can only be the nullable marker.
    boolean nullable = n.text().endsWith("?");
    Node core = n.child(0).child(0);
    return switch (core.rule()) {
      case "base_type" -> PropType.of(ScalarType.fromDisplayName(core.text()), nullable);
      case "vector_type" -> PropType.vector(vectorDimension(core.child(0).text()), nullable);
      case "list_type" -> listType(core.child(0).text(), nullable);
      default -> enumType(core.all("enum_value"), nullable);
    };
  }

  private static int vectorDimension(String digits) {
    long dim = Literals.parseUnsigned(digits, U32_MAX);
    if (dim < 0) {
      throw ParseFailure.semantic("S-T1", "invalid Vector dimension: " + Literals.TOO_LARGE);
    }
    if (dim == 0) {
      throw ParseFailure.semantic("S-T1", "Vector dimension must be greater than zero");
    }
    if (dim > Integer.MAX_VALUE) {
      throw ParseFailure.semantic("S-T1",
          "Vector dimension " + dim + " exceeds maximum supported " + Integer.MAX_VALUE);
    }
    return (int) dim;
  }

  private static PropType listType(String element, boolean nullable) {
    ScalarType scalar = ScalarType.fromDisplayName(element);
    if (scalar == ScalarType.BLOB) {
      throw ParseFailure.semantic("S-T2", "list of Blob is not supported");
    }
    return PropType.listOf(scalar, nullable);
  }

  private static PropType enumType(List<Node> valueNodes, boolean nullable) {
    TreeSet<String> values = new TreeSet<>();
    for (Node v : valueNodes) {
      if (!values.add(v.text())) {
        throw ParseFailure.semantic("S-T3", "enum type cannot include duplicate values");
      }
    }
    // enum values are ASCII, so String order is byte order
    return PropType.enumOf(List.copyOf(values), nullable);
  }

  private static Annotation annotation(Node n) {
    Node arg = n.first("annotation_arg");
    String value = arg == null ? null : Literals.decodeString(arg.text());
    return new Annotation(n.child(0).text(), value);
  }

  private static Constraint bodyConstraint(Node n) {
    String name = n.child(0).text();
    List<Node> args = n.child(1).children();
    return switch (name) {
      case "key" -> new Constraint.Key(propertyNames(args));
      case "unique" -> new Constraint.Unique(propertyNames(args));
      case "index" -> new Constraint.Index(propertyNames(args));
      case "range" -> range(args);
      default -> check(args);
    };
  }

  private static List<String> propertyNames(List<Node> args) {
    List<String> names = new ArrayList<>(args.size());
    for (Node arg : args) {
      names.add(propertyName(arg));
    }
    return names;
  }

  private static String propertyName(Node constraintArg) {
    Node value = constraintArg.child(0);
    if (!value.is("ident")) {
      throw ParseFailure.semantic("S-G1", "expected property name in constraint");
    }
    return value.text();
  }

  private static Constraint range(List<Node> args) {
    if (args.size() < 2) {
      throw ParseFailure.semantic("S-G2",
          "@range requires property name and bounds: @range(prop, min..max)");
    }
    String property = propertyName(args.get(0));
    Node bounds = args.get(1).child(0);
    if (!bounds.is("range_bound")) {
      throw ParseFailure.semantic("S-G2", "expected range bounds (min..max) in @range constraint");
    }
    Bound first = bound(bounds.child(0).text());
    // Differs from reference (DECISIONS 9): "..N" is an upper bound, not a lower one.
    if (bounds.text().startsWith("..")) {
      return new Constraint.Range(property, null, first);
    }
    Bound second = bounds.childCount() > 1 ? bound(bounds.child(1).text()) : null;
    return new Constraint.Range(property, first, second);
  }

  /** A bound that reads as a signed 64-bit integer is an Integer bound, else a Float bound. */
  private static Bound bound(String text) {
    if (text.indexOf('.') < 0) {
      try {
        return new Bound.IntBound(Long.parseLong(text));
      } catch (NumberFormatException beyondI64) {
        // falls through: the reference keeps such a bound as a float
      }
    }
    return new Bound.FloatBound(Literals.parseFloat(text));
  }

  private static Constraint check(List<Node> args) {
    if (args.size() < 2) {
      throw ParseFailure.semantic("S-G3",
          "@check requires property name and pattern: @check(prop, \"regex\")");
    }
    String property = propertyName(args.get(0));
    Node pattern = args.get(1).find("string_lit");
    if (pattern == null) {
      throw ParseFailure.semantic("S-G3", "expected string argument in constraint");
    }
    return new Constraint.Check(property, Literals.decodeString(pattern.text()));
  }
}
