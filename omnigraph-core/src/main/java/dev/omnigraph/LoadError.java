package dev.omnigraph;

/**
 * One problem found in load input.
 *
 * @param line     the 1-based input line (for in-memory records: the record's 1-based position),
 *                 or 0 for problems of a whole table such as {@code @card}
 * @param type     the node or edge type concerned, or null when the record has none
 * @param property the property concerned, or null
 * @param message  the exact user-facing text, including its {@code line {n}: } prefix
 */
public record LoadError(long line, String type, String property, String message) {}
