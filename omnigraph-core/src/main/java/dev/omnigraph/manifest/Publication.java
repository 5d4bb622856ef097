package dev.omnigraph.manifest;

import java.util.Map;

/**
 * What one publish attempt commits: config updates (a null value deletes a key), transaction
 * properties, and the value the caller gets back when this attempt wins.
 */
public record Publication<T>(Map<String, String> updates, Map<String, String> properties, T result) {}
