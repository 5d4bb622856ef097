package dev.omnigraph.storage;

/** Rows inserted and updated by one keyed write. */
public record UpsertCount(long inserted, long updated) {}
