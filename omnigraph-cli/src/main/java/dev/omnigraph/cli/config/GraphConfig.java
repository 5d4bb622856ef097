package dev.omnigraph.cli.config;

/**
 * One entry of {@code graphs:}.
 *
 * @param uri            the repository: a local path (relative to the config's directory),
 *                       {@code file://}, {@code s3://} or {@code http(s)://}
 * @param bearerTokenEnv the variable holding this graph's bearer token, or null
 */
public record GraphConfig(String uri, String bearerTokenEnv) {}
