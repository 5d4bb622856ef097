package dev.omnigraph.query.ir;

import dev.omnigraph.schema.Property;

/**
 * {@code property: value} of a binding: {@code $x.property = value}, or, on a list property,
 * {@code $x.property contains value}. A null value (an omitted optional parameter) never matches.
 *
 * @param property   the node property
 * @param value      the value (constant, parameter or {@code now()})
 * @param membership true when {@code property} is a list and the match tests membership
 */
public record PropertyMatch(Property property, ValueOperand value, boolean membership) {}
