package dev.omnigraph.schema.compiler;

import dev.omnigraph.lang.Literals;
import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.schema.Annotation;
import dev.omnigraph.schema.PropType;
import dev.omnigraph.schema.ScalarType;
import dev.omnigraph.schema.compiler.SchemaAst.Decl;
import dev.omnigraph.schema.compiler.SchemaAst.EdgeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.PropDecl;
import dev.omnigraph.schema.compiler.SchemaAst.SchemaFile;
import dev.omnigraph.schema.compiler.SchemaAst.TableDecl;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Phase 4 (languages.md §2.8, S-A1…S-A4, S-P1…S-P10): annotations of node and edge declarations
 * and of their properties (declared and injected), declarations in source order. Interfaces are
 * skipped; their properties are checked where they are injected.
 */
final class AnnotationValidator {
  /** Annotations that mean a constraint or an embedding, never metadata of a type. */
  private static final Set<String> STRUCTURAL = Set.of("key", "unique", "index", "embed");

  private AnnotationValidator() {}

  /** @throws ParseFailure on the first violation */
  static void validate(SchemaFile file) {
    for (Decl d : file.declarations()) {
      if (d instanceof TableDecl t) {
        boolean edge = t instanceof EdgeDecl;
        for (Annotation a : t.annotations()) {
          if (STRUCTURAL.contains(a.name())) {
            throw edge
                ? ParseFailure.semantic("S-A2",
                    "@" + a.name() + " is not supported on edges (edge " + t.name() + ")")
                : ParseFailure.semantic("S-A1", "@" + a.name()
                    + " is only supported on node properties or as body constraint (node "
                    + t.name() + ")");
          }
        }
        String target = t.kind() + " " + t.name();
        validateText(t.annotations(), "description", target);
        validateText(t.annotations(), "instruction", target);
        for (PropDecl p : t.properties()) {
          validateProperty(p, t.name(), t.properties(), edge);
        }
      }
    }
  }

  /** S-A3 / S-A4: {@code @description}/{@code @instruction} at most once, with a non-blank value. */
  private static void validateText(List<Annotation> annotations, String name, String target) {
    boolean seen = false;
    for (Annotation a : annotations) {
      if (!a.name().equals(name)) {
        continue;
      }
      if (seen) {
        throw ParseFailure.semantic("S-A3", target + " declares @" + name + " multiple times");
      }
      if (a.value() == null || Literals.isBlank(a.value())) {
        throw ParseFailure.semantic("S-A4", "@" + name + " on " + target
            + " requires a non-empty value");
      }
      seen = true;
    }
  }

  private static void validateProperty(PropDecl p, String typeName, List<PropDecl> all,
      boolean edge) {
    String qualified = typeName + "." + p.name();
    validateText(p.annotations(), "description", "property " + qualified);
    PropType type = p.type();
    Set<String> seen = new HashSet<>();
    for (Annotation a : p.annotations()) {
      String name = a.name();
      boolean structural = STRUCTURAL.contains(name);
      boolean keyOrUnique = name.equals("key") || name.equals("unique");
      if (type.list() && structural) {
        throw ParseFailure.semantic("S-P1",
            "@" + name + " is not supported on list property " + qualified);
      }
      if (type.isVector() && keyOrUnique) {
        throw ParseFailure.semantic("S-P2",
            "@" + name + " is not supported on vector property " + qualified);
      }
      if (type.scalar() == ScalarType.BLOB && structural) {
        throw ParseFailure.semantic("S-P3",
            "@" + name + " is not supported on blob property " + qualified);
      }
      if (name.equals("instruction")) {
        throw ParseFailure.semantic("S-P4",
            "@instruction is only supported on node and edge types (property " + qualified + ")");
      }
      if (edge && (name.equals("key") || name.equals("embed"))) {
        throw ParseFailure.semantic("S-P5",
            "@" + name + " is not supported on edge properties (edge " + qualified + ")");
      }
      if (structural && !seen.add(name)) {
        throw ParseFailure.semantic("S-P6",
            "property " + qualified + " declares @" + name + " multiple times");
      }
      if (name.equals("embed")) {
        validateEmbed(a, p, typeName, all);
      }
    }
  }

  private static void validateEmbed(Annotation embed, PropDecl p, String typeName,
      List<PropDecl> all) {
    String qualified = typeName + "." + p.name();
    if (!p.type().isVector()) {
      throw ParseFailure.semantic("S-P7",
          "@embed is only supported on vector properties (" + qualified + ")");
    }
    String source = embed.value();
    if (source == null) {
      throw ParseFailure.semantic("S-P8",
          "@embed on " + qualified + " requires a source property name");
    }
    if (Literals.isBlank(source)) {
      throw ParseFailure.semantic("S-P8",
          "@embed on " + qualified + " requires a non-empty source property name");
    }
    PropDecl sourceProperty = all.stream().filter(q -> q.name().equals(source)).findFirst()
        .orElseThrow(() -> ParseFailure.semantic("S-P9",
            "@embed on " + qualified + " references unknown source property " + source));
    if (sourceProperty.type().list() || sourceProperty.type().scalar() != ScalarType.STRING) {
      throw ParseFailure.semantic("S-P10",
          "@embed source property " + typeName + "." + source + " must be String");
    }
  }
}
