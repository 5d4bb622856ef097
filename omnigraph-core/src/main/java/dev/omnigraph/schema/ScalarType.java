package dev.omnigraph.schema;

/** The scalar kinds of property types (languages.md §2.3). */
public enum ScalarType {
  STRING("String"),
  BOOL("Bool"),
  I32("I32"),
  I64("I64"),
  U32("U32"),
  U64("U64"),
  F32("F32"),
  F64("F64"),
  DATE("Date"),
  DATETIME("DateTime"),
  BLOB("Blob"),
  VECTOR("Vector");

  private final String displayName;

  ScalarType(String displayName) {
    this.displayName = displayName;
  }

  /** The name as written in a schema ({@code String}, {@code DateTime}, {@code Vector}). */
  public String displayName() {
    return displayName;
  }

  /** I32, I64, U32, U64, F32, F64 (not Vector). */
  public boolean isNumeric() {
    return isInteger() || this == F32 || this == F64;
  }

  public boolean isInteger() {
    return this == I32 || this == I64 || this == U32 || this == U64;
  }

  /** Looks a base type up by its written name; null when unknown. */
  public static ScalarType fromDisplayName(String name) {
    for (ScalarType t : values()) {
      if (t.displayName.equals(name)) {
        return t;
      }
    }
    return null;
  }
}
