package dev.omnigraph.schema;

/**
 * A metadata annotation such as {@code @description("...")} or {@code @embed(body)}.
 *
 * @param name  the name without {@code @}
 * @param value the decoded argument, or null when written without parentheses
 */
public record Annotation(String name, String value) {
  /** The value of the first annotation with this name in the list, or null. */
  public static String valueOf(java.util.List<Annotation> annotations, String name) {
    for (Annotation a : annotations) {
      if (a.name().equals(name)) {
        return a.value();
      }
    }
    return null;
  }
}
