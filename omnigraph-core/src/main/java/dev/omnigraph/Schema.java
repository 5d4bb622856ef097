package dev.omnigraph;

import dev.omnigraph.schema.Catalog;
import dev.omnigraph.schema.compiler.CompiledSchema;
import dev.omnigraph.schema.compiler.SchemaCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A compiled schema: the {@code .pg} source, its immutable {@link Catalog} and its canonical IR
 * (languages.md §2.10) with the IR hash that identifies it.
 *
 * <pre>{@code
 * Schema s = Schema.parse("node Person { name: String @key  age: I32? }");
 * s.catalog().node("Person").key();   // [name]
 * }</pre>
 */
public final class Schema {
  private final String source;
  private final CompiledSchema compiled;

  private Schema(String source, CompiledSchema compiled) {
    this.source = source;
    this.compiled = compiled;
  }

  /**
   * Compiles schema source text.
   *
   * @throws SchemaException with positioned diagnostics when the source is rejected
   */
  public static Schema parse(String source) {
    return new Schema(source, SchemaCompiler.compile(source));
  }

  /**
   * Checks schema source and builds only its catalog, without the canonical IR (languages.md
   * §5.1; what {@code omnigraph query lint --schema} checks queries against). Every error of
   * {@link #parse(String)} is reported with the same text, except: duplicate type names read
   * {@code catalog error: duplicate node type: N} (resp. {@code duplicate edge type: E}); the
   * catalog checks run in declaration order (nodes, then edges) instead of name order; hash
   * collisions between distinct names are not checked. A property declared twice is still an
   * error (DECISIONS 19).
   *
   * @throws SchemaException with positioned diagnostics when the source is rejected
   */
  public static Catalog parseCatalog(String source) {
    return SchemaCompiler.compileCatalog(source);
  }

  /**
   * Reads and compiles a {@code .pg} file (UTF-8).
   *
   * @throws IOException when the file cannot be read
   * @throws SchemaException when the source is rejected
   */
  public static Schema parse(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** The source text exactly as given. */
  public String source() {
    return source;
  }

  /** The catalog: node types, edge types, interfaces. */
  public Catalog catalog() {
    return compiled.catalog();
  }

  /** The canonical IR as compact JSON (what the hash is computed over). */
  public String irJson() {
    return compiled.irJson();
  }

  /** The canonical IR pretty-printed with two-space indentation (as stored in a repository). */
  public String irPrettyJson() {
    return compiled.irPrettyJson();
  }

  /** {@code sha256:} + hex SHA-256 of {@link #irJson()}: equal for schemas with the same meaning. */
  public String irHash() {
    return compiled.irHash();
  }

  @Override
  public String toString() {
    return "Schema[" + irHash() + "]";
  }
}
