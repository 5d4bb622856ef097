package dev.omnigraph.schema;

/**
 * A metadata annotation such as {@code @description("...")} or {@code @embed(body)}.
 *
 * @param name  the name without {@code @}
 * @param value the decoded argument, or null when written without parentheses
 */
public record Annotation(String name, String value) {}
