package dev.omnigraph.schema.compiler;

import dev.omnigraph.SchemaException;
import dev.omnigraph.lang.ParseFailure;
import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.compiler.SchemaAst.SchemaFile;

/**
 * Entry point of the schema compiler. Runs the phases of languages.md §2.8 in order; the first
 * error stops compilation:
 * <ol>
 *   <li>grammar and 2. per-item checks ({@link SchemaParser}),</li>
 *   <li value="3">interface resolution ({@link InterfaceResolver}),</li>
 *   <li>annotations ({@link AnnotationValidator}),</li>
 *   <li>constraints ({@link ConstraintValidator}), then reserved names ({@link ReservedNames}),</li>
 *   <li>canonical IR ({@link IrBuilder}),</li>
 *   <li>catalog ({@link CatalogBuilder}).</li>
 * </ol>
 */
public final class SchemaCompiler {
  private SchemaCompiler() {}

  /**
   * Parses, validates and canonicalises schema source.
   *
   * @throws SchemaException {@code parse error: …} (phases 1–5) or {@code catalog error: …}
   */
  public static CompiledSchema compile(String source) {
    SchemaFile file = validated(source);
    return compiled(IrBuilder.build(file, source));
  }

  /**
   * Phases 1–5, then the catalog built straight from the declarations, skipping phase 6 (the
   * catalog {@code query lint --schema} uses, languages.md §5.1): duplicate types are reported in
   * source order as {@code duplicate node type: N} / {@code duplicate edge type: E}; a property
   * declared twice is still rejected (DECISIONS 19); no id hash is checked.
   *
   * @throws SchemaException {@code parse error: …} (phases 1–5) or {@code catalog error: …}
   */
  public static Catalog compileCatalog(String source) {
    SchemaFile file = validated(source);
    CatalogBuilder.checkDeclarations(file, source);
    return CatalogBuilder.build(IrBuilder.buildUnchecked(file, source));
  }

  /** Phases 1–5: grammar, per-item checks, interfaces, annotations, constraints. */
  private static SchemaFile validated(String source) {
    try {
      SchemaFile file = InterfaceResolver.resolve(SchemaParser.parse(source));
      AnnotationValidator.validate(file);
      ConstraintValidator.validate(file);
      ReservedNames.check(file);
      return file;
    } catch (ParseFailure failure) {
      throw SchemaErrors.parse(failure);
    }
  }

  /**
   * Rebuilds a compiled schema from a stored IR document (compact or pretty). The IR and hash are
   * those of the document re-serialised, so a canonical document round-trips to its own hash.
   *
   * @throws SchemaException {@code catalog error: unsupported schema ir_version {n} (expected 1)},
   *     a malformed document, or a catalog check failing
   */
  public static CompiledSchema fromIr(String irJson) {
    return compiled(IrJson.read(irJson));
  }

  private static CompiledSchema compiled(SchemaIr ir) {
    Catalog catalog = CatalogBuilder.build(ir);
    String compact = IrJson.compact(ir);
    return new CompiledSchema(catalog, compact, IrJson.pretty(compact), IrJson.hash(compact));
  }
}
