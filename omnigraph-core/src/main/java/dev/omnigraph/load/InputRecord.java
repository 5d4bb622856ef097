package dev.omnigraph.load;

import java.util.Map;

/**
 * One record of load input, before type resolution and value conversion.
 *
 * @param line the 1-based input line (in-memory records: 1-based position)
 * @param edge whether it is an edge record
 * @param type the node or edge type name as written
 * @param from the source node id (edges)
 * @param to   the target node id (edges)
 * @param data property values as decoded JSON or caller-supplied Java values; may contain {@code id}
 */
record InputRecord(long line, boolean edge, String type, String from, String to,
    Map<String, Object> data) {}
