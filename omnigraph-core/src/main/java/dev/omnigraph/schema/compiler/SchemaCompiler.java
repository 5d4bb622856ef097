package dev.omnigraph.schema.compiler;

/** Entry point of the schema compiler (being written: see issue 4). */
public final class SchemaCompiler {
  private SchemaCompiler() {}

  /** Parses, validates and canonicalises schema source. */
  public static CompiledSchema compile(String source) {
    throw new UnsupportedOperationException("schema compiler not written yet");
  }

  /** Rebuilds a compiled schema from a stored canonical IR document. */
  public static CompiledSchema fromIr(String irJson) {
    throw new UnsupportedOperationException("schema compiler not written yet");
  }
}
