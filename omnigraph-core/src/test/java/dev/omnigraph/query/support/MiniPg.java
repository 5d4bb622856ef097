package dev.omnigraph.query.support;

import dev.omnigraph.schema.Annotation;
import dev.omnigraph.schema.Cardinality;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.Constraint;
import dev.omnigraph.schema.EdgeType;
import dev.omnigraph.schema.NodeType;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.Property;
import dev.omnigraph.schema.ScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interim test-only reader for the small .pg subset the query tests use, until the schema
 * compiler lands on wip/schema.
 */
final class MiniPg {
  private static final Pattern TOKEN =
      Pattern.compile("\\s*(//[^\\n]*|->|\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z_][A-Za-z0-9_]*|\\d+|\\S)");

  private final List<String> tokens = new ArrayList<>();
  private int i;

  private MiniPg(String text) {
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      if (!m.group(1).startsWith("//")) {
        tokens.add(m.group(1));
      }
    }
  }

  static Catalog parse(String text) {
    return new MiniPg(text).catalog();
  }

  private String peek() {
    return i < tokens.size() ? tokens.get(i) : "";
  }

  private String next() {
    return tokens.get(i++);
  }

  private void expect(String t) {
    String got = next();
    if (!got.equals(t)) {
      throw new IllegalArgumentException("expected " + t + " got " + got + " at " + i);
    }
  }

  private Catalog catalog() {
    Map<String, NodeType> nodes = new LinkedHashMap<>();
    Map<String, EdgeType> edges = new LinkedHashMap<>();
    int id = 1;
    while (i < tokens.size()) {
      String kw = next();
      String name = next();
      if (kw.equals("node")) {
        List<Constraint> constraints = new ArrayList<>();
        Map<String, Property> props = body(constraints);
        nodes.put(name, new NodeType(name, id++, List.of(), List.of(), props, constraints));
      } else {
        expect(":");
        String from = next();
        expect("->");
        String to = next();
        List<Constraint> constraints = new ArrayList<>();
        Map<String, Property> props = peek().equals("{") ? body(constraints) : Map.of();
        edges.put(name, new EdgeType(name, id++, from, to, Cardinality.DEFAULT, List.of(), props,
            constraints));
      }
    }
    return new Catalog(nodes, edges, Map.of());
  }

  private Map<String, Property> body(List<Constraint> constraints) {
    expect("{");
    Map<String, Property> props = new TreeMap<>();
    while (!peek().equals("}")) {
      if (peek().equals("@")) {
        next();
        next();
        skipParens();
        continue;
      }
      String prop = next();
      expect(":");
      PropType type = type();
      List<Annotation> annotations = new ArrayList<>();
      while (peek().equals("@")) {
        next();
        String ann = next();
        String arg = peek().equals("(") ? skipParens() : null;
        if (ann.equals("key")) {
          constraints.add(new Constraint.Key(List.of(prop)));
        } else {
          annotations.add(new Annotation(ann, arg));
        }
      }
      props.put(prop, new Property(prop, type, annotations));
    }
    next();
    return props;
  }

  private String skipParens() {
    if (!peek().equals("(")) {
      return null;
    }
    next();
    StringBuilder sb = new StringBuilder();
    while (!peek().equals(")")) {
      sb.append(next());
    }
    next();
    return sb.toString();
  }

  private PropType type() {
    String t = next();
    PropType type;
    if (t.equals("[")) {
      ScalarType base = ScalarType.fromDisplayName(next());
      expect("]");
      type = PropType.listOf(base, false);
    } else if (t.equals("Vector")) {
      expect("(");
      int dim = Integer.parseInt(next());
      expect(")");
      type = PropType.vector(dim, false);
    } else if (t.equals("enum")) {
      expect("(");
      List<String> values = new ArrayList<>();
      while (!peek().equals(")")) {
        String v = next();
        if (!v.equals(",")) {
          values.add(v);
        }
      }
      next();
      values.sort(null);
      type = PropType.enumOf(values, false);
    } else {
      type = PropType.of(ScalarType.fromDisplayName(t), false);
    }
    if (peek().equals("?")) {
      next();
      type = type.withNullable(true);
    }
    return type;
  }
}
