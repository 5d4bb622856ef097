package dev.omnigraph.schema.compiler;

import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.schema.compiler.SchemaAst.Decl;
import dev.omnigraph.schema.compiler.SchemaAst.EdgeDecl;
import dev.omnigraph.schema.compiler.SchemaAst.PropDecl;
import dev.omnigraph.schema.compiler.SchemaAst.SchemaFile;
import dev.omnigraph.schema.compiler.SchemaAst.TableDecl;
import java.util.Set;

/**
 * Our hardening at the end of phase 5 (languages.md §2.8 "Reserved names", DECISIONS 20): a
 * property may not be named like an implicit column of its table ({@code id} on nodes;
 * {@code id}, {@code src}, {@code dst} on edges). Differs from reference: it accepts them.
 */
final class ReservedNames {
  private static final Set<String> NODE = Set.of("id");
  private static final Set<String> EDGE = Set.of("id", "src", "dst");

  private ReservedNames() {}

  /** @throws ParseFailure {@code property name '{p}' is reserved on {T}} */
  static void check(SchemaFile file) {
    for (Decl d : file.declarations()) {
      if (d instanceof TableDecl t) {
        Set<String> reserved = t instanceof EdgeDecl ? EDGE : NODE;
        for (PropDecl p : t.properties()) {
          if (reserved.contains(p.name())) {
            throw ParseFailure.semantic("reserved",
                "property name '" + p.name() + "' is reserved on " + t.name());
          }
        }
      }
    }
  }
}
