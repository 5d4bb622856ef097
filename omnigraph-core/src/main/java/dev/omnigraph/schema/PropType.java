package dev.omnigraph.schema;

import java.util.List;

/**
 * The type of a property: a scalar, optionally a list of it, optionally nullable; enums are
 * Strings with an allowed set; vectors carry their dimension.
 *
 * @param scalar     the scalar kind
 * @param vectorDim  the dimension for {@link ScalarType#VECTOR}, else 0
 * @param nullable   whether the column accepts null (written {@code T?})
 * @param list       whether this is a list {@code [T]}
 * @param enumValues the allowed values, sorted and distinct, or null when not an enum
 */
public record PropType(ScalarType scalar, int vectorDim, boolean nullable, boolean list,
    List<String> enumValues) {

  public PropType {
    enumValues = enumValues == null ? null : List.copyOf(enumValues);
  }

  public static PropType of(ScalarType scalar, boolean nullable) {
    return new PropType(scalar, 0, nullable, false, null);
  }

  public static PropType vector(int dim, boolean nullable) {
    return new PropType(ScalarType.VECTOR, dim, nullable, false, null);
  }

  public static PropType listOf(ScalarType scalar, boolean nullable) {
    return new PropType(scalar, 0, nullable, true, null);
  }

  public static PropType enumOf(List<String> values, boolean nullable) {
    return new PropType(ScalarType.STRING, 0, nullable, false, values);
  }

  public boolean isEnum() {
    return enumValues != null;
  }

  public boolean isVector() {
    return scalar == ScalarType.VECTOR;
  }

  /** Same type but with the given nullability. */
  public PropType withNullable(boolean n) {
    return new PropType(scalar, vectorDim, n, list, enumValues);
  }

  /**
   * The type display name of languages.md §0: {@code I32?}, {@code [String]},
   * {@code enum(a, b)}, {@code Vector(3)}.
   */
  public String display() {
    String base;
    if (isEnum()) {
      base = "enum(" + String.join(", ", enumValues) + ")";
    } else if (isVector()) {
      base = "Vector(" + vectorDim + ")";
    } else {
      base = scalar.displayName();
    }
    if (list) {
      base = "[" + base + "]";
    }
    return nullable ? base + "?" : base;
  }

  @Override
  public String toString() {
    return display();
  }
}
