package dev.omnigraph.plan;

import dev.omnigraph.schema.NodeType;

/** A column of the match rows: the node bound to one variable. */
public record Slot(String variable, NodeType type) {}
