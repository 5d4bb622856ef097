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
    SchemaFile file;
    try {
      file = InterfaceResolver.resolve(SchemaParser.parse(source));
      AnnotationValidator.validate(file);
      ConstraintValidator.validate(file);
      ReservedNames.check(file);
    } catch (ParseFailure failure) {
      throw SchemaErrors.parse(failure);
    }
    return compiled(IrBuilder.build(file, source));
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
