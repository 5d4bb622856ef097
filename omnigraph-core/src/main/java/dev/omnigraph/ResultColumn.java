package dev.omnigraph;

import dev.omnigraph.schema.PropType;

/**
 * One column of a {@link QueryResult}.
 *
 * @param name the column name (semantics.md §5.1): the alias, {@code x.p} for a property,
 *             {@code x} for a variable or parameter, …; names may repeat
 * @param type the column type (semantics.md §5.2); values follow {@link QueryResult#get}
 */
public record ResultColumn(String name, PropType type) {}
