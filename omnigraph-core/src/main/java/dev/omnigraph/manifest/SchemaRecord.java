package dev.omnigraph.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The accepted schema ({@code omnigraph.schema}): its IR hash and the version that accepted it. */
@JsonPropertyOrder({"ir_hash", "manifest_version"})
public record SchemaRecord(String irHash, long manifestVersion) {}
