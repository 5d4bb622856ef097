package dev.omnigraph.cli.client;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One read (the wire {@code ReadRequest}, http.md §4.4): exactly one of {@code branch} and
 * {@code snapshot} is non-null.
 *
 * @param querySource the {@code .gq} text
 * @param queryName   the query to run, or null for the file's only query
 * @param params      the parameter object, or null for none
 * @param branch      the branch head to read, or null
 * @param snapshot    the commit to read at, or null
 */
public record ReadRequest(String querySource, String queryName, ObjectNode params, String branch,
    String snapshot) {}
